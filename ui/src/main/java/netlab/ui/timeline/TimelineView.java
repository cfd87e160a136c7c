package netlab.ui.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.theme.Theme;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.feather.Feather;

/**
 * The timeline drawn on a canvas: lanes down, time across. Each frame it draws only the window in
 * sight, and at most one mark per lane and pixel column, so it costs the same with a hundred
 * events or a million. Writes are ▲, reads ▼, arrows run from a write to the read(s) that got its
 * bytes; task steps are bars, paused writing is a hatched band, loop lag is a gauge on top. Hover
 * says what a mark is; a click makes it the event being looked at.
 */
public final class TimelineView implements LabPart {
    static final double GUTTER = 200;
    static final double AXIS = 24;
    static final double LAG_ROW = 40;
    static final double LANE = 28;

    /** How the visible window follows the events. */
    public enum Mode { FIT, FOLLOW, MANUAL }

    private final TimelineModel model;
    private final I18n i18n;
    private final Consumer<LabEvent> focus;
    private final ObservableValue<Theme> theme;
    private final Canvas canvas = new Canvas();
    private final Pane canvasPane = new Pane(canvas);
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final Label hover = new Label();
    private final Label summary = new Label();
    private final BorderPane root = new BorderPane();
    private final ToggleGroup modes = new ToggleGroup();
    private final Font small = Font.font("DejaVu Sans", 11);
    private final Font mono = Font.font("DejaVu Sans Mono", 12);

    static final long MIN_REDRAW_NANOS = 100_000_000L;

    private long lastDraw;
    private Mode mode = Mode.FIT;
    private double nanosPerPixel = 100_000;
    private long t0;
    private boolean shown;
    private boolean dirty = true;
    private long drawnRevision = -1;
    private LabEvent focused;
    private boolean adjusting;

