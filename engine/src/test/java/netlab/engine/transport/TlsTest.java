package netlab.engine.transport;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.X509Certificate;

import netlab.engine.net.HostPort;
import netlab.engine.bytes.Bytes;
import netlab.engine.errors.SSLCertVerificationError;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.stream.StreamPair;
import netlab.engine.stream.Streams;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.RecordingProtocol;
import netlab.engine.testing.TestLoop;
import netlab.engine.tls.LabCertificate;
import netlab.engine.tls.TlsClientOptions;
import netlab.engine.tls.TlsServerOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** TLS on protocols and streams: a handshake that works, and the ways one fails. */
class TlsTest {
    private final TestLoop t = new TestLoop();
    private Server server;

    @AfterEach
    void close() {
        if (server != null) {
            OnLoop.run(t.loop, () -> {
                server.close();
                server.abortClients();
            });
        }
        t.close();
    }

    private int tlsEchoServer(RecordingProtocol protocol) throws Exception {
        server = OnLoop.call(t.loop, () -> TcpSockets.createServer(t.loop, () -> protocol,
                ServerOptions.of("srv", HostPort.loopback(0)).withTls(TlsServerOptions.selfSigned()))).get(T);
        return server.port();
    }

    @Test
    void aClientThatTrustsTheCertificateTalksAndSeesProtocolCipherAndCertificate() throws Exception {
        RecordingProtocol serverSide = new RecordingProtocol().echo();
        int port = tlsEchoServer(serverSide);
        ConnectOptions options = ConnectOptions.of("cli", "cli", new HostPort("localhost", port))
                .withTls(TlsClientOptions.trusting(LabCertificate.shared().certificate()));
        Bytes reply = OnLoop.task(t.loop, () -> {
            StreamPair s = Streams.openConnection(t.loop, options).await();
            assertThat(s.writer().canWriteEof()).as("TLS cannot half-close, as in asyncio").isFalse();
            X509Certificate peer = (X509Certificate) s.writer().getExtraInfo("peercert");
            assertThat(peer).isEqualTo(LabCertificate.shared().certificate());
            s.writer().write(Bytes.utf8("secret"));
            Bytes got = s.reader().readexactly(6).await();
            s.writer().close();
            s.writer().waitClosed().await();
            return got;
        });
        assertThat(reply.utf8()).isEqualTo("secret");
        LabEvent handshake = t.log.await(e -> e.kind() == EventKind.TLS_HANDSHAKE && e.origin().role() == netlab.engine.event.Role.CLIENT, T);
        assertThat(handshake.text()).matches("TLS handshake done: TLSv1\\.[23] TLS_\\S+; peer certificate (O=NetLab,)?CN=NetLab local server(,O=NetLab)? \\(self-signed\\).*SHA-256 [0-9A-F:]+");
        // the server reports its side's handshake before connection_made
        serverSide.await("connection_lost", T);
        assertThat(serverSide.shape()).first().isEqualTo("connection_made");
    }

    @Test
    void anUntrustedCertificateFailsTheClientWithSSLCertVerificationError() throws Exception {
        RecordingProtocol serverSide = new RecordingProtocol();
        int port = tlsEchoServer(serverSide);
        ConnectOptions system = ConnectOptions.of("cli", "cli", HostPort.loopback(port)).withTls(TlsClientOptions.systemTrust());
        assertThatThrownBy(() -> OnLoop.task(t.loop, () -> Streams.openConnection(t.loop, system).await()))
                .isInstanceOf(SSLCertVerificationError.class)
                .hasMessageStartingWith("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate");
        LabEvent serverError = t.log.await(e -> e.kind() == EventKind.ERROR && e.origin().role() == netlab.engine.event.Role.SERVER, T);
        assertThat(serverError.text()).startsWith("SSL handshake failed: SSLError");
        assertThat(serverSide.calls()).as("a failed handshake never reaches the protocol").isEmpty();

        // skipping verification works against the same server
        ConnectOptions insecure = ConnectOptions.of("cli", "cli", HostPort.loopback(port)).withTls(TlsClientOptions.insecure());
        assertThat(OnLoop.task(t.loop, () -> {
            StreamPair s = Streams.openConnection(t.loop, insecure).await();
            s.writer().close();
            return s.writer().getExtraInfo("cipher");
        })).isNotNull();
    }

    @Test
    void aPlainClientAtATlsServerIsRefusedWithWrongVersionNumber() throws Exception {
        int port = tlsEchoServer(new RecordingProtocol());
        OnLoop.task(t.loop, () -> {
            StreamPair s = Streams.openConnection(t.loop, ConnectOptions.of("plain", "plain", HostPort.loopback(port))).await();
            s.writer().write(Bytes.utf8("GET / HTTP/1.0\r\n\r\n"));
            return s.reader().read(-1).await();
        });
        LabEvent notTls = t.log.await(e -> e.kind() == EventKind.ERROR && e.text().contains("WRONG_VERSION_NUMBER"), T);
        assertThat(notTls.text()).contains("the peer does not speak TLS");

    }

    private int plainServer(RecordingProtocol protocol) throws Exception {
        server = OnLoop.call(t.loop, () -> TcpSockets.createServer(t.loop, () -> protocol,
                ServerOptions.of("plain", HostPort.loopback(0)))).get(T);
        return server.port();
    }

    /**
     * A TLS client at a plain server that echoes the first 100 bytes it reads (part of our
     * ClientHello, so a record header that promises more) and closes, as seed 004's server does.
     * It used to wait for the rest of that record until the 10 s handshake timeout.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "the plain server {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"echoes part of the ClientHello and closes", "half-closes at once"})
    void aTlsClientAtAPlainServerThatClosesFailsAtOnceSayingSo(String how) throws Exception {
        RecordingProtocol plain = how.startsWith("echoes")
                ? new RecordingProtocol().onData((tr, d) -> {
                    tr.write(d.slice(0, Math.min(100, d.size())));
                    tr.close();
                })
                : new RecordingProtocol().onConnectionMade(Transport::writeEof);
        int port = plainServer(plain);
        ConnectOptions options = ConnectOptions.of("cli", "cli", HostPort.loopback(port)).withTls(TlsClientOptions.insecure());
        long started = System.nanoTime();
        assertThatThrownBy(() -> OnLoop.task(t.loop, () -> Streams.openConnection(t.loop, options).await()))
                .isInstanceOf(netlab.engine.errors.SSLError.class)
                .satisfies(e -> assertThat(netlab.engine.errors.PyErrors.typeName(e)).isEqualTo("SSLEOFError"))
                .hasMessageContaining("the server closed the connection during the TLS handshake (is it a TLS server?)");
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("tls: a TLS client at a plain server that " + how + " failed after " + millis + " ms");
        LabEvent failed = t.log.await(e -> e.kind() == EventKind.ERROR && e.origin().role() == netlab.engine.event.Role.CLIENT, T);
        assertThat(failed.text()).startsWith("SSL handshake failed: SSLEOFError").doesNotContain("timed out");
        LabEvent lost = t.log.await(e -> e.kind() == EventKind.CONNECTION_LOST && e.origin().role() == netlab.engine.event.Role.CLIENT, T);
        assertThat(lost.error().toString()).contains("is it a TLS server?");
    }
}
