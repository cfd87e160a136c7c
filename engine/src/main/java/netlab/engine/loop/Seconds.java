package netlab.engine.loop;

import java.util.Locale;

/** Seconds as a class reads them in a call: {@code sleep(1)}, {@code sleep(0.5)}, {@code call_later(0.001)}. */
final class Seconds {
    private Seconds() {
    }

    static String format(double seconds) {
        if (seconds == Math.rint(seconds) && Math.abs(seconds) < 1e15) {
            return Long.toString((long) seconds);
        }
        String s = String.format(Locale.ROOT, "%.6f", seconds);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }
}
