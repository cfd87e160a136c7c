package netlab.ui.present;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.keys.Shortcut;
import org.kordamp.ikonli.feather.Feather;

/**
 * The step-through controls on the banner: on and off, the next event, I/O, callback or run, one
 * step back, "step 7 of 40" and what is held. Each button names its key in its tooltip; the
 * window binds the keys (the same ones in presentation).
 */
public final class StepControls {
    private final FlowPane root;
    private final ToggleButton stepping = new ToggleButton();
    private final Button next = new Button();
    private final Button nextIo = new Button();
    private final Button nextCallback = new Button();
    private final Button nextRun = new Button();
    private final Button back = new Button();

    public StepControls(StepGate gate, I18n i18n) {
        stepping.setMnemonicParsing(false);
        stepping.setId("step-mode");
        stepping.textProperty().bind(i18n.text("step.mode"));
        stepping.setGraphic(Icons.of(Feather.PAUSE_CIRCLE));
        stepping.setTooltip(Tooltips.withShortcut(i18n, "step.mode.tooltip", Shortcut.STEP_MODE));
        stepping.selectedProperty().bindBidirectional(gate.steppingProperty());
        stepping.getStyleClass().add(Styles.SMALL);

        button(next, "step-next", "step.next", "step.next.tooltip", Shortcut.NEXT_STEP, Feather.SKIP_FORWARD, gate, i18n);
        next.setOnAction(e -> gate.next(StepSize.EVENT));
        button(nextIo, "step-next-io", "step.nextIo", "step.nextIo.tooltip", Shortcut.NEXT_IO, null, gate, i18n);
        nextIo.setOnAction(e -> gate.next(StepSize.IO));
        button(nextCallback, "step-next-callback", "step.nextCallback", "step.nextCallback.tooltip", Shortcut.NEXT_CALLBACK, null, gate, i18n);
        nextCallback.setOnAction(e -> gate.next(StepSize.CALLBACK));
        button(nextRun, "step-next-run", "step.nextRun", "step.nextRun.tooltip", Shortcut.NEXT_RUN, null, gate, i18n);
        nextRun.setOnAction(e -> gate.next(StepSize.RUN));
        button(back, "step-back", "step.back", "step.back.tooltip", Shortcut.STEP_BACK, Feather.SKIP_BACK, gate, i18n);
        back.disableProperty().unbind();
        back.disableProperty().bind(gate.canBackProperty().not());
        back.setOnAction(e -> gate.back());

        Label counter = new Label();
        counter.setId("step-counter");
        counter.getStyleClass().addAll(Styles.TEXT_SMALL);
        counter.textProperty().bind(Bindings.createStringBinding(() -> !gate.steppingProperty().get() ? ""
                        : i18n.get("step.counter", gate.stepProperty().get(), gate.stepProperty().get() + gate.stepsHeldProperty().get(),
                                i18n.get("step.size." + gate.sizeProperty().get().name().toLowerCase(java.util.Locale.ROOT))),
                gate.steppingProperty(), gate.stepProperty(), gate.stepsHeldProperty(), gate.sizeProperty(), i18n.localeProperty()));
        Label held = new Label();
        held.setId("step-held");
        held.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        held.textProperty().bind(Bindings.createStringBinding(() -> gate.steppingProperty().get() || gate.heldProperty().get() > 0
                        ? i18n.get("step.held", gate.heldProperty().get()) : "",
                gate.steppingProperty(), gate.heldProperty(), i18n.localeProperty()));
        for (Region r : new Region[] {stepping, next, nextIo, nextCallback, nextRun, back, counter, held}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        // wraps onto a second line in a narrow window (a projector's 1024×768) instead of pushing the banner wider
        root = new FlowPane(6, 4, stepping, back, next, nextIo, nextCallback, nextRun, counter, held);
        root.setId("step-controls");
        root.setAlignment(Pos.CENTER_LEFT);
    }

    private static void button(Button b, String id, String key, String tooltipKey, Shortcut shortcut, Feather icon, StepGate gate,
                               I18n i18n) {
        b.setMnemonicParsing(false);
        b.setId(id);
        b.getStyleClass().addAll(Styles.SMALL, "step-button");
        if (icon != null) {
            b.setGraphic(Icons.of(icon));
        }
        b.textProperty().bind(i18n.text(key));
        b.setTooltip(Tooltips.withShortcut(i18n, tooltipKey, shortcut));
        b.disableProperty().bind(gate.steppingProperty().not());
    }

    public FlowPane node() {
        return root;
    }

    public ToggleButton steppingToggle() {
        return stepping;
    }

    public Button nextButton() {
        return next;
    }

    public Button backButton() {
        return back;
    }
}
