package netlab.engine.lab;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import netlab.engine.net.HostPort;
import netlab.engine.event.EventKind;
import netlab.engine.loop.LoopFuture;
import netlab.engine.testing.LabBench;
import netlab.engine.testing.NettyLeaks;
import netlab.engine.testing.OpenSockets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A stop that comes while an endpoint is still starting (a name being resolved, a connect under
 * way) is neither lost nor leaves a socket behind. "localhost" is resolved on a helper thread, so
 * a stop issued in the same loop turn as the start always lands in that window.
 */
class StopWhileStartingTest {
    private final LabBench bench = new LabBench();

    @BeforeAll
    static void watchLeaks() {
        NettyLeaks.install();
    }

    @AfterEach
    void close() throws Exception {
        bench.close();
        NettyLeaks.assertNone();
    }

    private void awaitSockets(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + T.toNanos();
        while (OpenSockets.count() != expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(OpenSockets.count()).as("sockets held by this JVM: %s", OpenSockets.describe()).isEqualTo(expected);
    }

    @Test
    void aServerStoppedWhileStartingEndsStoppedAndDoesNotListen() throws Exception {
        int before = OpenSockets.count();
        AtomicReference<LoopFuture<ServerEndpoint>> started = new AtomicReference<>();
        LoopFuture<Void> stopped = bench.lab.onLoop(() -> {
            started.set(bench.lab.startServer(ServerSpec.builder().host("localhost").port(0).build()));
            return bench.lab.endpoint("server-1").stop();
        });
        stopped.get(T);
        ServerEndpoint server = (ServerEndpoint) bench.lab.endpoint("server-1");
        assertThat(server.state()).isEqualTo(EndpointState.STOPPED);
        assertThat(started.get().done()).as("the start is answered too").isTrue();
        // the stop is done only once the late bind is closed again: STOPPED is the last state it shows
        java.util.List<netlab.engine.event.LabEvent> states = bench.events("server-1", EventKind.ENDPOINT_STATE);
        assertThat(states.get(states.size() - 1).text()).as("its last state").containsIgnoringCase("stopped");
        assertThat(bench.log.ofKind(EventKind.ERROR)).isEmpty();
        if (before >= 0) {
            awaitSockets(before);
        }
    }

    @Test
    void aClientStoppedWhileConnectingEndsStoppedAndLeavesNoConnection() throws Exception {
        ServerEndpoint server = bench.echoServer(128);
        int before = OpenSockets.count();
        LoopFuture<Void> stopped = bench.lab.onLoop(() -> {
            bench.lab.startClient(ClientSpec.seed(new HostPort("localhost", server.port())));
            // runs right after the client task's first step, which is now waiting for the name
            LoopFuture<Void> done = bench.lab.loop().createFuture();
            bench.lab.loop().callSoon(() -> bench.lab.endpoint("client-1").stop()
                    .addDoneCallback(f -> done.setResult(null)));
            return done;
        });
        stopped.get(T);
        ClientEndpoint client = (ClientEndpoint) bench.lab.endpoint("client-1");
        assertThat(client.state()).isEqualTo(EndpointState.STOPPED);
        // the name lookup still runs on a helper thread: wait for it to end, then for the loop to run what it posted
        java.util.concurrent.ThreadPoolExecutor helpers = (java.util.concurrent.ThreadPoolExecutor) bench.lab.loop().executor();
        org.awaitility.Awaitility.await("the name lookup ends").atMost(T)
                .until(() -> helpers.getActiveCount() == 0 && helpers.getQueue().isEmpty());
        bench.lab.onLoop(() -> {
            LoopFuture<Void> turn = bench.lab.loop().createFuture();
            turn.setResult(null);
            return turn;
        }).get(T);
        assertThat(client.state()).isEqualTo(EndpointState.STOPPED);
        assertThat(bench.events("client-1", EventKind.CONNECTION_MADE)).as("connections made").isEmpty();
        assertThat(bench.log.ofKind(EventKind.ERROR)).as("errors").isEmpty();
        assertThat(server.connectionCount()).as("connections left on the server").isZero();
        if (before >= 0) {
            awaitSockets(before);
        }
    }
}
