package netlab.ui.chunks;

import netlab.ui.panes.Chunk;
import java.util.Locale;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import netlab.ui.theme.Theme;

/**
 * One direction's chunk map drawn: the writes on top, a byte ruler, the reads below. A read that
 * glued writes together is framed and labelled "merge"; a write whose bytes arrived in several
 * reads is hatched and labelled "split"; dashed lines carry each write's end down into the reads.
 * Only chunks in sight are drawn, so thousands cost what the screen holds.
 */
final class ChunkMapCanvas extends Pane {
    static final double PAD = 16;
    private static final double WRITES_TOP = 22;
    private static final double BAND = 38;
    private static final double RULER = 26;

    private final Canvas canvas = new Canvas();
    private final java.util.function.Supplier<Theme> theme;
    private ChunkMap map = ChunkMap.EMPTY;
    private double zoom = 1;
    private double scroll;
    private String writesLabel = "";
    private String readsLabel = "";
    /** Labels and rulers grow with the window's type (presentation). */
    private final netlab.ui.controls.TextScale textScale;

    ChunkMapCanvas(java.util.function.Supplier<Theme> theme) {
        this.theme = theme;
        getChildren().add(canvas);
        textScale = new netlab.ui.controls.TextScale(this);
        textScale.scaleProperty().addListener(o -> draw());
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        setMinHeight(WRITES_TOP + 2 * BAND + RULER + 30);
        setPrefHeight(WRITES_TOP + 2 * BAND + RULER + 30);
    }

    void show(ChunkMap map, String writesLabel, String readsLabel) {
        this.map = map;
        this.writesLabel = writesLabel;
        this.readsLabel = readsLabel;
        draw();
    }

    /** Zoom 1 fits every byte; 2 shows half, and so on; scroll is 0..1 across what does not fit. */
    void view(double zoom, double scroll) {
        this.zoom = Math.max(1, zoom);
        this.scroll = Math.max(0, Math.min(1, scroll));
        draw();
    }

    Canvas canvas() {
        return canvas;
    }

    private double pxPerByte() {
        double w = canvas.getWidth() - 2 * PAD;
        return map.span() == 0 ? 1 : w * zoom / map.span();
    }

    private double xOf(long offset) {
        double total = map.span() * pxPerByte();
        double hidden = Math.max(0, total - (canvas.getWidth() - 2 * PAD));
        return PAD + (offset - map.from()) * pxPerByte() - hidden * scroll;
    }

