package netlab.ui.timeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.ui.i18n.I18n;

import static netlab.ui.timeline.TimelineViewport.AXIS;
import static netlab.ui.timeline.TimelineViewport.GUTTER;
import static netlab.ui.timeline.TimelineViewport.LAG_ROW;
import static netlab.ui.timeline.TimelineViewport.LANE;

/**
 * Paints the timeline's picture of the window in sight: the time axis, the lag gauge, task steps and
 * paused writing, the arrows from writes to reads, the marks, and the lanes' names in the gutter. It
 * draws only what the viewport shows, and at most one mark per lane and pixel column, so a frame costs
 * the same with a hundred events or a million. Writes are ▲, reads ▼; each kind has its own shape.
 */
final class TimelinePainter {
    private final TimelineModel model;
    private final I18n i18n;
    private Font small = Font.font("DejaVu Sans", 11);
    private Font mono = Font.font("DejaVu Sans Mono", 12);
    private Font large = Font.font("DejaVu Sans", 15);
    private double textScale = 1;

    /** Drawn text at {@code scale} times its normal size (presentation makes the window's type larger). */
    void textScale(double scale) {
        if (scale != textScale) {
            textScale = scale;
            small = Font.font("DejaVu Sans", 11 * scale);
            mono = Font.font("DejaVu Sans Mono", 12 * scale);
            large = Font.font("DejaVu Sans", 15 * scale);
        }
    }

    TimelinePainter(TimelineModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    /** Paints the whole canvas of {@code v}'s size; {@code focused} (may be null) is ringed. */
    void paint(GraphicsContext g, TimelineViewport v, Palette p, LabEvent focused) {
        double w = v.width();
        double h = v.height();
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        long from = v.start();
        long to = v.timeAt(w);
        List<Lane> lanes = model.lanes();
        Map<Lane, Integer> rows = new HashMap<>();
        for (int i = v.firstRow(); i < lanes.size(); i++) {
            double top = v.laneTop(i);
            if (top > h) {
                break;
            }
            rows.put(lanes.get(i), i);
            if ((i & 1) == 1) {
                g.setFill(p.stripe());
                g.fillRect(0, top, w, LANE);
            }
        }
        drawAxis(g, v, p, from, to);
        if (v.hasLagRow()) {
            drawLag(g, v, p, from, to);
        }
        drawSpans(g, v, p, from, to, rows);
        drawArrows(g, v, p, from, to, rows);
        drawMarks(g, v, p, from, to, rows, focused);
        drawGutter(g, v, p, rows);
        if (lanes.isEmpty()) {
            g.setFill(p.muted());
            g.setFont(large);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(i18n.get("timeline.empty"), w / 2, h / 2);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }

    private void drawAxis(GraphicsContext g, TimelineViewport v, Palette p, long from, long to) {
        boolean ordered = model.axis() == TimelineAxis.ORDER;
        // on the order axis ticks fall on slots and count events from the run's start
        long step = ordered ? Math.max(TimelineAxis.SLOT, TimeAxis.step(v.nanosPerPixel(), 60)) : TimeAxis.step(v.nanosPerPixel(), 90);
        g.setFont(small);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(1);
        // times read from the newest run's start, not from when the lab began
        long origin = Math.max(0, model.runStartNanos());
        long t = origin + Math.floorDiv(from - origin, step) * step;
        for (; t <= to; t += step) {
            double x = Math.round(v.xOf(t)) + 0.5;
            if (x < GUTTER) {
                continue;
            }
            g.setStroke(p.grid());
            g.strokeLine(x, AXIS - 4, x, v.height());
            g.setFill(p.muted());
            g.fillText(ordered ? "#" + (t - origin) / TimelineAxis.SLOT : TimeAxis.label(t - origin, step), x + 3, AXIS / 2);
        }
        g.setStroke(p.grid());
        g.strokeLine(GUTTER, AXIS + 0.5, v.width(), AXIS + 0.5);
    }

    private void drawLag(GraphicsContext g, TimelineViewport v, Palette p, long from, long to) {
        double top = AXIS + 4;
        double height = LAG_ROW - 10;
        double lastX = -1;
        for (TimelineModel.Lag lag : model.lags(from, to)) {
            double x = v.xOf(lag.nanos());
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
        g.strokeLine(0, AXIS + LAG_ROW - 0.5, v.width(), AXIS + LAG_ROW - 0.5);
    }

    private void drawSpans(GraphicsContext g, TimelineViewport v, Palette p, long from, long to, Map<Lane, Integer> rows) {
        for (TimelineModel.Span s : model.spans(from, to)) {
            Integer row = rows.get(s.lane());
            if (row == null) {
                continue;
            }
            double top = v.laneTop(row);
            double x1 = Math.max(GUTTER, v.xOf(s.begin()));
            double x2 = Math.min(v.width(), Math.max(x1 + 2, v.xOf(s.end())));
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

    private void drawArrows(GraphicsContext g, TimelineViewport v, Palette p, long from, long to, Map<Lane, Integer> rows) {
        g.setLineWidth(1.2);
        g.setFont(small);
        // one arrow per pair of lanes and pixel columns: zoomed out, thousands draw as what they look like
        Set<Long> drawn = new HashSet<>();
        for (TimelineModel.Arrow a : model.arrows(from, to)) {
            Integer r1 = rows.get(a.from());
            Integer r2 = rows.get(a.to());
            if (r1 == null || r2 == null) {
                continue;
            }
            double x1 = v.xOf(a.fromNanos());
            double x2 = v.xOf(a.toNanos());
            long key = (((long) r1 * 1024 + r2) << 40) ^ ((long) Math.floor(x1) << 20) ^ (long) Math.floor(x2);
            if (!drawn.add(key)) {
                continue;
            }
            double y1 = v.laneTop(r1) + LANE / 2;
            double y2 = v.laneTop(r2) + LANE / 2;
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

    private void drawMarks(GraphicsContext g, TimelineViewport v, Palette p, long from, long to, Map<Lane, Integer> rows,
                           LabEvent focused) {
        Map<Lane, double[]> lastX = new HashMap<>();
        model.forEachMark(from, to, m -> {
            Integer row = rows.get(m.lane());
            if (row == null) {
                return;
            }
            double x = v.xOf(model.at(m));
            double[] seen = lastX.computeIfAbsent(m.lane(), l -> new double[] {-10});
            boolean isFocused = focused != null && focused.seq() == m.event().seq();
            // one mark per lane and pixel column: a million events cost no more than the screen
            if (x - seen[0] < 1.5 && !isFocused && !m.event().kind().carriesData()) {
                return;
            }
            seen[0] = x;
            double cy = v.laneTop(row) + LANE / 2;
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

    private void drawGutter(GraphicsContext g, TimelineViewport v, Palette p, Map<Lane, Integer> rows) {
        double top0 = v.lanesTop();
        double h = v.height();
        g.setFill(p.background());
        g.fillRect(0, top0, GUTTER - 1, h);
        g.setStroke(p.grid());
        g.strokeLine(GUTTER - 0.5, 0, GUTTER - 0.5, h);
        g.setFont(mono);
        g.setTextBaseline(VPos.CENTER);
        for (Map.Entry<Lane, Integer> entry : rows.entrySet()) {
            Lane lane = entry.getKey();
            double top = v.laneTop(entry.getValue());
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
}