    public TimelineView(TimelineModel model, I18n i18n, Consumer<LabEvent> focus, ObservableValue<Theme> theme) {
        this.model = model;
        this.i18n = i18n;
        this.focus = focus;
        this.theme = theme;
        root.setId("timeline");
        root.getStyleClass().add("timeline");

        canvas.widthProperty().bind(canvasPane.widthProperty());
        canvas.heightProperty().bind(canvasPane.heightProperty());
        canvas.widthProperty().addListener(o -> redrawSoon());
        canvas.heightProperty().addListener(o -> redrawSoon());
        canvas.setId("timeline-canvas");
        canvas.setFocusTraversable(true);
        canvas.accessibleTextProperty().bind(i18n.text("timeline.accessible"));
        canvasPane.setMinSize(0, 0);
        hover.getStyleClass().add("timeline-hover");
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        canvasPane.getChildren().add(hover);

        hbar.setOrientation(Orientation.HORIZONTAL);
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.valueProperty().addListener((obs, old, now) -> {
            if (!adjusting) {
                setMode(Mode.MANUAL);
                t0 = Math.round(now.doubleValue());
                redrawSoon();
            }
        });
        vbar.valueProperty().addListener(o -> redrawSoon());
        theme.addListener(o -> redrawSoon());
        i18n.localeProperty().addListener(o -> redrawSoon());

        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            LabEvent hit = hit(e.getX(), e.getY());
            if (hit != null) {
                focus.accept(hit);
            }
        });

        root.setTop(toolbar());
        root.setCenter(canvasPane);
        root.setBottom(hbar);
        root.setRight(vbar);
    }

    private HBox toolbar() {
        ToggleButton fit = modeButton(Mode.FIT, Feather.MAXIMIZE_2, "timeline.fit");
        ToggleButton follow = modeButton(Mode.FOLLOW, Feather.CHEVRONS_RIGHT, "timeline.follow");
        Button in = iconButton(Feather.ZOOM_IN, "timeline.zoomIn", "timeline-zoom-in");
        Button out = iconButton(Feather.ZOOM_OUT, "timeline.zoomOut", "timeline-zoom-out");
        in.setOnAction(e -> zoom(0.5, timeWidth() / 2));
        out.setOnAction(e -> zoom(2, timeWidth() / 2));
        Label legend = new Label();
        legend.textProperty().bind(i18n.text("timeline.legend"));
        legend.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "timeline-legend");
        legend.setMinWidth(0);
        summary.setId("timeline-summary");
        summary.getStyleClass().addAll(Styles.TEXT_SMALL);
        summary.setMinWidth(Label.USE_PREF_SIZE);
        HBox bar = new HBox(8, new HBox(fit, follow), in, out, legend, new Spacer(), summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("timeline-toolbar");
        fit.setSelected(true);
        return bar;
    }

    private ToggleButton modeButton(Mode m, Feather icon, String key) {
        ToggleButton b = new ToggleButton(null, Icons.of(icon));
        b.setMnemonicParsing(false);
        b.setId("timeline-" + m.name().toLowerCase(java.util.Locale.ROOT));
        b.textProperty().bind(i18n.text(key));
        b.setTooltip(Tooltips.of(i18n, key + ".tooltip"));
        b.setToggleGroup(modes);
        b.setUserData(m);
        b.getStyleClass().addAll(Styles.SMALL, m == Mode.FIT ? Styles.LEFT_PILL : Styles.RIGHT_PILL);
        b.setOnAction(e -> setMode(b.isSelected() ? m : Mode.MANUAL));
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
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

    public void setMode(Mode m) {
        mode = m;
        modes.getToggles().forEach(t -> t.setSelected(t.getUserData() == m));
        redrawSoon();
    }

    public Mode mode() {
        return mode;
    }

    private double timeWidth() {
        return Math.max(1, canvas.getWidth() - GUTTER - 12);
    }

    /** Zooms by {@code factor} (0.5: twice as close) keeping the time under {@code atPixel} in place. */
    private void zoom(double factor, double atPixel) {
        long at = t0 + Math.round(atPixel * nanosPerPixel);
        nanosPerPixel = Math.max(50, Math.min(1e9, nanosPerPixel * factor));
        t0 = at - Math.round(atPixel * nanosPerPixel);
        if (mode == Mode.FIT) {
            setMode(Mode.MANUAL);
        }
        redrawSoon();
    }

    private void onScroll(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, Math.max(0, e.getX() - GUTTER));
        } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double d = e.isShiftDown() ? e.getDeltaY() : e.getDeltaX();
            t0 -= Math.round(d * nanosPerPixel);
            setMode(Mode.MANUAL);
        } else {
            vbar.setValue(Math.max(vbar.getMin(), Math.min(vbar.getMax(), vbar.getValue() - e.getDeltaY() / LANE)));
        }
        e.consume();
        redrawSoon();
    }

    private void onMove(MouseEvent e) {
        LabEvent hit = hit(e.getX(), e.getY());
        if (hit == null) {
            hover.setVisible(false);
            return;
        }
        hover.setText(TimeAxis.label(hit.nanos(), 1_000) + "  " + describe(hit));
        hover.autosize();
        double x = Math.min(e.getX() + 14, canvas.getWidth() - hover.getWidth() - 4);
        double y = e.getY() + 18 + hover.getHeight() > canvas.getHeight() ? e.getY() - hover.getHeight() - 6 : e.getY() + 18;
        hover.relocate(Math.max(0, x), Math.max(0, y));
        hover.setVisible(true);
    }

    private static String describe(LabEvent e) {
        return switch (e.kind()) {
            case LOG, ERROR -> e.toLogLine();
            case DATA_SENT, DATA_RECEIVED -> e.kind().asyncioName() + " " + Math.max(e.amount(), e.data().size()) + " B at "
                    + e.offset() + ": " + e.data().repr() + (e.amount() > e.data().size() ? "…" : "");
            default -> e.logger() + ": " + e.describe();
        };
    }

    private double laneTop(int index) {
        return AXIS + (model.hasLag() ? LAG_ROW : 0) + (index - (int) vbar.getValue()) * LANE;
    }

    /** The mark under {@code (x, y)}, within a few pixels; null when none. */
    LabEvent hit(double x, double y) {
        if (x < GUTTER) {
            return null;
        }
        List<Lane> lanes = model.lanes();
        int index = (int) Math.floor((y - AXIS - (model.hasLag() ? LAG_ROW : 0)) / LANE) + (int) vbar.getValue();
        if (index < 0 || index >= lanes.size() || y < AXIS + (model.hasLag() ? LAG_ROW : 0)) {
            return null;
        }
        Lane lane = lanes.get(index);
        long at = timeAt(x);
        long slack = Math.round(6 * nanosPerPixel);
        LabEvent best = null;
        long bestDistance = Long.MAX_VALUE;
        for (TimelineModel.Mark m : model.marks(at - slack, at + slack)) {
            long d = Math.abs(m.event().nanos() - at);
            if (m.lane() == lane && d < bestDistance) {
                best = m.event();
                bestDistance = d;
            }
        }
        return best;
    }

    private long timeAt(double x) {
        return t0 + Math.round((x - GUTTER) * nanosPerPixel);
    }

    private double xOf(long nanos) {
        return GUTTER + (nanos - t0) / nanosPerPixel;
    }

    /** The event to ring, as the one being looked at. */
    public void setFocused(LabEvent event) {
        focused = event;
        redrawSoon();
    }

    private void redrawSoon() {
        dirty = true;
        if (shown) {
            redraw();
        }
    }

    /**
     * Redraws at most every {@link #MIN_REDRAW_NANOS} while events pour in: the canvas is a
     * picture of the bench, and ten pictures a second keep up with any flood, leaving the frames
     * to the panes. Frames without events still come, so the last picture is never missed.
     */
    @Override
    public void commit() {
        if (model.revisionProperty().get() != drawnRevision) {
            dirty = true;
        }
        if (shown && dirty && System.nanoTime() - lastDraw >= MIN_REDRAW_NANOS) {
            redraw();
        }
    }

    @Override
    public void setShown(boolean nowShown) {
        shown = nowShown;
        if (shown && dirty) {
            redraw();
        }
    }

    /** Places the window (fit, follow) and draws it. */
    void redraw() {
        dirty = false;
        lastDraw = System.nanoTime();
        drawnRevision = model.revisionProperty().get();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 10 || h < 10) {
            return;
        }
        long first = Math.max(0, model.firstNanos());
        long last = model.lastNanos();
        double tw = timeWidth();
        if (mode == Mode.FIT) {
            nanosPerPixel = Math.max(50, (last - first) * 1.04 / tw);
            t0 = first - Math.round((last - first) * 0.02);
        } else if (mode == Mode.FOLLOW) {
            t0 = last - Math.round(tw * 0.92 * nanosPerPixel);
        }
        updateBars(first, last, tw, h);
        Palette p = Palette.of(theme.getValue());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        long from = t0;
        long to = timeAt(w);
        List<Lane> lanes = model.lanes();
        Map<Lane, Integer> rows = new HashMap<>();
        int firstRow = (int) vbar.getValue();
        for (int i = firstRow; i < lanes.size(); i++) {
            double top = laneTop(i);
            if (top > h) {
                break;
            }
            rows.put(lanes.get(i), i);
            if ((i & 1) == 1) {
                g.setFill(p.stripe());
                g.fillRect(0, top, w, LANE);
            }
        }
        drawAxis(g, p, from, to, w, h);
        if (model.hasLag()) {
            drawLag(g, p, from, to, w);
        }
        drawSpans(g, p, from, to, rows, w);
        drawArrows(g, p, from, to, rows);
        drawMarks(g, p, from, to, rows, w);
        drawGutter(g, p, lanes, rows, h);
        summary.setText(i18n.get("timeline.summary", lanes.size(), model.markCount(), model.dropped(),
                model.hasLag() ? TimeAxis.duration(model.maxLag()) : "—"));
        if (lanes.isEmpty()) {
            g.setFill(p.muted());
            g.setFont(Font.font("DejaVu Sans", 15));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(i18n.get("timeline.empty"), w / 2, h / 2);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }

    private void updateBars(long first, long last, double tw, double h) {
        adjusting = true;
        try {
            double visible = tw * nanosPerPixel;
            hbar.setMin(Math.min(first, t0));
            hbar.setMax(Math.max(hbar.getMin() + 1, Math.max(last - visible, t0)));
            hbar.setVisibleAmount(visible);
            hbar.setValue(Math.max(hbar.getMin(), Math.min(hbar.getMax(), t0)));
            double rowsInSight = Math.max(1, (h - AXIS - (model.hasLag() ? LAG_ROW : 0)) / LANE);
            vbar.setMin(0);
            vbar.setMax(Math.max(0, model.lanes().size() - rowsInSight + 1));
            vbar.setVisibleAmount(rowsInSight);
            vbar.setVisible(model.lanes().size() > rowsInSight);
        } finally {
            adjusting = false;
        }
    }

    private void drawAxis(GraphicsContext g, Palette p, long from, long to, double w, double h) {
        long step = TimeAxis.step(nanosPerPixel, 90);
        g.setFont(small);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(1);
        long t = Math.floorDiv(from, step) * step;
        for (; t <= to; t += step) {
            double x = Math.round(xOf(t)) + 0.5;
            if (x < GUTTER) {
                continue;
            }
            g.setStroke(p.grid());
            g.strokeLine(x, AXIS - 4, x, h);
            g.setFill(p.muted());
            g.fillText(TimeAxis.label(t, step), x + 3, AXIS / 2);
        }
        g.setStroke(p.grid());
        g.strokeLine(GUTTER, AXIS + 0.5, w, AXIS + 0.5);
    }

    private void drawLag(GraphicsContext g, Palette p, long from, long to, double w) {
        double top = AXIS + 4;
        double height = LAG_ROW - 10;
        double lastX = -1;
        for (TimelineModel.Lag lag : model.lags(from, to)) {
            double x = xOf(lag.nanos());
            if (x - lastX < 2) {
                continue;
            }
            lastX = x;
            // log scale: 1 ms is a quarter, 1 s fills the row
            double level = Math.max(0, Math.min(1, (Math.log10(Math.max(1, lag.lagNanos() / 1e3)) / 6.0)));
            double barH = Math.max(2, level * height);
            g.setFill(lag.lagNanos() > 50_000_000L ? p.lagBad() : p.lagOk());
            g.fillRect(x - 1, top + height - barH, 3, barH);
        }
        g.setFill(p.muted());
        g.setFont(small);
        g.setTextBaseline(VPos.CENTER);
        TimelineModel.Lag last = model.lastLag();
        g.fillText(i18n.get("timeline.lag", last == null ? "—" : TimeAxis.duration(last.lagNanos()),
                TimeAxis.duration(model.maxLag())), 8, top + height / 2);
        g.setStroke(p.grid());
        g.strokeLine(0, AXIS + LAG_ROW - 0.5, w, AXIS + LAG_ROW - 0.5);
    }

    private void drawSpans(GraphicsContext g, Palette p, long from, long to, Map<Lane, Integer> rows, double w) {
        for (TimelineModel.Span s : model.spans(from, to)) {
            Integer row = rows.get(s.lane());
            if (row == null) {
                continue;
            }
            double top = laneTop(row);
            double x1 = Math.max(GUTTER, xOf(s.begin()));
            double x2 = Math.min(w, Math.max(x1 + 2, xOf(s.end())));
            if (s.kind() == TimelineModel.SpanKind.STEP) {
                g.setFill(p.step());
                g.fillRect(x1, top + 8, x2 - x1, LANE - 16);
            } else {
                g.setStroke(p.paused());
                g.setLineWidth(1);
                g.strokeRect(x1, top + 3, x2 - x1, LANE - 6);
                for (double x = x1; x < x2; x += 6) {
                    g.strokeLine(x, top + LANE - 3, Math.min(x2, x + 6), top + 3);
                }
                if (x2 - x1 > 60) {
                    g.setFill(p.paused());
                    g.setFont(small);
                    g.fillText(i18n.get("timeline.paused"), x1 + 4, top + LANE / 2);
                }
            }
        }
    }

    private void drawArrows(GraphicsContext g, Palette p, long from, long to, Map<Lane, Integer> rows) {
        g.setLineWidth(1.2);
        g.setFont(small);
        // one arrow per pair of lanes and pixel columns: zoomed out, thousands draw as what they look like
        java.util.Set<Long> drawn = new java.util.HashSet<>();
        for (TimelineModel.Arrow a : model.arrows(from, to)) {
            Integer r1 = rows.get(a.from());
            Integer r2 = rows.get(a.to());
            if (r1 == null || r2 == null) {
                continue;
            }
            double x1 = xOf(a.fromNanos());
            double x2 = xOf(a.toNanos());
            long key = (((long) r1 * 1024 + r2) << 40) ^ ((long) Math.floor(x1) << 20) ^ (long) Math.floor(x2);
            if (!drawn.add(key)) {
                continue;
            }
            double y1 = laneTop(r1) + LANE / 2;
            double y2 = laneTop(r2) + LANE / 2;
            Color c = a.from().kind() == Lane.Kind.CLIENT ? p.arrowOut() : p.arrowBack();
            g.setStroke(c);
            g.strokeLine(x1, y1, x2, y2);
            double angle = Math.atan2(y2 - y1, x2 - x1);
            double len = 7;
            g.setFill(c);
            g.fillPolygon(new double[] {x2, x2 - len * Math.cos(angle - 0.45), x2 - len * Math.cos(angle + 0.45)},
                    new double[] {y2, y2 - len * Math.sin(angle - 0.45), y2 - len * Math.sin(angle + 0.45)}, 3);
            if (Math.hypot(x2 - x1, y2 - y1) > 60) {
                g.setFill(c);
                g.fillText(a.bytes() + " B", (x1 + x2) / 2 + 4, (y1 + y2) / 2);
            }
        }
    }

    private void drawMarks(GraphicsContext g, Palette p, long from, long to, Map<Lane, Integer> rows, double w) {
        Map<Lane, double[]> lastX = new HashMap<>();
        model.forEachMark(from, to, m -> {
            Integer row = rows.get(m.lane());
            if (row == null) {
                return;
            }
            double x = xOf(m.event().nanos());
            double[] seen = lastX.computeIfAbsent(m.lane(), l -> new double[] {-10});
            boolean isFocused = focused != null && focused.seq() == m.event().seq();
            // one mark per lane and pixel column: a million events cost no more than the screen
            if (x - seen[0] < 1.5 && !isFocused && !m.event().kind().carriesData()) {
                return;
            }
            seen[0] = x;
            double cy = laneTop(row) + LANE / 2;
            drawMark(g, p, m.event().kind(), x, cy);
            if (isFocused) {
                g.setStroke(p.focus());
                g.setLineWidth(2);
                g.strokeOval(x - 8, cy - 8, 16, 16);
            }
        });
    }

    /** Each kind has its own shape, so nothing is told by colour alone. */
    private static void drawMark(GraphicsContext g, Palette p, EventKind kind, double x, double cy) {
        switch (kind) {
            case DATA_SENT -> {
                g.setFill(p.write());
                g.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {cy + 4, cy + 4, cy - 6}, 3);
            }
            case DATA_RECEIVED -> {
                g.setFill(p.read());
                g.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {cy - 4, cy - 4, cy + 6}, 3);
            }
            case CONNECTION_MADE, LISTENING -> {
                g.setFill(p.state());
                g.fillRect(x - 1.5, cy - 8, 3, 16);
            }
            case CONNECTION_LOST, SERVER_CLOSED -> {
                g.setStroke(p.state());
                g.setLineWidth(2);
                g.strokeLine(x - 4, cy - 4, x + 4, cy + 4);
                g.strokeLine(x - 4, cy + 4, x + 4, cy - 4);
            }
            case EOF_SENT, EOF_RECEIVED -> {
                g.setStroke(p.state());
                g.setLineWidth(2);
                g.strokeLine(x, cy - 6, x, cy + 6);
                g.strokeLine(x - 4, cy, x, cy);
            }
            case ERROR -> {
                g.setFill(p.error());
                g.fillPolygon(new double[] {x - 6, x + 6, x}, new double[] {cy + 5, cy + 5, cy - 7}, 3);
                g.setFill(p.background());
                g.fillRect(x - 0.75, cy - 3, 1.5, 5);
            }
            case TASK_CREATED, TASK_DONE -> {
                g.setFill(p.step());
                g.fillPolygon(new double[] {x, x + 5, x, x - 5}, new double[] {cy - 5, cy, cy + 5, cy}, 4);
            }
            case TASK_WAITING -> {
                g.setStroke(p.step());
                g.setLineWidth(1.5);
                g.strokeOval(x - 3.5, cy - 3.5, 7, 7);
            }
            case PAUSE_WRITING, RESUME_WRITING -> {
                g.setFill(p.paused());
                g.fillRect(x - 3, cy - 5, 2, 10);
                if (kind == EventKind.PAUSE_WRITING) {
                    g.fillRect(x + 1, cy - 5, 2, 10);
                }
            }
            case ENDPOINT_STATE -> {
                g.setStroke(p.muted());
                g.setLineWidth(1);
                g.strokeRect(x - 3, cy - 3, 6, 6);
            }
            default -> {
                g.setFill(p.log());
                g.fillOval(x - 3, cy - 3, 6, 6);
            }
        }
    }

    private void drawGutter(GraphicsContext g, Palette p, List<Lane> lanes, Map<Lane, Integer> rows, double h) {
        double top0 = AXIS + (model.hasLag() ? LAG_ROW : 0);
        g.setFill(p.background());
        g.fillRect(0, top0, GUTTER - 1, h);
        g.setStroke(p.grid());
        g.strokeLine(GUTTER - 0.5, 0, GUTTER - 0.5, h);
        g.setFont(mono);
        g.setTextBaseline(VPos.CENTER);
        for (Map.Entry<Lane, Integer> entry : rows.entrySet()) {
            Lane lane = entry.getKey();
            double top = laneTop(entry.getValue());
            if (top < top0 - 1) {
                continue;
            }
            if ((entry.getValue() & 1) == 1) {
                g.setFill(p.stripe());
                g.fillRect(0, top, GUTTER - 1, LANE);
            }
            g.setFill(lane.isOver() ? p.muted() : p.text());
            String prefix = switch (lane.kind()) {
                case CLIENT -> "◧ ";
                case CONNECTION -> "◨ ";
                case SERVER -> "▣ ";
                case TASK -> "◆ ";
                case EXPERIMENT -> "◇ ";
                case LAB -> "· ";
            };
            String text = prefix + lane.label();
            if (text.length() > 26) {
                text = text.substring(0, 25) + "…";
            }
            g.fillText(text, 8, top + LANE / 2);
        }
    }

    @Override
    public Node node() {
        return root;
    }

    public Canvas canvas() {
        return canvas;
    }

    /** The time at the left edge and the zoom, for tests. */
    public long windowStart() {
        return t0;
    }

    public double nanosPerPixel() {
        return nanosPerPixel;
    }

    /** The canvas coordinates of the mark of {@code event} as last drawn; null when it is not in sight. */
    public javafx.geometry.Point2D pointOf(LabEvent event) {
        List<Lane> lanes = model.lanes();
        for (TimelineModel.Mark m : model.marks(event.nanos(), event.nanos())) {
            if (m.event().seq() == event.seq()) {
                int row = lanes.indexOf(m.lane());
                if (row < 0) {
                    return null;
                }
                return new javafx.geometry.Point2D(xOf(event.nanos()), laneTop(row) + LANE / 2);
            }
        }
        return null;
    }
}
