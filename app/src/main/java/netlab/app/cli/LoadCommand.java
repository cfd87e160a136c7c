package netlab.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import netlab.engine.net.HostPort;
import netlab.engine.net.Ports;
import netlab.engine.load.LoadMode;
import netlab.engine.load.LoadProgress;
import netlab.engine.load.LoadResult;
import netlab.engine.load.LoadRun;
import netlab.engine.load.LoadSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "load", sortOptions = false,
        description = {"Load an echo server: many connections, every echo checked byte for byte;",
                "prints requests/s, MiB/s and latency percentiles (HdrHistogram)."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Server address (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", required = true, description = "Server port.")
    int port;

    @Option(names = {"-c", "--connections"}, defaultValue = "50", description = "Connections at once (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = {"-s", "--size"}, defaultValue = "1024", description = "Bytes per message (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = {"-d", "--duration"}, defaultValue = "10", paramLabel = "SECONDS", description = "Measured time (default: ${DEFAULT-VALUE}).")
    double durationSeconds;

    @Option(names = {"-w", "--warmup"}, defaultValue = "2", paramLabel = "SECONDS", description = "Unmeasured time first (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = {"-m", "--mode"}, defaultValue = "pingpong", paramLabel = "pingpong|stream",
            description = "pingpong: one message in flight per connection, latency per request (default); stream: a window in flight, throughput.")
    String mode;

    @Option(names = "--threads", defaultValue = "1", description = "Event-loop threads of the generator (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--json", description = "Print one JSON object (the fields of the C load client) instead of a table.")
    boolean json;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show progress on stderr (default: on; --no-progress to hide).")
    boolean showProgress;

    @Override
    public Integer call() throws Exception {
        LoadSpec load;
        try {
            load = LoadSpec.builder().target(new HostPort(host, Ports.checkConnect(port))).connections(connections).size(size)
                    .duration(seconds(durationSeconds)).warmup(seconds(warmupSeconds)).mode(LoadMode.parse(mode))
                    .threads(threads).build();
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadRun run = LoadRun.start(load, showProgress ? p -> progress(err, p) : null);
        LoadResult result;
        try {
            long limit = (long) ((durationSeconds + warmupSeconds) * 1000) + 30_000;
            result = run.result().get(limit, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            err.println("netlab load: " + e.getCause().getMessage());
            return ExitCodes.FAILED;
        } catch (java.util.concurrent.TimeoutException e) {
            run.stop();
            err.println("netlab load: the run did not end in time");
            return ExitCodes.FAILED;
        }
        if (showProgress) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
        if (json) {
            out.println(result.toJson());
        } else {
            print(out, result);
        }
        out.flush();
        if (result.mismatches() > 0) {
            err.println("netlab load: " + result.mismatches() + " echoes were not the bytes sent");
            return ExitCodes.FAILED;
        }
        if (result.requests() == 0) {
            err.println("netlab load: no request completed" + (result.firstError() == null ? "" : ": " + result.firstError()));
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    private static Duration seconds(double s) {
        if (Double.isNaN(s) || s < 0 || s > 3600) {
            throw new IllegalArgumentException("a time must be 0 to 3600 seconds, was " + s);
        }
        return Duration.ofNanos((long) (s * 1e9));
    }

    private static void progress(PrintWriter err, LoadProgress p) {
        int width = 30;
        int done = (int) Math.round(p.fraction() * width);
        err.printf(Locale.ROOT, "\r[%s%s] %5.1f s %s %6d conns %10.0f req/s %8.1f MiB/s p99 %6d µs%s",
                "#".repeat(done), ".".repeat(width - done), p.elapsedSeconds(), p.measuring() ? "measure" : "warm-up",
                p.connected(), p.requestsPerSecond(), p.mibPerSecond(), p.p99Micros(),
                p.errors() + p.mismatches() > 0 ? "  errors " + p.errors() + " mismatches " + p.mismatches() : "");
        err.flush();
    }

    private static void print(PrintWriter out, LoadResult r) {
        LoadSpec s = r.spec();
        out.printf(Locale.ROOT, "target       %s, %s, %d connections, %d-byte messages, %.1f s measured%n",
                s.target(), s.mode().name().toLowerCase(Locale.ROOT), s.connections(), s.size(), r.seconds());
        out.printf(Locale.ROOT, "requests/s   %.0f  (%d requests)%n", r.requestsPerSecond(), r.requests());
        out.printf(Locale.ROOT, "throughput   %.2f MiB/s echoed%n", r.mibPerSecond());
        if (s.mode() == LoadMode.PINGPONG) {
            out.printf(Locale.ROOT, "latency µs   p50 %d  p90 %d  p99 %d  p99.9 %d  max %d%n",
                    r.p50Micros(), r.p90Micros(), r.p99Micros(), r.p999Micros(), r.maxMicros());
        }
        out.printf(Locale.ROOT, "errors       %d%s%n", r.errors(), r.firstError() == null ? "" : " (first: " + r.firstError() + ")");
        out.printf(Locale.ROOT, "echo check   %s%n", r.mismatches() == 0 ? "every byte as sent (" + r.bytes() + " bytes checked)"
                : r.mismatches() + " reads differ from what was sent");
    }
}
