package netlab.ui.lag;

import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import java.util.function.LongUnaryOperator;

import netlab.ui.i18n.I18n;
import netlab.ui.theme.ToolStyles;

/**
 * The loop-lag gauge: a bar and a figure for how late the loop runs what is due, and how long it
 * has been stuck in the callback it runs now. It reads the loop's lag figures once per frame
 * (plain reads, the UI never waits on the loop) while it is in a scene, and colours itself fine,
 * slow or stalled; blocking-call makes it jump.
 */
public final class LagGauge {
    static final long RECENT_NANOS = 2_000_000_000L;

    /** The loop's lag now, given how old a late timer may be to still count. */
    private final LongUnaryOperator lag;
    private final LagGaugeModel model = new LagGaugeModel();
    private final HBox root = new HBox(6);
    private final Region fill = new Region();
    private final Label value = new Label();
    private final AnimationTimer timer;
    private final javafx.beans.value.ObservableValue<Boolean> shown;
    /** The level whose style class the gauge wears; changed only when the level does. */
    private LagGaugeModel.Level shownLevel;

    public LagGauge(LongUnaryOperator lag, I18n i18n) {
        this.lag = lag;
        root.getStyleClass().add("lag-gauge");
        root.setId("lag-gauge");
        root.setAlignment(Pos.CENTER_LEFT);
        Label name = new Label(null, netlab.ui.controls.Icons.of(org.kordamp.ikonli.feather.Feather.CLOCK, "lag-icon"));
        name.accessibleTextProperty().bind(i18n.text("lag.label"));
        name.getStyleClass().add("lag-name");
        root.accessibleTextProperty().bind(i18n.text("lag.label"));
        StackPane track = new StackPane(fill);
        track.getStyleClass().add("lag-track");
        track.setAlignment(Pos.CENTER_LEFT);
        track.setMinWidth(80);
        track.setPrefWidth(80);
        track.setMaxWidth(80);
        fill.getStyleClass().add("lag-fill");
        fill.setMaxWidth(Region.USE_PREF_SIZE);
        value.setId("lag-value");
        value.getStyleClass().add("lag-value");
        value.setMinWidth(56);
        root.getChildren().addAll(name, track, value);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("lag.tooltip"));
        Tooltip.install(root, tip);
        root.getStylesheets().add(ToolStyles.url());
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                sample(System.nanoTime());
            }
        };
        // sampled while its window shows: a running timer is held by the toolkit, and with it the
        // gauge's whole window, closed or not
        shown = root.sceneProperty().flatMap(javafx.scene.Scene::windowProperty)
                .flatMap(javafx.stage.Window::showingProperty).orElse(false);
        shown.addListener((obs, was, now) -> {
            if (now) {
                timer.start();
            } else {
                timer.stop();
            }
        });
        sample(System.nanoTime());
    }

    /** One frame: read the loop's figures and show them. */
    void sample(long now) {
        model.accept(now, lag.applyAsLong(RECENT_NANOS));
        value.setText(model.text());
        // whole pixels: a width that moves by a fraction of one every frame would lay the title bar out every frame
        fill.setPrefWidth(Math.max(2, Math.round(80 * model.fraction())));
        LagGaugeModel.Level level = model.level();
        if (level == shownLevel) {
            return; // a style class changed restyles the whole gauge: not once per frame, only when the level moves
        }
        shownLevel = level;
        root.getStyleClass().removeAll("lag-fine", "lag-slow", "lag-stalled");
        root.getStyleClass().add(switch (level) {
            case FINE -> "lag-fine";
            case SLOW -> "lag-slow";
            case STALLED -> "lag-stalled";
        });
    }

    public LagGaugeModel model() {
        return model;
    }

    public HBox node() {
        return root;
    }
}
