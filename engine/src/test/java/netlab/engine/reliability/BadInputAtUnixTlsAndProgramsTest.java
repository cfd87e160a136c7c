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
 * Bad input on the bench, continued (see {@link BadInputOnTheBenchTest}): Unix socket paths, TLS,
 * programs and experiments that cannot run, and absurd sizes. Each case ends with a clear message
 * in the pane it concerns, and the same lab still runs an echo afterwards.
 */
class BadInputAtUnixTlsAndProgramsTest {
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

    // ---- Unix sockets ----

    @Test
    void aUnixPathThatIsARegularFileIsRefusedAndTheFileIsKept() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "keep me");
        Throwable failed = catchThrowable(() -> bench.lab.startServer(unixServer(file)).get(T));
        assertThat(failed).hasMessageContaining("[Errno 98]").hasMessageContaining("exists and is not a socket");
        assertThat(check.onlyError("server-1").toLogLine()).startsWith("main: cannot start the server on " + file + ": OSError: [Errno 98]");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        check.stillWorks();
    }

    @Test
    void aUnixPathWhereAnotherServerListensIsRefusedAndThatServerKeepsIt() throws Exception {
        Path path = dir.resolve("echo.sock");
        ServerEndpoint first = check.startServer(unixServer(path));
        Throwable failed = catchThrowable(() -> bench.lab.startServer(unixServer(path)).get(T));
        assertThat(failed).hasMessageContaining("another server listens there");
        ClientEndpoint client = bench.runClient(ClientSpec.builder().path(UnixPath.of(path)).build());
        assertThat(client.state()).isEqualTo(EndpointState.FINISHED);
        assertThat(bench.received(client.id()).utf8()).isEqualTo("This is the message. It will be sent in parts.");
        assertThat(first.state()).isEqualTo(EndpointState.RUNNING);
    }

    @Test
    void aUnixPathTooLongForSunPathIsRefusedWithItsLengthBeforeAnythingStarts() {
        Path tooLong = dir.resolve("d".repeat(60)).resolve("s".repeat(60) + ".sock");
        int bytes = tooLong.toString().length();
        assertThatThrownBy(() -> unixServer(tooLong)).hasMessage("AF_UNIX path too long: " + bytes + " bytes, at most 107 (" + tooLong + ")");
        assertThatThrownBy(() -> ClientSpec.builder().path(UnixPath.of(tooLong)).build())
                .hasMessageStartingWith("AF_UNIX path too long");
        assertThat(bench.lab.endpoints()).isEmpty();
    }

    @Test
    void aUnixPathInADirectoryThatDoesNotExistIsFileNotFoundError() {
        Throwable failed = catchThrowable(() -> bench.lab.startServer(unixServer(dir.resolve("nope").resolve("x.sock"))).get(T));
        assertThat(failed).hasMessageContaining("[Errno 2]").hasMessageContaining("no such directory");
        assertThat(check.onlyError("server-1").error().type()).isEqualTo("FileNotFoundError");
        check.stillWorks();
    }

    @Test
    void aUnixClientAtAPathNobodyListensOnIsSaidInItsPane() throws Exception {
        Path stale = dir.resolve("stale.sock");
        try (var dead = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            dead.bind(java.net.UnixDomainSocketAddress.of(stale)); // closed: the file stays, nobody listens
        }
        ClientEndpoint refused = bench.runClient(ClientSpec.builder().path(UnixPath.of(stale)).build());
        assertThat(check.onlyError(refused.id()).toLogLine())
                .isEqualTo("echo_client: error: ConnectionRefusedError: [Errno 111] Connection refused: nobody listens on '" + stale + "'");
        ClientEndpoint missing = bench.runClient(ClientSpec.builder().path(UnixPath.of(dir.resolve("none.sock"))).build());
        assertThat(check.onlyError(missing.id()).error().type()).isEqualTo("FileNotFoundError");
        check.stillWorks();
    }

    private static ServerSpec unixServer(Path path) {
        return ServerSpec.builder().path(UnixPath.of(path)).build();
    }

    // ---- TLS ----

    @Test
    void aTlsClientThatDoesNotTrustTheCertificateIsSSLCertVerificationError() {
        ServerEndpoint server = check.startServer(ServerSpec.builder().port(0).transport(TransportKind.TLS).build());
        ClientEndpoint client = bench.runClient(tls(server.port(), TlsTrust.SYSTEM));
        assertThat(client.state()).isEqualTo(EndpointState.FAILED);
        assertThat(check.onlyError(client.id()).toLogLine()).startsWith(
                "echo_client: error: SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate");
        assertThat(check.connectionError(client.id()).text()).startsWith("SSL handshake failed: SSLCertVerificationError")
                .endsWith("(not trusted: pass its PEM to trust it, or skip verification)");
        LabEvent serverSide = bench.log.await(e -> e.origin().endpoint().equals(server.id()) && e.kind() == EventKind.ERROR, T);
        assertThat(serverSide.origin().isConnection()).as("said in that connection's pane").isTrue();
        assertThat(serverSide.text()).startsWith("SSL handshake failed: SSLError");
        // the same server serves a client that trusts it
        // the same server serves a client that trusts it (a TLS client cannot half-close: it is stopped once it has the echo)
        ClientEndpoint trusting = bench.startClient(tls(server.port(), TlsTrust.LAB));
        bench.log.await(e -> e.origin().endpoint().equals(trusting.id()) && e.kind() == EventKind.STREAM_READEXACTLY, T);
        assertThat(bench.received(trusting.id()).utf8()).isEqualTo("secret");
        assertThat(bench.events(trusting.id(), EventKind.TLS_HANDSHAKE)).hasSize(1);
        try {
            trusting.stop().get(T);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        check.stillWorks();
    }

    @Test
    void aPlainClientAtATlsServerIsSaidInThatConnectionsPane() throws Exception {
        ServerEndpoint server = check.startServer(ServerSpec.builder().port(0).transport(TransportKind.TLS).build());
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout((int) T.toMillis());
            s.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            s.getInputStream().readAllBytes(); // the server closes
        }
        LabEvent error = bench.log.await(e -> e.origin().endpoint().equals(server.id()) && e.kind() == EventKind.ERROR, T);
        assertThat(error.origin().isConnection()).isTrue();
        assertThat(error.text()).contains("the peer does not speak TLS");
        assertThat(server.state()).isEqualTo(EndpointState.RUNNING);
        check.stillWorks();
    }

    /** A TLS client at a server that does not speak TLS (here the echo, which sends the ClientHello back). */
    @Test
    void aTlsClientAtAPlainServerFailsWithAnSslErrorInItsPane() {
        ServerEndpoint plain = bench.echoServer(128);
        ClientEndpoint client = bench.runClient(tls(plain.port(), TlsTrust.LAB));
        assertThat(client.state()).isEqualTo(EndpointState.FAILED);
        assertThat(check.onlyError(client.id()).error().type()).isEqualTo("SSLError");
        assertThat(check.connectionError(client.id()).text()).startsWith("SSL handshake failed: SSLError: [SSL]");
        check.stillWorks();
    }

    private static ClientSpec tls(int port, TlsTrust trust) {
        return ClientSpec.builder().port(port).transport(TransportKind.TLS).parts(List.of(Bytes.utf8("secret"))).read(ReadMode.parse("exactly:6")).trust(trust).build();
    }

    // ---- programs ----

    @Test
    void aProgramThatDoesNotExistIsFileNotFoundErrorInItsPane() {
        Throwable failed = catchThrowable(() -> bench.lab.startProcess(ProcessSpec.exec(List.of("/no/such/program", "x")),
                Duration.ofSeconds(1)).get(T));
        assertThat(failed).hasMessageContaining("No such file or directory").hasMessageContaining("/no/such/program");
        LabEvent error = check.onlyError("process-1");
        assertThat(error.error().type()).isEqualTo("FileNotFoundError");
        assertThat(error.logger()).isEqualTo("$ program");
        check.stillWorks();
    }

    /** No execute bit for anyone: even root may not run it. */
    @Test
    void aFileThatIsNotExecutableIsPermissionErrorInItsPane() throws Exception {
        Path script = Files.writeString(dir.resolve("script.sh"), "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
        Throwable failed = catchThrowable(() -> bench.lab.startProcess(ProcessSpec.exec(List.of(script.toString())),
                Duration.ofSeconds(1)).get(T));
        assertThat(failed).hasMessageContaining("[Errno 13] Permission denied: '" + script + "'");
        assertThat(check.onlyError("process-1").error().type()).isEqualTo("PermissionError");
        check.stillWorks();
    }

    @Test
    void anEmptyCommandOrANulByteInAnArgumentIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> ProcessSpec.exec(List.of())).hasMessage("a command needs a program to run");
        assertThatThrownBy(() -> ProcessSpec.exec(List.of("echo", "a\0b"))).hasMessageStartingWith("embedded null byte in argument");
        assertThat(bench.lab.endpoints()).isEmpty();
    }

    @Test
    void anUnknownExperimentIsSaidInItsPane() {
        Throwable failed = catchThrowable(() -> {
            var experiment = bench.lab.startExperiment(new ExperimentSpec("java.lang.Runtime", null, java.util.Map.of())).get(T);
            experiment.finished().get(T);
        });
        assertThat(failed).hasMessageContaining("unknown experiment 'java.lang.Runtime'");
        check.stillWorks();
    }

    // ---- absurd sizes and counts ----

    @Test
    void absurdSizesAndCountsAreRefusedWithTheLimitInTheMessage() {
        List<Bytes> one = List.of(Bytes.utf8("x"));
        assertThatThrownBy(() -> ClientSpec.builder().port(1).parts(Collections.nCopies(Limits.MAX_PARTS + 1, Bytes.utf8("x"))).build()).hasMessage("at most 100000 parts, was 100001");
        Bytes big = Bytes.wrap(new byte[1024 * 1024]);
        assertThatThrownBy(() -> ClientSpec.builder().port(1).parts(Collections.nCopies(65, big)).build())
                .hasMessage("the message may be at most 67108864 bytes, was 68157440");
        assertThatThrownBy(() -> ClientSpec.builder().port(1).parts(one).readSize(Limits.MAX_READ_SIZE + 1).build())
                .hasMessage("read size must be 1..16777216 bytes, was 16777217");
        assertThatThrownBy(() -> ClientSpec.builder().port(1).parts(one).pause(Duration.ofHours(1)).readSize(1).build())
                .hasMessage("pause must be 0..60000 ms, was 3600000");
        assertThatThrownBy(() -> ServerSpec.builder().port(0).readSize(Integer.MAX_VALUE).build())
                .hasMessage("read size must be 1..16777216 bytes, was 2147483647");
        assertThatThrownBy(() -> ServerSpec.builder().maxConnections(0).build()).hasMessage("max connections must be 1..1000000, was 0");
        assertThatThrownBy(() -> ReadMode.parse("exactly:99999999999")).hasMessageContaining("is not a whole number");
        assertThat(bench.lab.endpoints()).isEmpty();
    }
}
