package netlab.ui.panes;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many panes may redraw their text in one frame. Appending lines to a text area is cheap; the
 * CSS and layout of the new cells that follows in the same pulse is not, and under a flood every
 * pane in sight has new lines every frame. So panes ask here, and when frames run long the number
 * of panes redrawn per frame is halved (never below one); the others wait their turn, oldest
 * request first, and catch up in one step. When frames are quick again the limit grows back.
 *
 * <p>A pane's own lines also redraw at most once every {@link #PACE_NANOS} ({@link #requestPaced}):
 * under a flood a pane in sight has ~80 new lines a frame, and every redraw that scrolls to its end
 * makes a new RichTextFX cell (nodes, CSS, text layout) for each line then in sight, though no one
 * reads 60 screens of lines a second. Redrawn ten times a second, the pane appends the lines of six
 * frames at once and makes its cells once. A lone line after a quiet spell still shows at once.
 *
 * <p>The limit and the pace only work from frame times the window's timer reports ({@link #frame});
 * until a frame is slow, or where no timer reports (a test driving frames by hand), a pane redraws
 * at once when it asks. FX thread only.
 */
public final class PaneSyncBudget {
    /** A frame slower than this makes the next ones redraw fewer panes. */
    static final long SLOW_FRAME_NANOS = 24_000_000;
    /** A frame quicker than this lets one more pane redraw per frame. */
    static final long QUICK_FRAME_NANOS = 16_000_000;
    /** A gap this long is the window idling or a pause, not a slow frame. */
    private static final long IDLE_GAP_NANOS = 1_000_000_000;
    /** A paced redraw runs at most this often (frame time): ten times a second. */
    static final long PACE_NANOS = 100_000_000;

    private final Set<Runnable> waiting = new LinkedHashSet<>();
    /** Paced redraws asked for too soon after their last run, until their time comes. */
    private final Set<Runnable> resting = new LinkedHashSet<>();
    /** Paced redraws: the frame time of their last run (none yet: absent or {@link Long#MIN_VALUE}). */
    private final Map<Runnable, Long> lastRun = new HashMap<>();
    private int limit = Integer.MAX_VALUE;
    private int redrawnThisFrame;
    private int redrawnLastFrame;
    private long lastFrame = -1;

    /**
     * Runs {@code redraw} now while frames are quick; otherwise it waits for this frame's
     * {@link #flush}, or a later one.
     */
    public void request(Runnable redraw) {
        if (limit == Integer.MAX_VALUE && waiting.isEmpty()) {
            run(redraw);
        } else {
            waiting.add(redraw);
        }
    }

    /**
     * As {@link #request}, but not sooner than {@link #PACE_NANOS} after {@code redraw} last ran:
     * asked for earlier, it rests until a frame at or past that time ({@link #flush}), then takes
     * its turn. Many requests while it rests make one redraw.
     */
    public void requestPaced(Runnable redraw) {
        Long last = lastRun.putIfAbsent(redraw, Long.MIN_VALUE);
        if (lastFrame >= 0 && last != null && last != Long.MIN_VALUE && lastFrame - last < PACE_NANOS) {
            resting.add(redraw);
        } else if (!resting.contains(redraw)) {
            request(redraw);
        }
    }

    /** Drops a pane's request (the pane went away). */
    public void cancel(Runnable redraw) {
        waiting.remove(redraw);
        resting.remove(redraw);
        lastRun.remove(redraw);
    }

    /** Runs the waiting redraws this frame's limit allows, oldest first, the paced ones whose time came among them. */
    public void flush() {
        Iterator<Runnable> due = resting.iterator();
        while (due.hasNext()) {
            Runnable redraw = due.next();
            if (lastFrame - lastRun.get(redraw) >= PACE_NANOS) {
                due.remove();
                waiting.add(redraw);
            }
        }
        Iterator<Runnable> it = waiting.iterator();
        while (it.hasNext() && redrawnThisFrame < limit) {
            Runnable redraw = it.next();
            it.remove();
            run(redraw);
        }
    }

    private void run(Runnable redraw) {
        redrawnThisFrame++;
        lastRun.computeIfPresent(redraw, (r, last) -> lastFrame);
        redraw.run();
    }

    /** A frame of the window's timer begins at {@code now} (nanoseconds); adapts the limit to the last frame's length. */
    public void frame(long now) {
        if (lastFrame >= 0) {
            long gap = now - lastFrame;
            if (gap < IDLE_GAP_NANOS) {
                adapt(gap);
            }
        }
        lastFrame = now;
        redrawnLastFrame = redrawnThisFrame;
        redrawnThisFrame = 0;
    }

    private void adapt(long gap) {
        if (gap > SLOW_FRAME_NANOS && redrawnThisFrame > 1) {
            limit = Math.max(1, redrawnThisFrame / 2);
        } else if (gap < QUICK_FRAME_NANOS && limit != Integer.MAX_VALUE) {
            limit = waiting.isEmpty() && redrawnThisFrame < limit ? Integer.MAX_VALUE : limit + 1;
        }
    }

    /** Panes redrawn per frame at most now; {@link Integer#MAX_VALUE} when frames are quick. */
    public int limit() {
        return limit;
    }

    /** Panes waiting for their turn to redraw. */
    public int waiting() {
        return waiting.size();
    }

    int redrawnLastFrame() {
        return redrawnLastFrame;
    }
}
