package netlab.engine.load;

/**
 * What a load run measured. Latencies are in microseconds (pingpong only; 0 in stream mode).
 * {@code mismatches} counts echoes whose bytes were not the ones sent: anything but 0 is a bug
 * in the server (or the network).
 */
public record LoadResult(LoadSpec spec, double seconds, long requests, long bytes, double requestsPerSecond,
                         double mibPerSecond, long p50Micros, long p90Micros, long p99Micros, long p999Micros,
                         long maxMicros, long errors, long mismatches, String firstError) {

    /** One JSON object, the same fields the C load client prints, for scripts and the harness. */
    public String toJson() {
        return String.format(java.util.Locale.ROOT,
                "{\"client\": \"netlab\", \"mode\": \"%s\", \"connections\": %d, \"size\": %d, \"seconds\": %.3f, "
                        + "\"requests\": %d, \"rps\": %.1f, \"mib_s\": %.2f, \"p50_us\": %d, \"p90_us\": %d, \"p99_us\": %d, "
                        + "\"p999_us\": %d, \"max_us\": %d, \"errors\": %d, \"mismatches\": %d%s}",
                spec.mode().name().toLowerCase(java.util.Locale.ROOT), spec.connections(), spec.size(), seconds, requests,
                requestsPerSecond, mibPerSecond, p50Micros, p90Micros, p99Micros, p999Micros, maxMicros, errors, mismatches,
                firstError == null ? "" : ", \"first_error\": \"" + firstError.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }
}
