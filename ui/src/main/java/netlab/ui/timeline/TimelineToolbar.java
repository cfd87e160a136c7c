package netlab.ui.timeline;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;

/**
 * The bar over the timeline: the axis (order of events or wall-clock), fit or follow, zoom in and
 * out, the legend of the marks, and a summary
 * of what is drawn. It says what the person asked for; the view decides what that does.
 */
final class TimelineToolbar {
    private final I18n i18n;
    private final ToggleGroup modes = new ToggleGroup();
    private final ToggleGroup axes = new ToggleGroup();
    private final Label summary = new Label();
    private final HBox bar;

    /**
     * @param onMode told the mode a toggle asks for (manual when the selected toggle is pressed again)
     * @param onZoom told the zoom factor a button asks for (0.5: twice as close)
     * @param onAxis told the axis a toggle asks for
     */
    TimelineToolbar(I18n i18n, Consumer<TimelineMode> onMode, DoubleConsumer onZoom, Consumer<TimelineAxis> onAxis) {
        this.i18n = i18n;
        ToggleButton order = axisButton(TimelineAxis.ORDER, Feather.LIST, "timeline.axis.order", onAxis);
        ToggleButton wall = axisButton(TimelineAxis.WALL_CLOCK, Feather.CLOCK, "timeline.axis.wall", onAxis);
        ToggleButton fit = modeButton(TimelineMode.FIT, Feather.MAXIMIZE_2, "timeline.fit", onMode);
        ToggleButton follow = modeButton(TimelineMode.FOLLOW, Feather.CHEVRONS_RIGHT, "timeline.follow", onMode);
        Button in = iconButton(Feather.ZOOM_IN, "timeline.zoomIn", "timeline-zoom-in");
        Button out = iconButton(Feather.ZOOM_OUT, "timeline.zoomOut", "timeline-zoom-out");
        in.setOnAction(e -> onZoom.accept(0.5));
        out.setOnAction(e -> onZoom.accept(2));
        Label legend = new Label();
        legend.textProperty().bind(i18n.text("timeline.legend"));
        legend.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "timeline-legend");
        // the legend wraps onto a second line in a narrow window rather than ending in "…"
        netlab.ui.controls.Fit.wrapping(legend);
        javafx.scene.layout.HBox.setHgrow(legend, javafx.scene.layout.Priority.ALWAYS);
        summary.setId("timeline-summary");
        summary.getStyleClass().addAll(Styles.TEXT_SMALL);
        summary.setMinWidth(Label.USE_PREF_SIZE);
        bar = new HBox(8, new HBox(order, wall), new HBox(fit, follow), in, out, legend, new Spacer(), summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("timeline-toolbar");
        fit.setSelected(true);
    }

    private ToggleButton modeButton(TimelineMode m, Feather icon, String key, Consumer<TimelineMode> onMode) {
        ToggleButton b = new ToggleButton(null, Icons.of(icon));
        b.setMnemonicParsing(false);
        b.setId("timeline-" + m.name().toLowerCase(Locale.ROOT));
        b.textProperty().bind(i18n.text(key));
        b.setTooltip(Tooltips.of(i18n, key + ".tooltip"));
        b.setToggleGroup(modes);
        b.setUserData(m);
        b.getStyleClass().addAll(Styles.SMALL, m == TimelineMode.FIT ? Styles.LEFT_PILL : Styles.RIGHT_PILL);
        b.setOnAction(e -> onMode.accept(b.isSelected() ? m : TimelineMode.MANUAL));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private ToggleButton axisButton(TimelineAxis a, Feather icon, String key, Consumer<TimelineAxis> onAxis) {
        ToggleButton b = new ToggleButton(null, Icons.of(icon));
        b.setMnemonicParsing(false);
        b.setId(a == TimelineAxis.ORDER ? "timeline-axis-order" : "timeline-axis-wall");
        b.textProperty().bind(i18n.text(key));
        b.setTooltip(Tooltips.of(i18n, key + ".tooltip"));
        b.setToggleGroup(axes);
        b.setUserData(a);
        b.getStyleClass().addAll(Styles.SMALL, a == TimelineAxis.ORDER ? Styles.LEFT_PILL : Styles.RIGHT_PILL);
        // one of the two is always chosen: pressing the chosen one again keeps it
        b.setOnAction(e -> {
            b.setSelected(true);
            onAxis.accept(a);
        });
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** Shows {@code axis} as chosen. */
    void selectAxis(TimelineAxis axis) {
        axes.getToggles().forEach(t -> t.setSelected(t.getUserData() == axis));
    }

    private Button iconButton(Feather icon, String key, String id) {
        Button b = new Button(null, Icons.of(icon));
        b.setMnemonicParsing(false);
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        b.accessibleTextProperty().bind(i18n.text(key));
        b.setTooltip(Tooltips.of(i18n, key));
        return b;
    }

    /** Shows {@code mode} as selected (none of the toggles for manual). */
    void select(TimelineMode mode) {
        modes.getToggles().forEach(t -> t.setSelected(t.getUserData() == mode));
    }

    void setSummary(String text) {
        summary.setText(text);
    }

    HBox node() {
        return bar;
    }
}
