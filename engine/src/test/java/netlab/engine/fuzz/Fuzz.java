package netlab.engine.fuzz;

import java.time.Duration;
import java.util.Random;

/**
 * A seeded fuzz and property harness, written for NetLab (no library): case {@code i} of a run
 * with seed {@code S} draws from {@code new Random(S + i)}, so a failure names its seed and
 * case, and {@code -Dnetlab.seed=S -Dnetlab.case=i} replays exactly that case. In CI
 * ({@code CI=true}) the seed is fixed, so a run repeats; on a developer's machine it is fresh each
 * run, and printed. {@code -Dnetlab.fuzz.scale=N} multiplies the cases (the stress command runs
 * it at 20).
 *
 * <p>A run always says how many cases ran, and fails when fewer than its minimum did: a busy
 * machine may cut a run short of its cases once its time budget is spent, but never below the
 * minimum (a fifth of the cases), which runs whatever the budget says, bounded by ten budgets.
 */
public final class Fuzz {
    /** The seed of every CI run (CI=true) that is not given one. */
    public static final long CI_SEED = 20_180_018L;

    private Fuzz() {
    }

    /** One case: what it was given is said by {@link #toString()} of what it throws, with the seed added. */
    @FunctionalInterface
    public interface Case {
        void run(Random random, int index) throws Exception;
    }

    /** Runs up to {@code cases} cases (times the scale) within {@code budget}, at least a fifth of them; returns how many ran. */
    public static int run(String name, int cases, Duration budget, Case body) {
        int scale = Integer.getInteger("netlab.fuzz.scale", 1);
        return run(name, cases * scale, Math.max(1, cases * scale / 5), budget.multipliedBy(scale), body);
    }

    /** Runs up to {@code cases} cases within {@code budget}, failing unless at least {@code minimum} ran; returns how many ran. */
    public static int run(String name, int cases, int minimum, Duration budget, Case body) {
        Long given = Long.getLong("netlab.seed");
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        long seed = given != null ? given : ci ? CI_SEED : System.nanoTime();
        String whose = given != null ? "given" : ci ? "fixed in CI" : "fresh";
        Integer only = Integer.getInteger("netlab.case");
        int first = only != null ? only : 0;
        int end = only != null ? only + 1 : cases;
        int atLeast = only != null ? 1 : minimum;
        long started = System.nanoTime();
        long soft = started + budget.toNanos();
        long hard = started + budget.toNanos() * 10;
        int ran = 0;
        for (int i = first; i < end; i++) {
            long now = System.nanoTime();
            if (now > hard || now > soft && ran >= atLeast) {
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
        System.out.printf("%s: %d of %d cases (at least %d) in %.1f s, seed %d %s (replay: -Dnetlab.seed=%d)%n", name, ran,
                end - first, atLeast, (System.nanoTime() - started) / 1e9, seed, whose, seed);
        if (ran < atLeast) {
            throw new AssertionError(name + ": only " + ran + " cases ran in " + budget.multipliedBy(10) + ", fewer than its minimum of "
                    + atLeast + " (seed " + seed + ")");
        }
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
