package netlab.engine.splittest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import netlab.engine.net.HostPort;
import netlab.engine.net.Ports;

/**
 * How a split test runs. {@link #of} gives the defaults; the constructor checks every value.
 *
 * @param target     the server under test
 * @param framing    where its messages begin and end
 * @param maxCases   the most cases the grid runs (the shrunk case comes on top)
 * @param seed       where the random cases' sizes start: the same seed runs the same grid
 * @param exchangeTimeout how long the server may stay silent while responses are still due (a hang),
 *                   and how long connecting may take
 * @param gap        the pause between two writes, so that each arrives as a read of its own
 * @param pauseBeforeLastByte the long pause of the "delay before the last byte" case
 * @param settle     how long after the last expected byte the test waits for bytes that should not come
 * @param maxBytes   the most request bytes the whole run sends (cases, shrinking): past it the run stops
 * @param maxShrinkRuns the most runs the shrinking may take
 * @param recordTo   where the shrunk failure is saved as a recording; empty: not saved
 */
public record SplitTestOptions(HostPort target, Framing framing, int maxCases, long seed, Duration exchangeTimeout,
                               Duration gap, Duration pauseBeforeLastByte, Duration settle, long maxBytes, int maxShrinkRuns,
                               Optional<Path> recordTo) {
    public static final int DEFAULT_CASES = 64;
    public static final int MAX_CASES = 10_000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_SHRINK_RUNS = 200;

    public SplitTestOptions {
        Objects.requireNonNull(target, "target");
        Ports.checkConnect(target.port());
        Objects.requireNonNull(framing, "framing");
        if (maxCases < 1 || maxCases > MAX_CASES) {
            throw new IllegalArgumentException("cases must be 1.." + MAX_CASES + ", was " + maxCases);
        }
        within("timeout", exchangeTimeout, Duration.ofMillis(10), MAX_TIMEOUT);
        within("gap", gap, Duration.ZERO, Duration.ofSeconds(1));
        within("pause before the last byte", pauseBeforeLastByte, Duration.ZERO, Duration.ofSeconds(30));
        within("settle time", settle, Duration.ZERO, Duration.ofSeconds(10));
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the byte cap must be positive, was " + maxBytes);
        }
        if (maxShrinkRuns < 0 || maxShrinkRuns > 100_000) {
            throw new IllegalArgumentException("shrink runs must be 0..100000, was " + maxShrinkRuns);
        }
        Objects.requireNonNull(recordTo, "recordTo");
    }

    private static void within(String what, Duration d, Duration min, Duration max) {
        Objects.requireNonNull(d, what);
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException("the " + what + " must be " + min.toMillis() + ".." + max.toMillis() + " ms, was " + d.toMillis());
        }
    }

    /** The defaults against {@code target}: 64 cases, seed 1, 2 s per exchange, 2 ms between writes. */
    public static SplitTestOptions of(HostPort target, Framing framing) {
        return new SplitTestOptions(target, framing, DEFAULT_CASES, 1, DEFAULT_TIMEOUT, Duration.ofMillis(2),
                Duration.ofMillis(150), Duration.ofMillis(30), DEFAULT_MAX_BYTES, DEFAULT_SHRINK_RUNS, Optional.empty());
    }

    public SplitTestOptions withCases(int cases) {
        return new SplitTestOptions(target, framing, cases, seed, exchangeTimeout, gap, pauseBeforeLastByte, settle, maxBytes, maxShrinkRuns, recordTo);
    }

    public SplitTestOptions withSeed(long s) {
        return new SplitTestOptions(target, framing, maxCases, s, exchangeTimeout, gap, pauseBeforeLastByte, settle, maxBytes, maxShrinkRuns, recordTo);
    }

    public SplitTestOptions withTimeout(Duration t) {
        return new SplitTestOptions(target, framing, maxCases, seed, t, gap, pauseBeforeLastByte, settle, maxBytes, maxShrinkRuns, recordTo);
    }

    public SplitTestOptions withMaxBytes(long b) {
        return new SplitTestOptions(target, framing, maxCases, seed, exchangeTimeout, gap, pauseBeforeLastByte, settle, b, maxShrinkRuns, recordTo);
    }

    public SplitTestOptions withRecordTo(Path file) {
        return new SplitTestOptions(target, framing, maxCases, seed, exchangeTimeout, gap, pauseBeforeLastByte, settle, maxBytes, maxShrinkRuns,
                Optional.ofNullable(file));
    }

    /** Reads {@code --framing}: {@link Framing#SYNTAX}. */
    public static Framing framing(String spec) {
        return Framing.parse(spec);
    }
}
