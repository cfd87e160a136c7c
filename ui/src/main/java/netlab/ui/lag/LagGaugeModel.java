package netlab.ui.lag;

import java.util.ArrayDeque;
import java.util.Locale;

/**
 * What the loop-lag gauge shows, from samples of the loop's lag: the highest figure of the last
 * {@value #HOLD_MILLIS} ms (so that a one-frame spike stays readable), how full the bar is on a
 * logarithmic scale from 1 ms to 5 s, and a level: fine, slow (over {@value #SLOW_MILLIS} ms, a
 * class would notice) or stalled (over {@value #STALLED_MILLIS} ms). No JavaFX: testable as it is.
 */
public final class LagGaugeModel {
    static final long HOLD_MILLIS = 2_000;
    static final long SLOW_MILLIS = 50;
    static final long STALLED_MILLIS = 250;
    private static final double MIN_MS = 1;
    private static final double MAX_MS = 5_000;

    public enum Level { FINE, SLOW, STALLED }

    private record Sample(long at, long lag) {
    }

    private final ArrayDeque<Sample> window = new ArrayDeque<>();
    private long shownNanos;

    /** One sample at {@code nowNanos} (monotonic) of {@code lagNanos}. */
    public void accept(long nowNanos, long lagNanos) {
        window.addLast(new Sample(nowNanos, lagNanos));
        long hold = HOLD_MILLIS * 1_000_000;
        while (!window.isEmpty() && nowNanos - window.peekFirst().at() > hold) {
            window.removeFirst();
        }
        long max = 0;
        for (Sample s : window) {
            max = Math.max(max, s.lag());
        }
        shownNanos = max;
    }

    public long shownNanos() {
        return shownNanos;
    }

    public Level level() {
        long ms = shownNanos / 1_000_000;
        return ms >= STALLED_MILLIS ? Level.STALLED : ms >= SLOW_MILLIS ? Level.SLOW : Level.FINE;
    }

    /** 0..1: how far along a log scale from 1 ms to 5 s. */
    public double fraction() {
        double ms = shownNanos / 1e6;
        if (ms <= MIN_MS) {
            return 0;
        }
        return Math.min(1, Math.log(ms / MIN_MS) / Math.log(MAX_MS / MIN_MS));
    }

    /** The figure: {@code 0.3 ms}, {@code 120 ms}, {@code 1.7 s}. */
    public String text() {
        return format(shownNanos);
    }

    public static String formatNanos(long nanos) {
        return format(nanos);
    }

    static String format(long nanos) {
        double ms = nanos / 1e6;
        if (ms < 10) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        if (ms < 1000) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        return String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }
}
