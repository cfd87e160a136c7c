package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.record.Recording;
import netlab.engine.record.RecordingReader;
import netlab.engine.testing.ExternalProcess;
import netlab.engine.testing.Python;
import netlab.engine.testing.Tools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NetLab's command line against real peers (openssl s_server, Python's ssl, socat), each case
 * as CPython's asyncio would have it: TLS's close_notify ends a stream both ways, --eof over TLS
 * says why there is no half-close, and a quiet recorded server keeps every byte.
 */
class RealPeersTest {
    private static final Duration T = Duration.ofSeconds(30);
    @TempDir
    static Path dir;
    private static Path cert;
    private static Path key;

    @BeforeAll
    static void certificate() throws Exception {
        Path openssl = Tools.require("openssl", "to make a certificate for the TLS peers");
        cert = dir.resolve("cert.pem");
        key = dir.resolve("key.pem");
        try (ExternalProcess req = ExternalProcess.start(List.of(openssl.toString(), "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                "-keyout", key.toString(), "-out", cert.toString(), "-days", "2", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"))) {
            assertThat(req.waitFor(T)).as(req.describe()).isZero();
        }
    }

    /** openssl s_server -www answers and then sends close_notify; it never closes TCP itself (the client used to hang). */
    @Test
    void aTlsClientEndsAtTheServersCloseNotifyFromOpensslSServer() throws Exception {
        Path openssl = Tools.require("openssl", "openssl s_server as a TLS peer");
        try (ExternalProcess server = ExternalProcess.start(List.of(openssl.toString(), "s_server", "-www", "-accept", "0",
                "-cert", cert.toString(), "-key", key.toString()))) {
            String accept = server.awaitLine(l -> l.startsWith("ACCEPT "), T);
            String port = accept.substring(accept.lastIndexOf(':') + 1).strip();
            try (NetlabProcess client = NetlabProcess.start("connect", "--tls", "--cafile", cert.toString(), "--port", port,
                    "--part", "GET / HTTP/1.0\r\n\r\n", "-v")) {
                assertThat(client.awaitExit(T)).as(client.stderr()).isZero();
                List<String> out = client.stdout();
                assertThat(String.join("\n", out)).contains("HTTP/1.0 200 ok").contains("eof_received");
                assertThat(out).contains("echo_client: closing");
            }
        }
    }

    /** Python's ssl both ways: our client answers the server's close_notify, our server answers the client's. */
    @Test
    void closeNotifyIsAnsweredBothWaysAgainstPythonsSsl() throws Exception {
        Path script = Python.resourceFile("/python/tls_close_notify.py");
        Path python = Python.require("Python's ssl module as a TLS peer");
        try (ExternalProcess server = ExternalProcess.start(List.of(python.toString(), "-u", script.toString(), "server",
                cert.toString(), key.toString()))) {
            String port = server.awaitLine(l -> l.startsWith("port "), T).substring(5);
            try (NetlabProcess client = NetlabProcess.start("connect", "--tls", "--cafile", cert.toString(), "--port", port,
                    "--part", "hello")) {
                assertThat(client.awaitExit(T)).as(client.stderr()).isZero();
                assertThat(client.stdout()).contains("echo_client: received b'the whole answer\\n'", "echo_client: closing");
            }
            server.awaitLine(l -> l.startsWith("the client answered close_notify"), T);
            assertThat(server.waitFor(T)).as(server.describe()).isZero();
        }
        try (NetlabProcess serve = NetlabProcess.start("serve", "--tls", "--port", "0")) {
            String port = serve.awaitLine("main: starting up on 127\\.0\\.0\\.1 port (\\d+)", T).group(1);
            String pem = serve.awaitLine(".*clients elsewhere can trust (.*)", T).group(1);
            try (ExternalProcess client = ExternalProcess.start(List.of(python.toString(), "-u", script.toString(), "client", port, pem))) {
                assertThat(client.waitFor(T)).as(client.describe()).isZero();
                assertThat(client.stdoutLines()).contains("echo hello over TLS")
                        .anyMatch(l -> l.startsWith("the server answered close_notify"));
            }
            serve.awaitLine("echo_127\\.0\\.0\\.1_\\d+: closing", T);
            serve.signal("INT");
            assertThat(serve.awaitExit(T)).isZero();
        }
    }

