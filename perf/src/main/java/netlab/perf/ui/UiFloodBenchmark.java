package netlab.perf.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.stage.Stage;
import netlab.engine.net.HostPort;
import netlab.engine.lab.Lab;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.load.LoadResult;
import netlab.engine.load.LoadRun;
import netlab.engine.load.LoadSpec;
import netlab.engine.event.EventSubscription;
import netlab.ui.LabWindow;
import netlab.ui.pump.FrameStats;

/**
 * The lab window under load, in a real window (run it under Xvfb when there is no display):
 *
 * <pre>
 * flood:       RATE events/s of connection traffic published into the lab for SECONDS; reports
 *              frame gaps (p50, p99, max), events shown and elided, and the heap after GC.
 * connections: N real connections to an echo server of the lab, loaded for SECONDS while the
 *              window shows the bench tree and the panes; reports frame gaps and requests/s.
 * churn:       ROUNDS load runs of N new connections for SECONDS each; reports the heap after a
 *              full GC after each round, and how much it grew a round over the last half.
 * </pre>
 * {@code perf/ui-flood [flood|connections|churn] [--rate 200000] [--seconds 60] [--connections 10000] [--settle 0] [--rounds 20] [--view ID]}
 * <p>{@code --view ID}: the centre view shown during the run ({@code panes}, the default, {@code timeline}, {@code chunks}, ...).
 * <p>{@code --settle S}: the flood's frame gaps and the FX thread's CPU counted from S seconds into
 * the flood, so that the JIT's warm-up can be told from the steady state (the default, 0, counts all).
 */
