package netlab.engine.loop;

/**
 * How late the loop runs what is due: for each timer, the time between when it was due and when
 * it ran. A loop that some callback blocks shows it here first.
 */
public final class LoopLag {
    private volatile long lastNanos;
    private volatile long maxNanos;
    private volatile long samples;

    void record(long lateNanos) {
        long late = Math.max(0, lateNanos);
        lastNanos = late;
        if (late > maxNanos) {
            maxNanos = late;
        }
        samples++;
    }

    public long lastNanos() {
        return lastNanos;
    }

    public long maxNanos() {
        return maxNanos;
    }

    public long samples() {
        return samples;
    }
}
