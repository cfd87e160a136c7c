package netlab.engine.reliability;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import netlab.engine.net.UnixPath;
import netlab.engine.net.HostPort;
import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.Limits;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab's caps, each hit on purpose: it is said where it was hit (LIMIT_REACHED, logger
 * {@code netlab}), what was over it is refused, and everything under it goes on. The other caps
 * (event subscriptions in count and bytes, the reader's 64 KiB line limit, a pane's lines, a
 * child's output held) have their tests next to their code; docs/reliability.md lists them all.
 */
class CapsTest {
    private final LabBench bench = new LabBench();
    private final List<Socket> sockets = new ArrayList<>();
    @TempDir
    Path dir;

    @AfterEach
    void close() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        bench.close();
    }

    @Test
    void aServerHasAConnectionCapByDefault() {
        assertThat(ServerSpec.defaults().maxConnections()).isEqualTo(Limits.DEFAULT_MAX_CONNECTIONS).isEqualTo(1024);
    }

    @Test
    void oneConnectionOverTheCapIsResetAndSaidInTheServersPaneAndTheOthersGoOn() throws Exception {
        ServerEndpoint server = bench.lab.startServer(ServerSpec.builder().port(0).maxConnections(3).build()).get(T);
        int port = server.port();
        for (int i = 0; i < 3; i++) {
            connect(port);
        }
        awaitConnections(server, 3);

        // a lab client over the cap: its pane says the server reset it
        ClientEndpoint refused = bench.runClient(ClientSpec.seed(HostPort.loopback(port)));
        assertThat(refused.state()).isEqualTo(EndpointState.FAILED);
        List<LabEvent> errors = bench.events(refused.id(), EventKind.ERROR);
        assertThat(errors.get(errors.size() - 1).error().type()).isIn("ConnectionResetError", "BrokenPipeError");

        LabEvent limit = bench.log.await(e -> e.kind() == EventKind.LIMIT_REACHED && e.origin().endpoint().equals(server.id()), T);
        assertThat(limit.origin().isConnection()).as("in the server's own pane").isFalse();
        assertThat(limit.toLogLine()).matches("netlab: connection limit reached: 3 connections are open, so the one from "
                + "\\('127\\.0\\.0\\.1', \\d+\\) is reset at once \\(1 refused so far\\)");
        assertThat(limit.amount()).isEqualTo(3);
        assertThat(server.refusedConnections()).isEqualTo(1);
        assertThat(bench.events(server.id(), EventKind.CONNECTION_MADE)).as("the refused one never reached the protocol").hasSize(3);

        // the three under the cap still echo
        for (Socket s : sockets) {
            s.getOutputStream().write("still here".getBytes(StandardCharsets.US_ASCII));
            assertThat(new String(s.getInputStream().readNBytes(10), StandardCharsets.US_ASCII)).isEqualTo("still here");
        }
        // one leaves: there is room again
        sockets.remove(0).close();
        awaitConnections(server, 2);
        ClientEndpoint ok = bench.runClient(ClientSpec.seed(HostPort.loopback(port)));
        assertThat(ok.state()).isEqualTo(EndpointState.FINISHED);
        assertThat(bench.received(ok.id()).utf8()).isEqualTo("This is the message. It will be sent in parts.");
        assertThat(server.state()).isEqualTo(EndpointState.RUNNING);
    }

    @Test
    void aUnixServerHasTheSameCap() throws Exception {
        Path path = dir.resolve("capped.sock");
        ServerEndpoint server = bench.lab.startServer(ServerSpec.builder().path(UnixPath.of(path)).maxConnections(1).build()).get(T);
        ClientSpec unix = ClientSpec.builder().path(UnixPath.of(path)).build();
        ClientEndpoint holding = bench.startClient(unix.toBuilder().halfClose(false).build()); // never half-closes: holds its connection
        awaitConnections(server, 1);
        ClientEndpoint refused = bench.runClient(unix);
        assertThat(refused.state()).isEqualTo(EndpointState.FAILED);
        LabEvent limit = bench.log.await(e -> e.kind() == EventKind.LIMIT_REACHED && e.origin().endpoint().equals(server.id()), T);
        assertThat(limit.text()).startsWith("connection limit reached: 1 connections are open, so the one from");
        holding.stop().get(T);
        awaitConnections(server, 0);
        assertThat(bench.runClient(unix).state()).isEqualTo(EndpointState.FINISHED);
    }

    /**
     * The seed 003 lines server writes what it reads without waiting for drain(); a peer that
     * sends and never reads would make it buffer without end. At the write-buffer cap the
     * connection is aborted with ENOBUFS, said in its pane, and the server goes on.
     */
    @Test
    void aConnectionWhoseWriteBufferPassesTheCapIsAbortedAndTheServerGoesOn() throws Exception {
        ServerEndpoint server = bench.lab.startServer(ServerSpec.builder().port(0).readSize(65536).behavior(ServerBehavior.LINES).build()).get(T);
        Socket flooder = connect(server.port());
        flooder.setReceiveBufferSize(64 * 1024);
        AtomicLong written = new AtomicLong();
        Thread writer = new Thread(() -> {
            byte[] block = new byte[256 * 1024];
            try {
                OutputStream out = flooder.getOutputStream();
                for (int i = 0; i < 1024; i++) { // 256 MiB at most; the cap is 64
                    out.write(block);
                    written.addAndGet(block.length);
                }
            } catch (IOException reset) {
                // the server aborted the connection: what this test waits for
            }
        }, "never-reading-flooder");
        writer.setDaemon(true);
        writer.start();

        LabEvent limit = bench.log.await(e -> e.kind() == EventKind.LIMIT_REACHED && e.origin().endpoint().equals(server.id()), T.multipliedBy(3));
        assertThat(limit.origin().isConnection()).as("in that connection's pane").isTrue();
        assertThat(limit.text()).startsWith("write buffer limit reached: ").contains("the cap of 67108864 bytes; the connection is aborted");
        LabEvent error = bench.log.await(e -> e.kind() == EventKind.ERROR && limit.origin().equals(e.origin()), T);
        assertThat(error.error().toString()).isEqualTo("OSError: [Errno 105] No buffer space available: the write buffer passed 67108864 bytes");
        bench.log.await(e -> e.kind() == EventKind.CONNECTION_LOST && limit.origin().equals(e.origin()), T);
        writer.join(T.toMillis());
        System.out.printf("write buffer cap: the peer wrote %d MiB without reading before the server aborted it%n", written.get() >> 20);

        ClientEndpoint ok = bench.runClient(ClientSpec.builder().port(server.port()).parts(ClientSpec.seed(new HostPort("h", 1)).parts()).build());
        assertThat(ok.state()).isEqualTo(EndpointState.FINISHED);
        // counted from the log itself: the flood's own events may have been elided from it, this client's were not
        assertThat(netlab.engine.bytes.Bytes.concat(bench.log.all().stream()
                .filter(e -> e.origin().endpoint().equals(ok.id()) && e.kind() == EventKind.DATA_RECEIVED).map(LabEvent::data).toList())
                .utf8()).isEqualTo("This is the message. It will be sent in parts.");
    }

    private Socket connect(int port) throws IOException {
        Socket s = new Socket("127.0.0.1", port);
        s.setSoTimeout((int) T.toMillis());
        sockets.add(s);
        return s;
    }

    private static void awaitConnections(ServerEndpoint server, int n) {
        long deadline = System.nanoTime() + T.toNanos();
        while (server.connectionCount() != n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(server.id() + " has " + server.connectionCount() + " connections, not " + n);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
