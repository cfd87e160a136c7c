package netlab.engine.loop;

/**
 * How late the loop runs what is due: for each timer, the time between when it was due and when
 * it ran; and, while an iteration runs, how long it has been running (a callback or a task step
 * that blocks shows here at once, before anything is late). Readable from any thread.
 */
public final class LoopLag {
    private static final long IDLE = Long.MIN_VALUE;

    private volatile long lastNanos;
    private volatile long lastAt = Long.MIN_VALUE;
    private volatile long maxNanos;
    private volatile long samples;
    private volatile long iterationStart = IDLE;

    void record(long lateNanos) {
        long late = Math.max(0, lateNanos);
        lastNanos = late;
        lastAt = System.nanoTime();
        if (late > maxNanos) {
            maxNanos = late;
        }
        samples++;
    }

    void iterationStarted(long nanoTime) {
        iterationStart = nanoTime;
    }

    void iterationEnded() {
        iterationStart = IDLE;
    }

    /** How late the last timer ran. */
    public long lastNanos() {
        return lastNanos;
    }

    /** The latest any timer ran since the loop started. */
    public long maxNanos() {
        return maxNanos;
    }

    /** Timers measured. */
    public long samples() {
        return samples;
    }

    /**
     * How long the iteration that runs now has been running; 0 while the loop waits for I/O or
     * timers. A blocked loop shows a figure that keeps growing.
     */
    public long stallNanos() {
        long start = iterationStart;
        return start == IDLE ? 0 : Math.max(0, System.nanoTime() - start);
    }

    /** What a gauge shows: the current stall while there is one, else how late the last timer ran. */
    public long currentNanos() {
        return Math.max(stallNanos(), lastNanos);
    }

    /**
     * Like {@link #currentNanos()}, but a timer measured longer ago than {@code windowNanos}
     * counts as no lag: an idle loop runs no timers, and an old figure would stay up for ever.
     */
    public long recentNanos(long windowNanos) {
        long at = lastAt;
        long last = at != Long.MIN_VALUE && System.nanoTime() - at <= windowNanos ? lastNanos : 0;
        return Math.max(stallNanos(), last);
    }
}
