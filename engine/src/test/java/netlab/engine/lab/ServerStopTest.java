package netlab.engine.lab;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.experiments.StreamEchoClient;
import netlab.engine.testing.LabBench;
import netlab.engine.testing.NettyLeaks;
import netlab.engine.testing.OpenSockets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stopping a server while clients are connected: clean, bounded in time, nothing left open. */
class ServerStopTest {
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
        // closed sockets leave the JVM's table as the loop finishes closing them: wait for that
        org.awaitility.Awaitility.await().atMost(T).until(() -> OpenSockets.count() == expected);
        assertThat(OpenSockets.count()).as("sockets held by this JVM: %s", OpenSockets.describe()).isEqualTo(expected);
    }

    /** Clients that never half-close wait for more echo; stopping the server ends them cleanly. */
    @Test
    void stoppingTheServerClosesIdleClientsCleanly() throws Exception {
        int before = OpenSockets.count();
        ServerEndpoint server = bench.echoServer(128);
        List<ClientEndpoint> clients = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clients.add(bench.startClient(ClientSpec.builder().port(server.port()).parts(StreamEchoClient.SEED_MESSAGES).halfClose(false).build()));
        }
        for (ClientEndpoint c : clients) {
            bench.log.await(e -> e.origin().endpoint().equals(c.id()) && e.kind() == EventKind.DATA_RECEIVED
                    && bench.received(c.id()).size() == 46, T);
        }
        assertThat(server.connectionCount()).isEqualTo(5);

        server.stop().get(T);
        // no grace period needed when every client can take its bytes: each connection closed, none aborted
        assertThat(bench.log.ofKind(EventKind.ABORT_CALLED)).as("aborted connections").isEmpty();
        assertThat(bench.log.ofKind(EventKind.CLOSE_CALLED)).filteredOn(e -> e.origin().endpoint().equals(server.id())).hasSize(5);
        assertThat(server.state()).isEqualTo(EndpointState.STOPPED);
        assertThat(server.connectionCount()).isZero();
        for (ClientEndpoint c : clients) {
            c.finished().get(T);
            assertThat(c.state()).as("the server closed, so the client read EOF and finished").isEqualTo(EndpointState.FINISHED);
            assertThat(bench.logTexts(c.id(), StreamEchoClient.LOGGER)).endsWith("closing");
        }
        assertThat(bench.logTexts(server.id(), "main")).contains("closing server");
        assertThat(bench.events(server.id(), EventKind.SERVER_CLOSED)).hasSize(1);
        assertThat(bench.events(server.id(), EventKind.ENDPOINT_STATE)).extracting(LabEvent::text)
                .containsExactly("starting", "running", "stopping", "stopped");
        assertThat(bench.log.ofKind(EventKind.ERROR)).isEmpty();
        if (before >= 0) {
            awaitSockets(before);
        }
        // stopping again does nothing
        server.stop().get(T);
        assertThat(server.state()).isEqualTo(EndpointState.STOPPED);
    }

    /**
     * A peer that sends a lot and never reads keeps the server's echo from flushing; a stop waits
     * the grace period (2 s) for it, then aborts. Bounded either way.
     */
    @Test
    void aClientThatNeverReadsIsAbortedAfterTheGracePeriod() throws Exception {
        int before = OpenSockets.count();
        ServerEndpoint server = bench.echoServer(65536);
        AtomicReference<Throwable> writerEnded = new AtomicReference<>();
        try (Socket stuck = new Socket()) {
            stuck.connect(new InetSocketAddress("127.0.0.1", server.port()), (int) T.toMillis());
            Thread writer = new Thread(() -> {
                byte[] block = new byte[64 * 1024];
                try {
                    OutputStream out = stuck.getOutputStream();
                    for (int i = 0; i < 32 * 16; i++) { // up to 32 MB, far more than the buffers hold
                        out.write(block);
                    }
                } catch (IOException e) {
                    writerEnded.set(e);
                }
            }, "stuck-peer-writer");
            writer.setDaemon(true);
            writer.start();
            bench.log.await(e -> e.origin().endpoint().equals(server.id()) && e.kind() == EventKind.PAUSE_WRITING, T);

            long t0 = System.nanoTime();
            server.stop().get(T);
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            // it waited the grace (a timer is never early), and then the grace ended it: an abort
            assertThat(took).isGreaterThanOrEqualTo(ServerEndpoint.CLOSE_GRACE.minusMillis(50));
            assertThat(bench.log.ofKind(EventKind.ABORT_CALLED)).filteredOn(e -> e.origin().endpoint().equals(server.id())).hasSize(1);
            assertThat(server.state()).isEqualTo(EndpointState.STOPPED);
            assertThat(server.connectionCount()).isZero();

            // the peer sees its connection end
            writer.join(T.toMillis());
            assertThat(writer.isAlive()).isFalse();
            assertThat(writerEnded.get()).isInstanceOf(IOException.class);
            InputStream in = stuck.getInputStream();
            stuck.setSoTimeout((int) T.toMillis());
            try {
                while (in.read(new byte[65536]) >= 0) {
                    // drain what was echoed before the abort
                }
            } catch (IOException reset) {
                // a reset is also an end
            }
        }
        if (before >= 0) {
            awaitSockets(before);
        }
    }

    @Test
    void closingTheLabWithEverythingRunningIsBounded() throws Exception {
        ServerEndpoint server = bench.echoServer(128);
        for (int i = 0; i < 10; i++) {
            bench.startClient(ClientSpec.builder().port(server.port()).parts(StreamEchoClient.SEED_MESSAGES).pause(Duration.ofSeconds(30)).halfClose(false).build()); // a long pause: they are mid-conversation
        }
        // each has written its first part and waits out its pause
        bench.log.await(e -> e.kind() == EventKind.DATA_SENT && e.origin().role() == netlab.engine.event.Role.CLIENT
                && bench.log.ofKind(EventKind.DATA_SENT).stream().filter(d -> d.origin().role() == netlab.engine.event.Role.CLIENT)
                .map(d -> d.origin().endpoint()).distinct().count() == 10, T);
        long t0 = System.nanoTime();
        bench.lab.close(Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(8));
        assertThat(bench.lab.isClosed()).isTrue();
        assertThat(bench.lab.loop().isClosed()).isTrue();
        assertThat(bench.lab.endpoints()).allMatch(e -> e.state().isOver());
    }
}
