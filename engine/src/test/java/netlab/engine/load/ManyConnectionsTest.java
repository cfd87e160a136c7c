package netlab.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import netlab.engine.lab.Lab;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.event.EventKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Thousands of connections held at once by one lab server: a {@link ConnectionHolder} process
 * opens them, each sends its own message and checks its echo, and holds them open; the server
 * holds all of them live, on one loop thread, then every one is closed and the server is back to
 * none. Each process has its own open-file limit (here the lab holds only the server's half); when
 * the limit is too low, the test says so and what it is, rather than fail.
 */
class ManyConnectionsTest {
    @Test
    void lightAThousandConnectionsHeldAtOnce() throws Exception {
        hold(1_000, Duration.ofSeconds(60));
    }

    @Test
    @Tag("stress")
    void heavyTenThousandConnectionsHeldAtOnce() throws Exception {
        hold(10_000, Duration.ofMinutes(4));
    }

    private void hold(int n, Duration bound) throws Exception {
        long[] limit = openFilesLimit();
        System.out.printf("open files: this JVM may hold %d (hard limit %d); %d connections need %d here and %d in the holder%n",
                limit[0], limit[1], n, n + 100, n + 100);
        Assumptions.assumeTrue(limit[0] >= n + 200, "the system refuses: this process may open " + limit[0]
                + " files (hard limit " + limit[1] + "), " + n + " connections need about " + (n + 200)
                + "; raise it with ulimit -n before ./netlab stress");
        try (Lab lab = new Lab(); EventCounter counter = new EventCounter(lab.events(), 1 << 16)) {
            ServerEndpoint server = lab.startServer(ServerSpec.builder().port(0).maxConnections(n + 16).build()).get(Duration.ofSeconds(10));
            long fdsBefore = openFds();
            long t0 = System.nanoTime();
            Process holder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xss512k",
                    "-cp", System.getProperty("java.class.path"), ConnectionHolder.class.getName(),
                    "127.0.0.1", Integer.toString(server.port()), Integer.toString(n))
                    .redirectErrorStream(true).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.US_ASCII));
                List<String> said = new ArrayList<>();
                String held = awaitLine(out, said, "held ", bound);
                long heldMs = (System.nanoTime() - t0) / 1_000_000;
                // all of them live on the server at once
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> server.connectionCount() >= n);
                int live = server.connectionCount();
                long fds = openFds() - fdsBefore;
                System.gc();
                long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
                assertThat(said).as("the holder's report").noneMatch(l -> l.startsWith("failed") || l.startsWith("refused"));
                assertThat(held).isEqualTo("held " + n + " verified " + n + " bytes " + n * 40L); // 40 bytes each, every one echoed
                assertThat(live).as("connections live on the server at once").isEqualTo(n);
                assertThat(server.refusedConnections()).isZero();

                try (OutputStream in = holder.getOutputStream()) {
                    in.write("close\n".getBytes(StandardCharsets.US_ASCII));
                }
                awaitLine(out, said, "closed", Duration.ofSeconds(30));
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> server.connectionCount() == 0);
                assertThat(server.connectionCount()).as("connections left after the holder closed them").isZero();
                assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
                counter.awaitCaughtUp(lab.events(), 30_000);
                assertThat(counter.count(EventKind.CONNECTION_MADE)).isEqualTo(n);
                assertThat(counter.count(EventKind.CONNECTION_LOST)).isEqualTo(n);
                assertThat(counter.errors()).isEmpty();
                assertThat(counter.silentGaps()).isZero();
                System.out.printf("%d connections held at once (%s) in %d ms, %d file descriptors on the server's side, "
                                + "heap %d MiB with all of them open; %d events, %d elided; all closed in %d ms in all%n",
                        n, held, heldMs, fds, heapMb, counter.seen() + counter.elided(), counter.elided(),
                        (System.nanoTime() - t0) / 1_000_000);
            } finally {
                holder.destroyForcibly();
            }
        }
    }

    private static String awaitLine(BufferedReader out, List<String> said, String prefix, Duration bound) throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            if (!out.ready()) {
                Thread.sleep(10);
                continue;
            }
            String line = out.readLine();
            if (line == null) {
                break;
            }
            said.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("the holder did not say '" + prefix + "' within " + bound + "; it said: " + said);
    }

    private static long openFds() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    /** Soft and hard "Max open files" of this JVM (HotSpot raises the soft one to the hard one at start). */
    private static long[] openFilesLimit() {
        String[] f = ConnectionHolder.openFilesLimit().split(" ");
        return new long[] {parse(f[0]), parse(f[1])};
    }

    private static long parse(String s) {
        return s.equals("unlimited") ? Long.MAX_VALUE : s.equals("?") ? 0 : Long.parseLong(s);
    }
}
