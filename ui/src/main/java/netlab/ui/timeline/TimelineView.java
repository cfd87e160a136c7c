package netlab.ui.timeline;

import java.util.function.Consumer;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import netlab.engine.event.LabEvent;
import netlab.ui.i18n.I18n;
import netlab.ui.theme.Theme;
import netlab.ui.views.LabPart;

/**
 * The timeline on screen: lanes down, time across, drawn on a canvas under a toolbar, with scroll
 * bars. This class wires it: the mouse and the scroll wheel move the {@link TimelineViewport}, the
 * {@link TimelinePainter} draws through it (at most ten times a second while events pour in), and
 * the {@link MarkLocator} says which mark is under the pointer: hover says what a mark is, a click
 * makes it the event being looked at.
 */
public final class TimelineView implements LabPart {
    static final long MIN_REDRAW_NANOS = 100_000_000L;

    private final TimelineModel model;
    private final I18n i18n;
    private final ObservableValue<Theme> theme;
    private final TimelineViewport viewport = new TimelineViewport();
    private final TimelinePainter painter;
    private final MarkLocator locator;
    private final TimelineToolbar toolbar;
    private final Canvas canvas = new Canvas();
    private final Pane canvasPane = new Pane(canvas);
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final Label hover = new Label();
    private final BorderPane root = new BorderPane();

    private long lastDraw;
    private boolean shown;
    private boolean dirty = true;
    private long drawnRevision = -1;
    private LabEvent focused;
    private Consumer<TimelineAxis> onAxis = a -> { };
    /** Set while the view moves the scroll bars itself, so their listeners do not take it for the person. */
    private boolean adjusting;

