package netlab.ui.lab;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import netlab.ui.command.CommandWindow;
import netlab.ui.controls.Icons;
import netlab.ui.i18n.I18n;
import netlab.ui.lag.LagGauge;
import netlab.ui.scheduler.SchedulerWindow;
import org.kordamp.ikonli.feather.Feather;

/**
 * The loop's tools in the title bar: the loop-lag gauge, and buttons that open the scheduler view
 * and the "Run a command" window beside the lab.
 */
final class LoopTools {
    private final LabViewModel model;
    private final I18n i18n;

    LoopTools(LabViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    List<Node> nodes() {
        LagGauge gauge = new LagGauge(model.commands()::loopLagNanos, i18n);
        Button scheduler = button("open-scheduler", "toolbar.scheduler", Feather.LAYERS);
        scheduler.setOnAction(e -> SchedulerWindow.open(model.commands(), i18n, scheduler.getScene().getWindow()));
        Button command = button("open-command", "toolbar.command", Feather.TERMINAL);
        command.setOnAction(e -> CommandWindow.open(model.commands(), model::subscribe, i18n, command.getScene().getWindow()));
        return List.of(gauge.node(), scheduler, command);
    }

    /** Icon-only, as the theme toggle: the title bar is narrow; the tooltip and the accessible text name it. */
    private Button button(String id, String key, Feather icon) {
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.accessibleTextProperty().bind(i18n.text(key));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(key + ".tooltip"));
        b.setTooltip(tip);
        return b;
    }
}
