package netlab.engine.fuzz;

import java.time.Duration;
import java.util.Random;

/**
 * A seeded fuzz and property harness, written for NetLab (no library): case {@code i} of a run
 * with seed {@code S} draws from {@code new Random(S + i)}, so a failure names its seed and
 * case, and {@code -Dnetlab.seed=S -Dnetlab.case=i} replays exactly that case. Each run is
 * bounded in cases and in time; {@code -Dnetlab.fuzz.scale=N} multiplies the cases (the stress
 * command runs it at 20).
 */
public final class Fuzz {
    private Fuzz() {
    }

    /** One case: what it was given is said by {@link #toString()} of what it throws, with the seed added. */
    @FunctionalInterface
    public interface Case {
        void run(Random random, int index) throws Exception;
    }

    /** Runs up to {@code cases} cases (times the scale) within {@code budget}; returns how many ran. */
    public static int run(String name, int cases, Duration budget, Case body) {
        long seed = Long.getLong("netlab.seed", System.nanoTime());
        Integer only = Integer.getInteger("netlab.case");
        int total = cases * Integer.getInteger("netlab.fuzz.scale", 1);
        long deadline = System.nanoTime() + budget.toNanos() * Integer.getInteger("netlab.fuzz.scale", 1);
        int ran = 0;
        for (int i = only != null ? only : 0; i < (only != null ? only + 1 : total); i++) {
            if (System.nanoTime() > deadline) {
                break;
            }
            try {
                body.run(new Random(seed + i), i);
            } catch (Throwable t) {
                throw new AssertionError(name + " failed at case " + i + " of seed " + seed + " (replay: -Dnetlab.seed=" + seed
                        + " -Dnetlab.case=" + i + "): " + t, t);
            }
            ran++;
        }
        System.out.printf("%s: %d cases, seed %d (replay: -Dnetlab.seed=%d)%n", name, ran, seed, seed);
        return ran;
    }

    /** Text that trips decoders: escapes, hex digits, separators, quotes, non-ASCII, surrogates (paired and lone). */
    public static String nastyText(Random r, int maxLength) {
        String[] atoms = {"\\", "\\\\", "\\x", "\\x4", "\\x41", "\\xg", "\\0", "\\07", "\\377", "\\400", "\\n", "\\'", "\\\"",
                "\\u0041", "\\q", "0x", "0X", "ab", "AB", "fF", "1", " ", ":", "-", ",", "\n", "\t", "'", "\"", "é", "€",
                "\u0663", "\uFF10", "\ud83d\ude00", "\ud800", "\udc00", "\u0000", "chunk", "exactly", "until", "line", ":",
                "%", "{", "}", "${x}", "$(touch x)", "`id`", ";", "|"};
        StringBuilder out = new StringBuilder();
        int n = r.nextInt(maxLength + 1);
        while (out.length() < n) {
            if (r.nextInt(4) == 0) {
                out.append((char) r.nextInt(0x3000));
            } else {
                out.append(atoms[r.nextInt(atoms.length)]);
            }
        }
        return out.toString();
    }

    public static byte[] bytes(Random r, int maxLength) {
        byte[] b = new byte[r.nextInt(maxLength + 1)];
        r.nextBytes(b);
        return b;
    }
}
