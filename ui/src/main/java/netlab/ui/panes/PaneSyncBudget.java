package netlab.ui.panes;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How many panes may redraw their text in one frame. Appending lines to a text area is cheap; the
 * CSS and layout of the new cells that follows in the same pulse is not, and under a flood every
 * pane in sight has new lines every frame. So panes ask here, and when frames run long the number
 * of panes redrawn per frame is halved (never below one); the others wait their turn, oldest
 * request first, and catch up in one step. When frames are quick again the limit grows back.
 *
 * <p>The limit only changes from frame times the window's timer reports ({@link #frame}); until a
 * frame is slow, or where no timer reports (a test driving frames by hand), a pane redraws at once
 * when it asks. FX thread only.
 */
public final class PaneSyncBudget {
    /** A frame slower than this makes the next ones redraw fewer panes. */
    static final long SLOW_FRAME_NANOS = 24_000_000;
    /** A frame quicker than this lets one more pane redraw per frame. */
    static final long QUICK_FRAME_NANOS = 16_000_000;
    /** A gap this long is the window idling or a pause, not a slow frame. */
    private static final long IDLE_GAP_NANOS = 1_000_000_000;

    private final Set<Runnable> waiting = new LinkedHashSet<>();
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
            redrawnThisFrame++;
            redraw.run();
        } else {
            waiting.add(redraw);
        }
    }

    /** Drops a pane's request (the pane went away). */
    public void cancel(Runnable redraw) {
        waiting.remove(redraw);
    }

    /** Runs the waiting redraws this frame's limit allows, oldest first. */
    public void flush() {
        Iterator<Runnable> it = waiting.iterator();
        while (it.hasNext() && redrawnThisFrame < limit) {
            Runnable redraw = it.next();
            it.remove();
            redrawnThisFrame++;
            redraw.run();
        }
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