    public TimelineView(TimelineModel model, I18n i18n, Consumer<LabEvent> focus, ObservableValue<Theme> theme) {
        this.model = model;
        this.i18n = i18n;
        this.theme = theme;
        this.painter = new TimelinePainter(model, i18n);
        this.locator = new MarkLocator(model, viewport);
        this.toolbar = new TimelineToolbar(i18n, this::setMode, factor -> zoom(factor, viewport.timeWidth() / 2), this::setAxis);
        toolbar.selectAxis(model.axis());
        root.setId("timeline");
        root.getStyleClass().add("timeline");

        canvas.widthProperty().bind(canvasPane.widthProperty());
        canvas.heightProperty().bind(canvasPane.heightProperty());
        canvas.widthProperty().addListener(o -> resized());
        canvas.heightProperty().addListener(o -> resized());
        canvas.setId("timeline-canvas");
        canvas.setFocusTraversable(true);
        canvas.accessibleTextProperty().bind(i18n.text("timeline.accessible"));
        canvasPane.setMinSize(0, 0);
        hover.getStyleClass().add("timeline-hover");
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        canvasPane.getChildren().add(hover);
        netlab.ui.controls.TextScale textScale = new netlab.ui.controls.TextScale(canvasPane);
        textScale.scaleProperty().addListener((obs, old, now) -> {
            painter.textScale(now.doubleValue());
            redraw();
        });

        hbar.setOrientation(Orientation.HORIZONTAL);
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.valueProperty().addListener((obs, old, now) -> {
            if (!adjusting) {
                setMode(TimelineMode.MANUAL);
                viewport.scrollTo(Math.round(now.doubleValue()));
                redrawSoon();
            }
        });
        vbar.valueProperty().addListener((obs, old, now) -> {
            viewport.setFirstRow(now.intValue());
            redrawSoon();
        });
        theme.addListener(o -> redrawSoon());
        i18n.localeProperty().addListener(o -> redrawSoon());

        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            LabEvent hit = locator.markAt(e.getX(), e.getY());
            if (hit != null) {
                focus.accept(hit);
            }
        });

        root.setTop(toolbar.node());
        root.setCenter(canvasPane);
        root.setBottom(hbar);
        root.setRight(vbar);
    }

    public void setMode(TimelineMode m) {
        viewport.setMode(m);
        toolbar.select(m);
        redrawSoon();
    }

    /**
     * Order of events or wall-clock across; every position changes, so a window the person placed
     * starts over as Fit all. {@code onAxis} (the settings) hears of it.
     */
    public void setAxis(TimelineAxis axis) {
        model.setAxis(axis);
        toolbar.selectAxis(axis);
        if (viewport.mode() == TimelineMode.MANUAL) {
            setMode(TimelineMode.FIT);
        }
        onAxis.accept(axis);
        redrawSoon();
    }

    public TimelineAxis axis() {
        return model.axis();
    }

    /** Told each axis the person chooses (the tab remembers it in the settings). */
    public void setOnAxis(Consumer<TimelineAxis> onAxis) {
        this.onAxis = onAxis;
    }

    public TimelineMode mode() {
        return viewport.mode();
    }

    /** Zooms by {@code factor} (0.5: twice as close) keeping the time under {@code atPixel} in place; fitting ends. */
    private void zoom(double factor, double atPixel) {
        viewport.zoom(factor, atPixel);
        if (viewport.mode() == TimelineMode.FIT) {
            setMode(TimelineMode.MANUAL);
        }
        redrawSoon();
    }

    private void resized() {
        viewport.resize(canvas.getWidth(), canvas.getHeight());
        redrawSoon();
    }

    private void onScroll(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, Math.max(0, e.getX() - TimelineViewport.GUTTER));
        } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            viewport.scrollBy(e.isShiftDown() ? e.getDeltaY() : e.getDeltaX());
            setMode(TimelineMode.MANUAL);
        } else {
            double rows = e.getDeltaY() / TimelineViewport.LANE;
            vbar.setValue(Math.max(vbar.getMin(), Math.min(vbar.getMax(), vbar.getValue() - rows)));
        }
        e.consume();
        redrawSoon();
    }

    private void onMove(MouseEvent e) {
        LabEvent hit = locator.markAt(e.getX(), e.getY());
        if (hit == null) {
            hover.setVisible(false);
            return;
        }
        // the wall-clock time since the run began on either axis: on the order axis it is what the slot does not say
        hover.setText(TimeAxis.label(hit.nanos() - Math.max(0, model.wallRunStart()), 1_000) + "  " + describe(hit));
        hover.autosize();
        double x = Math.min(e.getX() + 14, canvas.getWidth() - hover.getWidth() - 4);
        double y = e.getY() + 18 + hover.getHeight() > canvas.getHeight() ? e.getY() - hover.getHeight() - 6 : e.getY() + 18;
        hover.relocate(Math.max(0, x), Math.max(0, y));
        hover.setVisible(true);
    }

    private String describe(LabEvent e) {
        return switch (e.kind()) {
            case DATA_SENT, DATA_RECEIVED -> i18n.get("timeline.hover.data", e.kind().asyncioName(), Math.max(e.amount(), e.data().size()),
                    e.offset(), e.data().repr() + (e.amount() > e.data().size() ? "…" : ""));
            default -> new netlab.ui.events.EventWords(i18n).line(e);
        };
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
        viewport.setLagRow(model.hasLag());
        if (viewport.width() < 10 || viewport.height() < 10) {
            return;
        }
        long first = Math.max(0, model.firstNanos());
        long last = model.lastNanos();
        // Fit all fits the newest run: the idle time before it would crush it to a few pixels
        viewport.follow(Math.max(first, model.runStartNanos()), last);
        updateBars(first, last);
        painter.paint(canvas.getGraphicsContext2D(), viewport, Palette.of(theme.getValue()), focused);
        toolbar.setSummary(i18n.get("timeline.summary", model.lanes().size(), model.markCount(), model.dropped(),
                model.hasLag() ? TimeAxis.duration(model.maxLag()) : "—"));
    }

    private void updateBars(long first, long last) {
        adjusting = true;
        try {
            long start = viewport.start();
            double visible = viewport.timeWidth() * viewport.nanosPerPixel();
            hbar.setMin(Math.min(first, start));
            hbar.setMax(Math.max(hbar.getMin() + 1, Math.max(last - visible, start)));
            hbar.setVisibleAmount(visible);
            hbar.setValue(Math.max(hbar.getMin(), Math.min(hbar.getMax(), start)));
            double rowsInSight = viewport.rowsInSight();
            int lanes = model.lanes().size();
            vbar.setMin(0);
            vbar.setMax(Math.max(0, lanes - rowsInSight + 1));
            vbar.setVisibleAmount(rowsInSight);
            vbar.setVisible(lanes > rowsInSight);
        } finally {
            adjusting = false;
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
        return viewport.start();
    }

    public double nanosPerPixel() {
        return viewport.nanosPerPixel();
    }

    /** The canvas coordinates of the mark of {@code event} as last drawn; null when it is not in sight. */
    public Point2D pointOf(LabEvent event) {
        return locator.pointOf(event);
    }
}
