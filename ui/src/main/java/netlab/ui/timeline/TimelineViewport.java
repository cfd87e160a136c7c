package netlab.ui.timeline;

/**
 * The part of the timeline in sight, and the canvas's layout: the axis on top, the lag row under it
 * while there is lag, the lanes' names in a gutter on the left, then one row per lane. Holds the time
 * at the left edge, the zoom (nanoseconds per pixel), how the window follows the events and the first
 * lane row in sight, and turns times into x and lane rows into y and back. It holds no nodes: the view
 * moves it, the painter draws through it and the locator finds marks through it, so all three agree
 * on where everything is.
 */
final class TimelineViewport {
    static final double GUTTER = 200;
    static final double AXIS = 24;
    static final double LAG_ROW = 40;
    static final double LANE = 28;
    /** Room left of the right edge, so the last mark is not cut in half. */
    private static final double RIGHT_MARGIN = 12;
    private static final double MIN_NANOS_PER_PIXEL = 50;
    private static final double MAX_NANOS_PER_PIXEL = 1e9;

    private double width;
    private double height;
    private boolean lagRow;
    private int firstRow;
    private long start;
    private double nanosPerPixel = 100_000;
    private TimelineMode mode = TimelineMode.FIT;

    void resize(double newWidth, double newHeight) {
        width = newWidth;
        height = newHeight;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Whether the lag row is drawn: the lanes start under it. */
    void setLagRow(boolean shown) {
        lagRow = shown;
    }

    boolean hasLagRow() {
        return lagRow;
    }

    /** The index of the lane drawn in the first row (the vertical scroll position). */
    void setFirstRow(int row) {
        firstRow = row;
    }

    int firstRow() {
        return firstRow;
    }

    TimelineMode mode() {
        return mode;
    }

    void setMode(TimelineMode newMode) {
        mode = newMode;
    }

    /** The time at the left edge of the lanes (right of the gutter). */
    long start() {
        return start;
    }

    double nanosPerPixel() {
        return nanosPerPixel;
    }

    /** The width, in pixels, that shows time: the canvas less the gutter and a margin. */
    double timeWidth() {
        return Math.max(1, width - GUTTER - RIGHT_MARGIN);
    }

    /** The y of the first lane row: under the axis and, while there is lag, the lag row. */
    double lanesTop() {
        return AXIS + (lagRow ? LAG_ROW : 0);
    }

    /** How many lane rows fit under the axis and the lag row (at least one). */
    double rowsInSight() {
        return Math.max(1, (height - lanesTop()) / LANE);
    }

    double laneTop(int row) {
        return lanesTop() + (row - firstRow) * LANE;
    }

    /** The lane row at {@code y}, counting the rows scrolled away; -1 above the lanes. */
    int rowAt(double y) {
        if (y < lanesTop()) {
            return -1;
        }
        return (int) Math.floor((y - lanesTop()) / LANE) + firstRow;
    }

    double xOf(long nanos) {
        return GUTTER + (nanos - start) / nanosPerPixel;
    }

    long timeAt(double x) {
        return start + Math.round((x - GUTTER) * nanosPerPixel);
    }

    /** Puts {@code nanos} at the left edge. */
    void scrollTo(long nanos) {
        start = nanos;
    }

    /** Moves the window by {@code pixels} (positive: towards earlier times). */
    void scrollBy(double pixels) {
        start -= Math.round(pixels * nanosPerPixel);
    }

    /** Zooms by {@code factor} (0.5: twice as close) keeping the time {@code atPixel} right of the gutter in place. */
    void zoom(double factor, double atPixel) {
        long at = start + Math.round(atPixel * nanosPerPixel);
        nanosPerPixel = Math.max(MIN_NANOS_PER_PIXEL, Math.min(MAX_NANOS_PER_PIXEL, nanosPerPixel * factor));
        start = at - Math.round(atPixel * nanosPerPixel);
    }

    /** Places the window on the events from {@code first} to {@code last} as the mode says: all of them, or the latest. */
    void follow(long first, long last) {
        if (mode == TimelineMode.FIT) {
            nanosPerPixel = Math.max(MIN_NANOS_PER_PIXEL, (last - first) * 1.04 / timeWidth());
            start = first - Math.round((last - first) * 0.02);
        } else if (mode == TimelineMode.FOLLOW) {
            start = last - Math.round(timeWidth() * 0.92 * nanosPerPixel);
        }
    }
}
