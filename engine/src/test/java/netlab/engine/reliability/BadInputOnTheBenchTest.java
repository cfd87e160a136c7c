package netlab.engine.reliability;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import netlab.engine.net.UnixPath;
import netlab.engine.net.HostPort;
import netlab.engine.lab.ClientBehavior;
import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.ExperimentSpec;
import netlab.engine.lab.Limits;
import netlab.engine.lab.ProcessEndpoint;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TlsTrust;
import netlab.engine.lab.TransportKind;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.stream.ReadMode;
import netlab.engine.subprocess.ProcessSpec;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input on the bench, one case a test: each ends with a clear message in the pane of the
 * endpoint (or connection) it concerns, and afterwards the same lab still runs an echo end to
 * end. The command line's and the forms' cases are in the app's and the UI's tests; the list of
 * all of them is docs/reliability.md.
 */
class BadInputOnTheBenchTest {
    private final LabBench bench = new LabBench();
    private final List<AutoCloseable> peers = Collections.synchronizedList(new ArrayList<>());
    private final BenchChecks check = new BenchChecks(bench);
    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable p : peers) {
            p.close();
        }
        bench.close();
    }

    // ---- addresses ----

    @Test
    void anIpv6LiteralWithoutBracketsServesAndConnects() {
        ServerEndpoint server = check.startServer(ServerSpec.builder().host("::1").port(0).build());
        assertThat(((HostPort) server.address()).host()).isEqualTo("::1");
        assertThat(bench.logTexts(server.id(), "main")).containsExactly("starting up on ::1 port " + server.port());
        check.echoesOver("::1", server.port());
    }

    @Test
    void anIpv6LiteralInBracketsServesAndConnectsToo() {
        ServerEndpoint server = check.startServer(ServerSpec.builder().host("[::1]").port(0).build());
        assertThat(((HostPort) server.address()).host()).isEqualTo("::1");
        check.echoesOver("[::1]", server.port());
        check.echoesOver("::1", server.port());
    }

    @Test
    void anIpv6LiteralWithOneBracketIsAnUnknownHostInTheServersPane() {
        Throwable failed = catchThrowable(() -> bench.lab.startServer(ServerSpec.builder().host("[::1").port(0).build()).get(T));
        assertThat(failed).hasMessageContaining("Name or service not known").hasMessageContaining("[::1");
        LabEvent error = check.onlyError("server-1");
        assertThat(error.toLogLine()).startsWith("main: cannot start the server on [::1 port 0: socket.gaierror: [Errno -2]");
        check.stillWorks();
    }

    @Test
    void anUnknownHostToListenOnIsGaierrorInTheServersPane() {
        Throwable failed = catchThrowable(() -> bench.lab.startServer(ServerSpec.builder().host("no-such-host.invalid").port(0).build()).get(T));
        assertThat(failed).hasMessageContaining("[Errno -2] Name or service not known");
        assertThat(check.onlyError("server-1").error().type()).isEqualTo("socket.gaierror");
        check.stillWorks();
    }

    /** 192.0.2.1 is TEST-NET-1 (RFC 5737): never this machine's, and nothing is sent to it. */
    @Test
    void anAddressThatIsNotThisMachinesIsErrno99() {
        Throwable failed = catchThrowable(() -> bench.lab.startServer(ServerSpec.builder().host("192.0.2.1").port(0).build()).get(T));
        assertThat(failed).hasMessageContaining("[Errno 99]").hasMessageContaining("cannot assign requested address");
        assertThat(check.onlyError("server-1").text()).contains("('192.0.2.1', 0)");
        check.stillWorks();
    }

    @Test
    void aTcpPortInUseByAnotherProgramFailsOnlyTheNewServer() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Throwable failed = catchThrowable(() -> bench.lab.startServer(
                    ServerSpec.builder().port(other.getLocalPort()).build()).get(T));
            assertThat(failed).hasMessageContaining("[Errno 98]").hasMessageContaining("address already in use");
            assertThat(bench.lab.endpoint("server-1").state()).isEqualTo(EndpointState.FAILED);
        }
        check.stillWorks();
    }

    @Test
    void aUdpPortInUseFailsTheUdpServerInItsPane() throws Exception {
        try (java.net.DatagramSocket other = new java.net.DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
            Throwable failed = catchThrowable(() -> bench.lab.startServer(ServerSpec.builder().port(other.getLocalPort()).transport(TransportKind.UDP).build()).get(T));
            assertThat(failed).hasMessageContaining("[Errno 98]");
            assertThat(check.onlyError("server-1").logger()).isEqualTo("main");
        }
        check.stillWorks();
    }

    // ---- connecting ----

    /**
     * A connect that times out, kept on this machine: a listener with a backlog of one that never
     * accepts is full after two connections, and Linux then drops the next SYN, so the third
     * connect waits for an answer that never comes.
     */
    @Test
    void aConnectThatTimesOutIsTimeoutErrorInTheClientsPaneAfterItsTimeout() throws Exception {
        ServerSocket full = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        peers.add(full);
        int filled = fillBacklog(full.getLocalPort());
        long t0 = System.nanoTime();
        ClientEndpoint client = bench.runClient(ClientSpec.builder().port(full.getLocalPort())
                .connectTimeout(Duration.ofMillis(400)).build());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("connect timeout: %d connections filled the backlog; the client gave up after %d ms%n", filled, ms);
        assertThat(client.state()).isEqualTo(EndpointState.FAILED);
        LabEvent error = check.onlyError(client.id());
        assertThat(error.error().type()).isEqualTo("TimeoutError");
        assertThat(error.toLogLine()).isEqualTo("echo_client: error: TimeoutError: connect to ('127.0.0.1', " + full.getLocalPort()
                + ") timed out");
        assertThat(ms).isGreaterThanOrEqualTo(350);
        check.stillWorks();
    }

    private int fillBacklog(int port) throws Exception {
        for (int i = 0; i < 64; i++) {
            Socket s = new Socket();
            peers.add(s);
            try {
                s.connect(new InetSocketAddress("127.0.0.1", port), 300);
            } catch (java.net.SocketTimeoutException full) {
                return i;
            }
        }
        throw new AssertionError("the backlog never filled: connects to a listener that never accepts kept succeeding");
    }

    @Test
    void aConnectTimeoutOfZeroIsRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> ClientSpec.builder().port(1).connectTimeout(Duration.ZERO).build())
                .hasMessage("connect timeout must be 1 ms..600 s, was 0 ms");
        assertThat(bench.lab.endpoints()).isEmpty();
    }

    @Test
    void aResetByTheServerMidStreamIsConnectionResetErrorAndTheBytesBeforeItAreKept() throws Exception {
        ServerSocket raw = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
        peers.add(raw);
        Thread t = new Thread(() -> {
            try (Socket s = raw.accept()) {
                InputStream in = s.getInputStream();
                in.readNBytes(46); // the seed's whole message
                s.getOutputStream().write("half an ans".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                // the client reads it first: a reset arriving before the read would discard it
                bench.log.await(e -> e.kind() == EventKind.DATA_RECEIVED && e.offset() + e.amount() >= 11, T);
                s.setSoLinger(true, 0); // then: RST
            } catch (Exception ignored) {
                // the test says what went wrong
            }
        }, "resetting-server");
        t.setDaemon(true);
        t.start();
        ClientEndpoint client = bench.runClient(ClientSpec.seed(HostPort.loopback(raw.getLocalPort())));
        assertThat(client.state()).isEqualTo(EndpointState.FAILED);
        assertThat(bench.received(client.id()).utf8()).isEqualTo("half an ans");
        LabEvent lost = bench.events(client.id(), EventKind.CONNECTION_LOST).get(0);
        assertThat(lost.describe()).isEqualTo("connection_lost(ConnectionResetError: [Errno 104] Connection reset by peer)");
        assertThat(check.onlyError(client.id()).toLogLine()).isEqualTo("echo_client: error: ConnectionResetError: [Errno 104] Connection reset by peer");
        check.stillWorks();
    }

    @Test
    void aResetByAClientMidStreamIsInThatConnectionsPaneAndTheServerGoesOn() throws Exception {
        ServerEndpoint server = bench.echoServer(128);
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout((int) T.toMillis());
            s.getOutputStream().write("abc".getBytes(StandardCharsets.US_ASCII));
            assertThat(new String(s.getInputStream().readNBytes(3), StandardCharsets.US_ASCII)).isEqualTo("abc");
            s.setSoLinger(true, 0);
        }
        LabEvent lost = bench.log.await(e -> e.origin().endpoint().equals(server.id()) && e.kind() == EventKind.CONNECTION_LOST, T);
        assertThat(lost.origin().isConnection()).isTrue();
        assertThat(lost.error().type()).isEqualTo("ConnectionResetError");
        assertThat(lost.origin().label()).startsWith("echo_127.0.0.1_");
        assertThat(server.state()).isEqualTo(EndpointState.RUNNING);
        ClientEndpoint after = bench.runClient(ClientSpec.seed(HostPort.loopback(server.port())));
        assertThat(bench.received(after.id()).utf8()).isEqualTo("This is the message. It will be sent in parts.");
    }

    // ---- the reader's limit ----

    @Test
    void aLineOverTheReadersLimitIsValueErrorInTheClientsPane() throws Exception {
        int port = rawServerSending(Bytes.wrap(BenchChecks.filled(70 * 1024, (byte) 'x')));
        ClientEndpoint client = bench.runClient(readingAs(port, ReadMode.line()));
        assertThat(client.state()).isEqualTo(EndpointState.FAILED);
        LabEvent raised = bench.events(client.id(), EventKind.STREAM_READ_FAILED).get(0);
        assertThat(raised.error().type()).isEqualTo("ValueError");
        assertThat(raised.error().message()).isEqualTo("Separator is not found, and chunk exceed the limit");
        assertThat(check.onlyError(client.id()).toLogLine()).isEqualTo("echo_client: error: ValueError: Separator is not found, and chunk exceed the limit");
        check.stillWorks();
    }

    @Test
    void aSeparatorBeyondTheLimitIsLimitOverrunErrorAndTheClientEndsCleanly() throws Exception {
        int port = rawServerSending(Bytes.wrap(BenchChecks.filled(70 * 1024, (byte) 'y')).concat(Bytes.utf8("\r\n")));
        ClientEndpoint client = bench.runClient(readingAs(port, ReadMode.parse("until:\\r\\n")));
        assertThat(client.state()).isEqualTo(EndpointState.FINISHED);
        LabEvent error = check.onlyError(client.id());
        assertThat(error.error().type()).isEqualTo("LimitOverrunError");
        assertThat(error.toLogLine()).startsWith("echo_client: no separator within the reader's limit: LimitOverrunError: Separator is");
        check.stillWorks();
    }

    private ClientSpec readingAs(int port, ReadMode mode) {
        return ClientSpec.builder().port(port).parts(List.of(Bytes.utf8("go"))).read(mode).build();
    }

    /** A server (not NetLab's) that answers any connection with {@code reply} and closes. */
    private int rawServerSending(Bytes reply) throws Exception {
        ServerSocket raw = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
        peers.add(raw);
        Thread t = new Thread(() -> {
            try (Socket s = raw.accept()) {
                s.getOutputStream().write(reply.toByteArray());
                s.shutdownOutput();
                s.getInputStream().readAllBytes();
            } catch (Exception ignored) {
                // the client's pane says what happened
            }
        }, "raw-server");
        t.setDaemon(true);
        t.start();
        return raw.getLocalPort();
    }

    // ---- UDP ----

    @Test
    void aDatagramOver65507BytesIsErrorReceivedInTheClientsPane() {
        ServerEndpoint server = check.startServer(ServerSpec.builder().port(0).transport(TransportKind.UDP).build());
        ClientEndpoint client = bench.runClient(udp(server.port(), Bytes.wrap(BenchChecks.filled(65_508, (byte) 'u'))));
        LabEvent error = bench.events(client.id(), EventKind.ERROR_RECEIVED).get(0);
        assertThat(error.describe()).isEqualTo("error_received(OSError: [Errno 90] Message too long: 65508 bytes, one UDP datagram holds at most 65507)");
        assertThat(bench.events(client.id(), EventKind.DATAGRAM_SENT)).isEmpty();
        assertThat(bench.events(server.id(), EventKind.DATAGRAM_RECEIVED)).isEmpty();
        // the largest that fits goes through and comes back whole
        ClientEndpoint biggest = bench.runClient(udp(server.port(), Bytes.wrap(BenchChecks.filled(65_507, (byte) 'u'))));
        assertThat(bench.events(biggest.id(), EventKind.DATAGRAM_RECEIVED).get(0).amount()).isEqualTo(65_507);
        check.stillWorks();
    }

    @Test
    void aDatagramToAClosedPortIsConnectionRefusedInTheClientsPane() {
        ClientEndpoint client = bench.runClient(udp(0, Bytes.utf8("anyone?")));
        assertThat(client.state()).isEqualTo(EndpointState.FINISHED);
        assertThat(bench.events(client.id(), EventKind.ERROR_RECEIVED).get(0).describe())
                .isEqualTo("error_received(ConnectionRefusedError: [Errno 111] Connection refused)");
        assertThat(bench.logTexts(client.id(), "EchoClientProtocol")).contains("Error received: [Errno 111] Connection refused", "Close the socket");
        check.stillWorks();
    }

    private static ClientSpec udp(int port, Bytes message) {
        return ClientSpec.builder().port(port).transport(TransportKind.UDP).parts(List.of(message)).halfClose(false).build();
    }
}
