package netlab.perf.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The comparison as one table: each server's req/s and CPU per request, as ratios to a baseline server. */
final class Report {
    private Report() {
    }

    static String table(List<Measurement> results, String baseline) {
        Map<String, Measurement> base = new LinkedHashMap<>();
        for (Measurement m : results) {
            if (m.server().equals(baseline)) {
                base.put(key(m), m);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "| %-21s | %6s | %5s | %10s | %8s | %9s | %9s | %7s |%n",
                "server", "size", "conns", "req/s", "× " + shortName(baseline), "µs CPU/req", "× CPU", "p99 µs"));
        out.append("|-----------------------|--------|-------|------------|----------|-----------|-----------|---------|\n");
        for (Measurement m : results) {
            Measurement b = base.get(key(m));
            String rpsRatio = b == null || b.rps() == 0 ? "" : String.format(Locale.ROOT, "%.2f", m.rps() / b.rps());
            String cpuRatio = b == null ? "" : String.format(Locale.ROOT, "%.2f", m.cpuMicrosPerRequest() / b.cpuMicrosPerRequest());
            out.append(String.format(Locale.ROOT, "| %-21s | %6d | %5d | %10.0f | %8s | %9.2f | %9s | %7.0f |%s%n",
                    m.server(), m.size(), m.connections(), m.rps(), rpsRatio, m.cpuMicrosPerRequest(), cpuRatio, m.p99Micros(),
                    m.errors() + m.mismatches() > 0 ? " errors " + m.errors() + ", mismatches " + m.mismatches() : ""));
        }
        return out.toString();
    }

    private static String key(Measurement m) {
        return m.size() + "/" + m.connections();
    }

    private static String shortName(String baseline) {
        return baseline.replace("netty-", "netty ");
    }
}