    /**
     * The README's pairing: over TLS can_write_eof() is False (as in asyncio), so --eof cannot
     * half-close. The client says so, reads the echo, and waits for the server to close, as
     * CPython's client does; SIGINT ends it (130), and its close_notify ends the server's side.
     */
    @Test
    void eofOverTlsSaysWhyThereIsNoHalfCloseAndEndsLikeCPythonsClient() throws Exception {
        try (NetlabProcess serve = NetlabProcess.start("serve", "--tls", "--port", "0")) {
            String port = serve.awaitLine("main: starting up on 127\\.0\\.0\\.1 port (\\d+)", T).group(1);
            String pem = serve.awaitLine(".*clients elsewhere can trust (.*)", T).group(1);
            try (NetlabProcess client = NetlabProcess.start("connect", "--tls", "--cafile", pem, "--port", port, "--eof")) {
                client.awaitLine("echo_client: can_write_eof\\(\\) is False: a TLS stream cannot half-close, so write_eof\\(\\) is "
                        + "skipped, the server sees no EOF.*", T);
                client.awaitLine("echo_client: received b'in parts\\.'|echo_client: received b'.*in parts\\.'", T);
                client.signal("INT");
                assertThat(client.awaitExit(T)).isEqualTo(ExitCodes.INTERRUPTED);
            }
            // the client's close_notify is the end of its stream: the echo server closes as at EOF
            serve.awaitLine("echo_127\\.0\\.0\\.1_\\d+: closing", T);
            serve.signal("TERM");
            assertThat(serve.awaitExit(T)).isZero();
        }
    }

    /** serve -q --record: -q prints less, the file keeps every byte (300,000 of them here), and nothing says otherwise. */
    @Test
    void aQuietRecordedServerKeepsEveryByte() throws Exception {
        Path socat = Tools.require("socat", "a client that sends 300,000 bytes and half-closes");
        Path file = dir.resolve("quiet.netlab.jsonl");
        Path payload = Files.write(dir.resolve("payload.bin"), new byte[300_000]);
        try (NetlabProcess serve = NetlabProcess.start("serve", "-q", "--port", "0", "--record", file.toString())) {
            String port = serve.awaitLine("main: starting up on 127\\.0\\.0\\.1 port (\\d+)", T).group(1);
            Path echoed = dir.resolve("echoed.bin");
            // sends the file, half-closes at its end, and reads the echo until the server closes
            try (ExternalProcess client = ExternalProcess.start(List.of("sh", "-c", socat + " -t 20 - TCP:127.0.0.1:" + port
                    + " < " + payload + " > " + echoed))) {
                assertThat(client.waitFor(T)).as(client.describe()).isZero();
            }
            assertThat(Files.size(echoed)).isEqualTo(300_000);
            serve.signal("INT");
            assertThat(serve.awaitExit(T)).isZero();
            assertThat(serve.stderr()).contains("netlab: recorded ").doesNotContain("missing");
        }
        Recording r = new RecordingReader().read(file);
        assertThat(r.notes()).isEmpty();
        assertThat(r.complete()).isTrue();
        long received = r.events().stream().filter(e -> e.kind() == EventKind.DATA_RECEIVED).mapToLong(LabEvent::amount).sum();
        long kept = r.events().stream().filter(e -> e.kind() == EventKind.DATA_RECEIVED).mapToLong(e -> e.data().size()).sum();
        assertThat(received).isEqualTo(300_000);
        assertThat(kept).isEqualTo(300_000);
        CliBadInputTest.Result replay = CliBadInputTest.netlab("replay", file.toString(), "--no-wait", "-q");
        assertThat(replay.status()).as(replay.toString()).isZero();
        assertThat(replay.err()).doesNotContain("not recorded").doesNotContain("missing");
    }
}
