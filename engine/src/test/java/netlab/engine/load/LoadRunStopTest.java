package netlab.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.net.HostPort;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stopping a load run is a future: done, with what was measured, once the generator has ended. */
class LoadRunStopTest {
    private static final long WAIT_SECONDS = 20;
    private final LabBench bench = new LabBench();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void aRunStoppedEarlyEndsWithWhatItMeasuredAndItsThreadsGone() throws Exception {
        ServerEndpoint server = bench.lab.startServer(ServerSpec.builder().port(0).behavior(ServerBehavior.ECHO_PROTOCOL)
                .readSize(65536).build()).get(Duration.ofSeconds(10));
        CompletableFuture<Void> echoing = new CompletableFuture<>();
        LoadRun run = LoadRun.start(LoadSpec.builder().target(HostPort.loopback(server.port())).connections(4).size(64)
                .duration(Duration.ofMinutes(10)).build(), p -> {
                    if (p.requestsPerSecond() > 0) {
                        echoing.complete(null);
                    }
                });
        echoing.get(WAIT_SECONDS, TimeUnit.SECONDS);

        LoadResult result = run.stop().get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(result.requests()).isPositive();
        assertThat(result.mismatches()).isZero();
        assertThat(run.result()).isCompletedWithValue(result);
        for (Thread t : generatorThreads()) {
            t.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            assertThat(t.isAlive()).as("%s ended", t.getName()).isFalse();
        }
        assertThat(run.stop().get(WAIT_SECONDS, TimeUnit.SECONDS)).as("a second stop: the same result").isEqualTo(result);
    }

    @Test
    void aRunThatCannotConnectStopsWithItsErrorsCounted() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort(); // nobody listens here once it is closed
        }
        LoadRun run = LoadRun.start(LoadSpec.builder().target(HostPort.loopback(closed)).connections(2)
                .duration(Duration.ofMinutes(10)).build(), null);
        LoadResult result = run.stop().get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(result.requests()).isZero();
        assertThat(run.result()).isCompletedWithValue(result);
    }

    private static List<Thread> generatorThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("netlab-load")).toList();
    }
}