public final class UiFloodBenchmark {
    private UiFloodBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String what = "flood";
        int rate = 200_000;
        int seconds = 60;
        int connections = 10_000;
        int settle = 0;
        int rounds = 20;
        String view = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "flood", "connections", "churn" -> what = args[i];
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--settle" -> settle = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--view" -> view = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Lab lab = new Lab();
        // subscribed before the window opens, as the app does: its elided count is the window's
        EventSubscription subscription = lab.events().subscribe("window", LabWindow.SUBSCRIPTION_CAPACITY);
        AtomicReference<LabWindow> window = new AtomicReference<>();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            Stage stage = new Stage();
            window.set(LabWindow.show(stage, new netlab.engine.port.LabPorts(subscription, new netlab.engine.port.live.LiveCommands(lab),
                    new netlab.engine.port.disk.DiskFiles()), netlab.ui.lab.LabOptions.bare(Locale.ENGLISH)));
            stage.setWidth(1440);
            stage.setHeight(900);
            shown.countDown();
        });
        shown.await();
        Thread.sleep(2000); // the first layout and CSS
        if (view != null) {
            String id = view;
            Fx.run(() -> window.get().view().showView(id));
        }
        try {
            if (what.equals("flood")) {
                flood(lab, subscription, window.get(), rate, seconds, settle);
            } else if (what.equals("churn")) {
                churn(lab, window.get(), connections, seconds, rounds);
            } else {
                connections(lab, subscription, window.get(), connections, seconds);
            }
        } finally {
            lab.close();
            Platform.exit();
        }
        System.exit(0);
    }

    private static void flood(Lab lab, EventSubscription subscription, LabWindow window, int rate, int seconds, int settle)
            throws InterruptedException {
        EventStream events = lab.events();
        int conns = 50;
        Origin[] origins = new Origin[conns];
        for (int i = 0; i < conns; i++) {
            origins[i] = new Origin("server-1", Role.SERVER, "server-1/" + (i + 1), "echo_127.0.0.1_" + (40000 + i),
                    "127.0.0.1:10000", "127.0.0.1:" + (40000 + i));
            events.publish(origins[i], EventKind.CONNECTION_MADE, null, null, null, -1, 0, null);
        }
        Bytes chunk = Bytes.utf8("This is the message. It will be sent in parts.");
        long published = 0;
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        long[] offsets = new long[conns];
        Fx.run(() -> window.pump().resetStats());
        long[] gcStart = gcCountAndMillis();
        long[] fxCpuStart = {Fx.call(Fx::cpuNanos)};
        long settled = start + Duration.ofSeconds(settle).toNanos();
        boolean counting = settle == 0;
        long next = start;
        while (System.nanoTime() < end) {
            if (!counting && System.nanoTime() >= settled) {
                counting = true;
                // on the FX thread, between frames; the flood goes on meanwhile
                Platform.runLater(() -> {
                    window.pump().resetStats();
                    fxCpuStart[0] = Fx.cpuNanos();
                });
            }
            // paced in 1 ms slices of rate/1000 events
            int slice = Math.max(1, rate / 1000);
            for (int k = 0; k < slice; k++) {
                int c = (int) (published % conns);
                if (published % 4 == 0) {
                    events.log(origins[c], origins[c].label(), "received " + chunk.repr());
                } else {
                    events.publish(origins[c], EventKind.DATA_RECEIVED, null, null, chunk, offsets[c], chunk.size(), null);
                    offsets[c] += chunk.size();
                }
                published++;
            }
            next += 1_000_000;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Thread.sleep(1000); // let the window catch up
        FrameStats.Snapshot frames = Fx.call(() -> window.pump().stats());
        String longGaps = Fx.call(() -> window.pump().longGapsBySecond());
        long[] gcEnd = gcCountAndMillis();
        long fxCpu = Fx.call(Fx::cpuNanos) - fxCpuStart[0];
        long elided = subscription.elidedTotal();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heap = memory.getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "flood: %d events published in %.1f s (%.0f events/s)%n", published, elapsed, published / elapsed);
        if (settle > 0) {
            System.out.printf(Locale.ROOT, "flood: the window's figures below count from %d s into the flood%n", settle);
        }
        System.out.printf(Locale.ROOT, "flood: window %s%n", frames);
        System.out.printf(Locale.ROOT, "flood: %s%n", Fx.cpuLine(fxCpu, elapsed + 1 - settle, frames));
        System.out.printf(Locale.ROOT, "flood: gaps over %d ms by second (second:count): %s%n", FrameStats.LONG_GAP_MS, longGaps);
        System.out.printf(Locale.ROOT, "flood: garbage collections during the flood: %d, %d ms in all (the collectors' own count; G1's include its concurrent cycles)%n",
                gcEnd[0] - gcStart[0], gcEnd[1] - gcStart[1]);
        System.out.printf(Locale.ROOT, "flood: elided for the window: %d (%.1f%%); heap after GC: %.0f MiB (max %.0f MiB)%n",
                elided, 100.0 * elided / Math.max(1, published), heap / 1048576.0,
                memory.getHeapMemoryUsage().getMax() / 1048576.0);
    }

    private static void connections(Lab lab, EventSubscription subscription, LabWindow window, int connections, int seconds) throws Exception {
        // the lab caps a server at 1,024 connections by default; this run asks for more, as serve --max-connections does
        ServerEndpoint server = lab.startServer(ServerSpec.builder().port(0).readSize(65536).behavior(ServerBehavior.ECHO_PROTOCOL)
                        .maxConnections(Math.max(1024, connections + 16)).build())
                .get(Duration.ofSeconds(10));
        Fx.run(() -> window.pump().resetStats());
        long fxCpuStart = Fx.call(Fx::cpuNanos);
        long start = System.nanoTime();
        LoadSpec spec = LoadSpec.builder().target(HostPort.loopback(server.port())).connections(connections).size(64)
                .duration(Duration.ofSeconds(seconds)).warmup(Duration.ofSeconds(2)).build();
        LoadRun run = LoadRun.start(spec, p -> System.out.printf(Locale.ROOT,
                "connections: %5.1f s %6d connected %9.0f req/s p99 %d µs%n", p.elapsedSeconds(), p.connected(),
                p.requestsPerSecond(), p.p99Micros()));
        LoadResult r = run.result().get(seconds + 120L, java.util.concurrent.TimeUnit.SECONDS);
        FrameStats.Snapshot frames = Fx.call(() -> window.pump().stats());
        long fxCpu = Fx.call(Fx::cpuNanos) - fxCpuStart;
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "connections: %d connections to the lab's echo server, %.0f req/s, p99 %d µs, errors %d, mismatches %d%n",
                connections, r.requestsPerSecond(), r.p99Micros(), r.errors(), r.mismatches());
        System.out.printf(Locale.ROOT, "connections: window %s; elided for the window: %d%n", frames,
                subscription.elidedTotal());
        System.out.printf(Locale.ROOT, "connections: %s%n", Fx.cpuLine(fxCpu, elapsed, frames));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.out.printf(Locale.ROOT, "connections: heap after GC %.0f MiB (max %.0f MiB), after the load%n",
                memory.getHeapMemoryUsage().getUsed() / 1048576.0, memory.getHeapMemoryUsage().getMax() / 1048576.0);
    }

    /**
     * A class that runs one thing after another: {@code rounds} load runs of {@code connections}
     * new connections for {@code seconds} each, against one server, the window showing them. After
     * each round the heap after a full GC; a window that keeps something of every connection it
     * was shown grows round after round.
     */
    private static void churn(Lab lab, LabWindow window, int connections, int seconds, int rounds) throws Exception {
        ServerEndpoint server = lab.startServer(ServerSpec.builder().port(0).behavior(ServerBehavior.ECHO_PROTOCOL)
                .maxConnections(Math.max(1024, connections + 16)).build()).get(Duration.ofSeconds(10));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        double[] heap = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            LoadSpec spec = LoadSpec.builder().target(HostPort.loopback(server.port())).connections(connections).size(64)
                    .duration(Duration.ofSeconds(seconds)).warmup(Duration.ZERO).build();
            LoadResult r = LoadRun.start(spec, p -> { }).result().get(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
            Thread.sleep(1000); // the window takes in the last events and the connections' ends
            Fx.call(() -> window.pump().stats()); // and has drawn a frame since
            System.gc();
            heap[round] = memory.getHeapMemoryUsage().getUsed() / 1048576.0;
            System.out.printf(Locale.ROOT, "churn: round %2d: %d connections, %.0f req/s, errors %d; heap after GC %.1f MiB%n",
                    round + 1, connections, r.requestsPerSecond(), r.errors(), heap[round]);
        }
        int half = rounds / 2;
        System.out.printf(Locale.ROOT, "churn: heap after GC grew %.2f MiB a round over the last %d rounds (%.1f → %.1f MiB)%n",
                (heap[rounds - 1] - heap[half - 1]) / (rounds - half), rounds - half, heap[half - 1], heap[rounds - 1]);
    }

    /** Collections so far and the milliseconds they took, over every collector of the JVM. */
    private static long[] gcCountAndMillis() {
        long count = 0;
        long millis = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    /** Runs on the FX thread and waits; for reading the window's own statistics. */
    private static final class Fx {
        /**
         * CPU time of the calling thread (the FX thread when called through {@link #call}): what the
         * window's work costs, whatever else the machine runs; frame gaps also count the time the
         * thread waited for a CPU.
         */
        static long cpuNanos() {
            return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }

        static String cpuLine(long cpuNanos, double seconds, FrameStats.Snapshot frames) {
            return String.format(Locale.ROOT, "FX thread CPU %.1f s in %.1f s (%.0f%% of one CPU), %.1f ms a frame, %.2f µs an event handled",
                    cpuNanos / 1e9, seconds, 100 * cpuNanos / 1e9 / seconds, cpuNanos / 1e6 / Math.max(1, frames.frames()),
                    cpuNanos / 1e3 / Math.max(1, frames.events()));
        }

        static void run(Runnable r) throws InterruptedException {
            call(() -> {
                r.run();
                return null;
            });
        }

        static <T> T call(java.util.concurrent.Callable<T> c) throws InterruptedException {
            AtomicReference<T> out = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    out.set(c.call());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
            done.await();
            return out.get();
        }
    }
}