    void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 20 || h < 20) {
            return;
        }
        boolean dark = theme.get() == Theme.DARK;
        Color bg = dark ? Color.web("#0d1117") : Color.WHITE;
        Color fg = dark ? Color.web("#e6edf3") : Color.web("#1f2328");
        Color muted = dark ? Color.web("#8b949e") : Color.web("#656d76");
        Color[] out = dark ? new Color[] {Color.web("#7c2d12"), Color.web("#713f12")} : new Color[] {Color.web("#ffedd5"), Color.web("#fef3c7")};
        Color outEdge = dark ? Color.web("#fb923c") : Color.web("#c2410c");
        Color[] in = dark ? new Color[] {Color.web("#1e3a8a"), Color.web("#312e81")} : new Color[] {Color.web("#dbeafe"), Color.web("#e0e7ff")};
        Color inEdge = dark ? Color.web("#60a5fa") : Color.web("#1d4ed8");
        Color mark = dark ? Color.web("#f85149") : Color.web("#cf222e");

        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(bg);
        g.fillRect(0, 0, w, h);
        Font small = Font.font("DejaVu Sans", 11 * textScale.get());
        Font bold = Font.font("DejaVu Sans", javafx.scene.text.FontWeight.BOLD, 11 * textScale.get());
        g.setFont(small);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(muted);
        g.fillText(writesLabel, PAD, WRITES_TOP / 2);
        double readsTop = WRITES_TOP + BAND + RULER;
        g.fillText(readsLabel, PAD, readsTop + BAND + 12);
        if (map.writes().isEmpty() && map.reads().isEmpty()) {
            return;
        }
        // writes
        for (int i = 0; i < map.writes().size(); i++) {
            Chunk c = map.writes().get(i);
            double x1 = xOf(c.offset());
            double x2 = xOf(c.end());
            if (x2 < 0 || x1 > w) {
                continue;
            }
            g.setFill(out[i % 2]);
            g.fillRect(x1, WRITES_TOP, Math.max(1, x2 - x1), BAND);
            g.setStroke(outEdge);
            g.setLineWidth(1);
            g.strokeRect(x1 + 0.5, WRITES_TOP + 0.5, Math.max(1, x2 - x1 - 1), BAND - 1);
            if (map.isSplit(i)) {
                g.setStroke(mark);
                for (double x = x1; x < x2; x += 7) {
                    g.strokeLine(x, WRITES_TOP + BAND, Math.min(x2, x + 7), WRITES_TOP + BAND - 7);
                }
            }
            label(g, x1, x2, WRITES_TOP + BAND / 2, "w" + (i + 1) + " · " + c.size() + " B"
                    + (map.isSplit(i) ? " · split ×" + map.readsPerWrite()[i] : ""), fg, map.isSplit(i) ? bold : small);
        }
        // ruler
        double rulerY = WRITES_TOP + BAND + RULER / 2;
        g.setStroke(muted);
        g.setLineWidth(1);
        g.strokeLine(Math.max(PAD, xOf(map.from())), rulerY, Math.min(w - PAD, xOf(map.to())), rulerY);
        long step = niceStep(map.span() / Math.max(1, zoom), (w - 2 * PAD) / 70);
        g.setFont(small);
        g.setFill(muted);
        g.setTextAlign(TextAlignment.CENTER);
        for (long b = (map.from() / step) * step; b <= map.to(); b += step) {
            double x = xOf(b);
            if (x < PAD - 1 || x > w - PAD + 1) {
                continue;
            }
            g.strokeLine(x, rulerY - 3, x, rulerY + 3);
            g.fillText(String.format(Locale.ROOT, "%d", b), x, rulerY + 9);
        }
        g.setTextAlign(TextAlignment.LEFT);
        // reads
        for (int i = 0; i < map.reads().size(); i++) {
            Chunk c = map.reads().get(i);
            double x1 = xOf(c.offset());
            double x2 = xOf(c.end());
            if (x2 < 0 || x1 > w) {
                continue;
            }
            g.setFill(in[i % 2]);
            g.fillRect(x1, readsTop, Math.max(1, x2 - x1), BAND);
            boolean merge = map.isMerge(i);
            g.setStroke(merge ? mark : inEdge);
            g.setLineWidth(merge ? 2.5 : 1);
            g.strokeRect(x1 + 1, readsTop + 1, Math.max(1, x2 - x1 - 2), BAND - 2);
            label(g, x1, x2, readsTop + BAND / 2, "r" + (i + 1) + " · " + c.size() + " B"
                    + (merge ? " · merge ×" + map.writesPerRead()[i] : ""), fg, merge ? bold : small);
        }
        // where writes were glued together inside a read
        g.setStroke(mark);
        g.setLineWidth(1.5);
        g.setLineDashes(4, 3);
        for (long b : map.writeBoundariesInsideReads()) {
            double x = xOf(b);
            g.strokeLine(x, WRITES_TOP + BAND, x, readsTop + BAND);
        }
        g.setLineDashes();
        // bytes written, not read yet
        if (map.inFlight() > 0) {
            long readEnd = map.reads().isEmpty() ? map.from() : map.reads().get(map.reads().size() - 1).end();
            double x1 = xOf(readEnd);
            double x2 = xOf(readEnd + map.inFlight());
            g.setStroke(muted);
            g.setLineDashes(2, 3);
            g.strokeRect(x1 + 0.5, readsTop + 0.5, Math.max(1, x2 - x1 - 1), BAND - 1);
            g.setLineDashes();
            label(g, x1, x2, readsTop + BAND / 2, map.inFlight() + " B in flight", muted, small);
        }
    }

    private static void label(GraphicsContext g, double x1, double x2, double cy, String text, Color colour, Font font) {
        double room = x2 - x1 - 6;
        if (room < 14) {
            return;
        }
        g.setFont(font);
        g.setFill(colour);
        // a rough measure is enough: cut the label to what fits
        int fits = (int) (room / 6.2);
        String shown = text.length() <= fits ? text : fits > 3 ? text.substring(0, fits - 1) + "…" : "";
        g.fillText(shown, x1 + 4, cy);
    }

    private static long niceStep(double span, double ticks) {
        double want = span / Math.max(1, ticks);
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (step * m >= want) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }
}
