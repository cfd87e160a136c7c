package netlab.ui.pump;

import java.util.Locale;

/**
 * Gaps between frames and the time the pump spent in each, for judging whether the UI stayed
 * smooth. Gaps are kept in a 1 ms histogram up to {@link #MAX_TRACKED_MS}; longer ones count in
 * its last bucket and in {@link Snapshot#maxGapMillis()}. Written by the FX thread, read by
 * whoever reports, hence synchronized.
 */
public final class FrameStats {
    public static final int MAX_TRACKED_MS = 2_000;
    /** A gap longer than two frames at 60 Hz: the window visibly missed a beat. */
    public static final int LONG_GAP_MS = 33;
    private static final int TRACKED_SECONDS = 3_600;

    private final long[] gapHistogram = new long[MAX_TRACKED_MS + 1];
    /** Long gaps by the second (since the first frame) they ended in, to tell warm-up from steady state. */
    private final int[] longGapsBySecond = new int[TRACKED_SECONDS];
    private long frames;
    private long firstFrameNanos = -1;
    private long lastFrameNanos = -1;
    private long maxGapNanos;
    private long sumGapNanos;
    private long maxWorkNanos;
    private long sumWorkNanos;
    private long events;

    /** A frame began at {@code nowNanos}. */
    synchronized void frame(long nowNanos) {
        if (lastFrameNanos >= 0) {
            long gap = nowNanos - lastFrameNanos;
            maxGapNanos = Math.max(maxGapNanos, gap);
            sumGapNanos += gap;
            gapHistogram[(int) Math.min(MAX_TRACKED_MS, gap / 1_000_000)]++;
            if (gap > LONG_GAP_MS * 1_000_000L) {
                longGapsBySecond[(int) Math.min(TRACKED_SECONDS - 1, (nowNanos - firstFrameNanos) / 1_000_000_000L)]++;
            }
        } else {
            firstFrameNanos = nowNanos;
        }
        lastFrameNanos = nowNanos;
        frames++;
    }

    /** The pump handled {@code count} events in {@code nanos} during this frame. */
    synchronized void work(long nanos, int count) {
        maxWorkNanos = Math.max(maxWorkNanos, nanos);
        sumWorkNanos += nanos;
        events += count;
    }

    public synchronized Snapshot snapshot() {
        long gaps = Math.max(0, frames - 1);
        return new Snapshot(frames, events,
                gaps == 0 ? 0 : sumGapNanos / 1e6 / gaps,
                percentile(gaps, 0.50), percentile(gaps, 0.99),
                maxGapNanos / 1e6,
                frames == 0 ? 0 : sumWorkNanos / 1e6 / frames,
                maxWorkNanos / 1e6);
    }

    /** "second:count" for each second that had gaps over {@link #LONG_GAP_MS}, in order; empty if none. */
    public synchronized String longGapsBySecond() {
        StringBuilder out = new StringBuilder();
        for (int second = 0; second < TRACKED_SECONDS; second++) {
            if (longGapsBySecond[second] > 0) {
                out.append(out.isEmpty() ? "" : " ").append(second).append(':').append(longGapsBySecond[second]);
            }
        }
        return out.toString();
    }

    private double percentile(long gaps, double q) {
        if (gaps == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(q * gaps);
        long seen = 0;
        for (int ms = 0; ms < gapHistogram.length; ms++) {
            seen += gapHistogram[ms];
            if (seen >= rank) {
                return ms + 1;
            }
        }
        return MAX_TRACKED_MS;
    }

    /**
     * @param p50GapMillis upper edge of the 1 ms bucket holding the median gap
     * @param p99GapMillis likewise for the 99th percentile
     */
    public record Snapshot(long frames, long events, double meanGapMillis, double p50GapMillis,
                           double p99GapMillis, double maxGapMillis, double meanWorkMillis, double maxWorkMillis) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%d frames, %d events; frame gap mean %.1f ms, p50 <= %.0f ms, p99 <= %.0f ms, max %.1f ms;"
                            + " pump work mean %.2f ms, max %.1f ms",
                    frames, events, meanGapMillis, p50GapMillis, p99GapMillis, maxGapMillis, meanWorkMillis, maxWorkMillis);
        }
    }
}
