package netlab.engine.load;

/**
 * One interval of a running load (twice a second): for live charts and a progress bar.
 *
 * @param elapsedSeconds since the run started (warm-up included)
 * @param measuring      false during the warm-up
 * @param connected      connections up
 * @param requestsPerSecond and {@code mibPerSecond} over this interval
 * @param p99Micros      this interval's 99th percentile latency (pingpong)
 * @param fraction       how far the run is, 0..1
 */
public record LoadProgress(double elapsedSeconds, boolean measuring, int connected, double requestsPerSecond,
                           double mibPerSecond, long p50Micros, long p99Micros, long errors, long mismatches, double fraction) {
}
