package netlab.ui.timeline;

import java.util.Locale;

/** Nice tick steps and labels for a time axis in nanoseconds. */
final class TimeAxis {
    private TimeAxis() {
    }

    /** The smallest step of 1, 2 or 5 × 10^k ns that puts ticks at least {@code minPixels} apart. */
    static long step(double nanosPerPixel, double minPixels) {
        double want = nanosPerPixel * minPixels;
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (step * m >= want) {
                    return step * m;
                }
            }
            if (step > Long.MAX_VALUE / 100) {
                return step;
            }
            step *= 10;
        }
    }

    /** A tick's label: seconds since the run began (negative before it), with as many decimals as the step needs. */
    static String label(long nanos, long step) {
        double seconds = nanos / 1e9;
        if (step >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (step >= 1_000_000L) {
            int decimals = step >= 100_000_000L ? 1 : step >= 10_000_000L ? 2 : 3;
            return String.format(Locale.ROOT, "%." + decimals + "f s", seconds);
        }
        double millis = nanos / 1e6;
        int decimals = step >= 100_000L ? 1 : step >= 10_000L ? 2 : 3;
        return String.format(Locale.ROOT, "%." + decimals + "f ms", millis);
    }

    /** A duration for people: 850 µs, 12.3 ms, 1.20 s. */
    static String duration(long nanos) {
        if (nanos >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
        }
        if (nanos >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%d µs", nanos / 1_000);
    }
}
