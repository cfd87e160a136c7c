package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import netlab.app.preset.PresetLibrary;
import netlab.engine.lab.Lab;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TransportKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input on the command line, one case a test, run in this JVM through the same picocli
 * command line as {@code ./netlab} (the signal and process tests run real processes, in
 * {@link CommandLineTest} and the shutdown tests). A usage error says what is wrong on stderr
 * and exits 2; a failure of what ran says why in the log on stdout, adds what to do on stderr,
 * and exits 1.
 */
class CliBadInputTest {
    private static final Duration T = Duration.ofSeconds(20);
    private static final PresetLibrary LIBRARY = PresetLibrary.loadBundled();
    @TempDir
    static Path dir;
    private static Lab lab;

    @BeforeAll
    static void lab() {
        lab = new Lab();
    }

    @AfterAll
    static void closeLab() {
        lab.close();
    }

    record Result(int status, String out, String err) {
        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
        }
    }

    static Result netlab(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = NetlabCommand.create(LIBRARY, () -> {
            throw new AssertionError("no window in these tests");
        }, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    // ---- usage errors: exit 2, the reason on stderr ----

    static Stream<Arguments> usageErrors() throws Exception {
        Path malformed = Files.writeString(dir.resolve("malformed.json"), "{\"format\": \"netlab-preset/1\", \"id\": x}");
        String valid = new String(CliBadInputTest.class.getResourceAsStream("/netlab/presets/stream-echo.json").readAllBytes(),
                StandardCharsets.UTF_8);
        Path truncated = Files.writeString(dir.resolve("truncated.json"), valid.substring(0, valid.length() / 2));
        Path future = Files.writeString(dir.resolve("future.json"), valid.replace("netlab-preset/1", "netlab-preset/2"));
        Path huge = dir.resolve("huge.json");
        Files.write(huge, ("{\"format\": \"netlab-preset/1\", \"pad\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.US_ASCII));
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(5000) + "]".repeat(5000));
        Path badPort = Files.writeString(dir.resolve("bad-port.json"), valid.replace("\"port\": 10000", "\"port\": 99999"));
        Path badEncoding = Files.writeString(dir.resolve("bad-encoding.json"),
                valid.replace("\"partsEncoding\": \"text\"", "\"partsEncoding\": \"base64\""));
        Path serialized = dir.resolve("serialized.json");
        Files.write(serialized, new byte[] {(byte) 0xAC, (byte) 0xED, 0x00, 0x05, 0x73, 0x72});
        Path typed = Files.writeString(dir.resolve("typed.json"),
                "{\"@class\": \"java.lang.ProcessBuilder\", \"command\": [\"touch\", \"" + dir.resolve("pwned") + "\"]}");
        String tooLong = dir.resolve("d".repeat(60)).resolve("s".repeat(60) + ".sock").toString();
        // the temporary directory's name varies in length from run to run
        int tooLongBytes = tooLong.getBytes(StandardCharsets.UTF_8).length;
        return Stream.of(
                Arguments.of(List.of("serve", "--port", "99999"), "port must be 0..65535 (0 picks a free one), was 99999"),
                Arguments.of(List.of("serve", "--port", "-1"), "port must be 0..65535 (0 picks a free one), was -1"),
                Arguments.of(List.of("serve", "--port", "ten"), "Invalid value for option '--port': 'ten' is not an int"),
                Arguments.of(List.of("serve", "--read-size", "0"), "read size must be 1..16777216 bytes, was 0"),
                Arguments.of(List.of("serve", "--behavior", "teleport"), "unknown server behaviour 'teleport'; known: [echo, once, prefix, lines, protocol, echo-protocol]"),
                Arguments.of(List.of("serve", "--udp", "--tls"), "choose one of --udp, --unix and --tls"),
                Arguments.of(List.of("serve", "--udp", "--behavior", "lines"), "a UDP server echoes datagrams"),
                Arguments.of(List.of("serve", "--max-connections", "0"), "max connections must be 1..1000000, was 0"),
                Arguments.of(List.of("serve", "--host", " "), "host must not be empty"),
                Arguments.of(List.of("connect", "--port", "0"), "port must be 1..65535, was 0"),
                Arguments.of(List.of("connect", "--port", "65536"), "port must be 1..65535, was 65536"),
                Arguments.of(List.of("connect", "--input", "hex", "--part", "zz"), "'z' is not a hex digit (at character 1)"),
                Arguments.of(List.of("connect", "--input", "hex", "--part", "abc"), "odd number of hex digits: the last byte has only one (at character 3)"),
                Arguments.of(List.of("connect", "--input", "escaped", "--part", "a\\q"), "unknown escape \\q (at character 2)"),
                Arguments.of(List.of("connect", "--input", "escaped", "--part", "\\x4"), "\\x needs two hex digits (at character 1)"),
                Arguments.of(List.of("connect", "--input", "base64", "--part", "QQ=="), "input must be text, escaped or hex, was 'base64'"),
                Arguments.of(List.of("connect", "--read", "chunk:0"), "read size must be 1..16777216 bytes, was 0"),
                Arguments.of(List.of("connect", "--read", "sideways"), "unknown read mode 'sideways'; use chunk:N, line, exactly:N or until:SEP"),
                Arguments.of(List.of("connect", "--read", "until:"), "read mode until needs a separator"),
                Arguments.of(List.of("connect", "--read", "exactly:x"), "read mode exactly: 'x' is not a whole number"),
                Arguments.of(List.of("connect", "--read", "exactly:99999999999"), "read mode exactly: '99999999999' is not a whole number"),
                Arguments.of(List.of("connect", "--pause", "-5"), "--pause must be 0..60000 ms, was -5"),
                Arguments.of(List.of("connect", "--pause", "999999999"), "--pause must be 0..60000 ms, was 999999999"),
                Arguments.of(List.of("connect", "--read-size", "99999999999"), "'99999999999' is not an int"),
                Arguments.of(List.of("connect", "--read-size", "20000000"), "read size must be 1..16777216 bytes, was 20000000"),
                Arguments.of(List.of("connect", "--timeout", "0"), "--timeout must be more than 0 and at most 600 seconds, was 0.0"),
                Arguments.of(List.of("connect", "--behavior", "teleport"), "unknown client behaviour 'teleport'"),
                Arguments.of(List.of("connect", "--insecure"), "--cafile and --insecure go with --tls"),
                Arguments.of(List.of("connect", "--tls", "--cafile", dir.resolve("missing.pem").toString()),
                        "cannot read the certificate file " + dir.resolve("missing.pem")),
                Arguments.of(List.of("connect", "--tls", "--cafile", malformed.toString()), malformed + " is not a PEM certificate"),
                Arguments.of(List.of("run", "no-such-preset"), "unknown preset 'no-such-preset'; known: stream-echo"),
                Arguments.of(List.of("run", "stream-echo", "--port", "70000"), "--port must be 0..65535, was 70000"),
                Arguments.of(List.of("run", dir.resolve("missing.json").toString()), "no preset file " + dir.resolve("missing.json")),
                Arguments.of(List.of("run", dir.toString() + "/"), "(it is a directory)"),
                Arguments.of(List.of("run", malformed.toString()), malformed + ": not valid JSON: Unrecognized token 'x'"),
                Arguments.of(List.of("run", truncated.toString()), truncated + ": not valid JSON: Unexpected end-of-input"),
                Arguments.of(List.of("run", future.toString()), "format 'netlab-preset/2' is not supported (this NetLab reads netlab-preset/1)"),
                Arguments.of(List.of("run", huge.toString()), "bytes is too big for a preset (at most 1048576)"),
                Arguments.of(List.of("run", deep.toString()), deep + ": not valid JSON: Document nesting depth (33) exceeds the maximum allowed (32"),
                Arguments.of(List.of("run", badPort.toString()), badPort + ": servers[0]: port must be 0..65535 (0 picks a free one), was 99999"),
                Arguments.of(List.of("run", badEncoding.toString()), "clients[0]: input must be text, escaped or hex, was 'base64'"),
                Arguments.of(List.of("run", serialized.toString()), serialized + ": not valid JSON"),
                Arguments.of(List.of("run", typed.toString()), typed + ": format: missing"),
                Arguments.of(List.of("exec", "--grace", "-1", "--", "true"), "--grace must be 0..3600 seconds, was -1.0"),
                Arguments.of(List.of("exec"), "Missing required parameter: 'CMD'"),
                Arguments.of(List.of("presets", "--lang", "klingon"), "--lang must be en or zh, was 'klingon'"),
                Arguments.of(List.of("teleport"), "netlab: 'teleport' is not a netlab command"),
                Arguments.of(List.of("serve", "--unix", tooLong), "AF_UNIX path too long: " + tooLongBytes + " bytes, at most 107"),
                Arguments.of(List.of("connect", "--unix", tooLong), "AF_UNIX path too long: " + tooLongBytes + " bytes, at most 107"),
                Arguments.of(List.of("serve", "--unix", dir.resolve("x.sock").toString(), "--tls"), "choose one of --udp, --unix and --tls"),
                Arguments.of(List.of("serve", "--udp", "--join", "10.1.2.3"), "'10.1.2.3' is not a multicast group (IPv4 224.0.0.0 to 239.255.255.255, IPv6 ff00::/8)"),
                Arguments.of(List.of("serve", "--udp", "--join", "239.1.2.3", "--interface", "nosuch0"), "no network interface named 'nosuch0' (this machine has: "),
                Arguments.of(List.of("serve", "--join", "239.1.2.3"), "--join goes with --udp: only a UDP server joins a multicast group"),
                Arguments.of(List.of("serve", "--udp", "--interface", "lo"), "--interface goes with --join"),
                Arguments.of(List.of("serve", "--udp", "--join", "239.1.2.3", "--host", "127.0.0.1"), "a server that joins 239.1.2.3 listens on the group's address (or 0.0.0.0), not 127.0.0.1"),
                Arguments.of(List.of("connect", "--udp", "--host", "239.1.2.3", "--interface", "nosuch0"), "no network interface named 'nosuch0'"),
                Arguments.of(List.of("connect", "--udp", "--host", "239.1.2.3", "--multicast-ttl", "300"), "the multicast TTL must be 0..255, was 300"),
                Arguments.of(List.of("connect", "--broadcast"), "--broadcast goes with --udp"),
                Arguments.of(List.of("serve", "--reuse-port"), "reuse-address and reuse-port are for a UDP server; a tcp server has SO_REUSEADDR already"),
                Arguments.of(List.of("connect", "--source", "127.0.0.2:x"), "--source: 'x' is not a port number"),
                Arguments.of(List.of("connect", "--source", "somehost"), "the source must be an IP address, such as 127.0.0.2, not 'somehost'"),
                Arguments.of(List.of("connect", "--multicast-ttl", "2"), "--multicast-ttl, --multicast-loop and --interface go with --udp to a multicast group"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void aUsageErrorSaysWhatIsWrongOnStderrAndExits2(List<String> args, String message) {
        Result r = netlab(args.toArray(String[]::new));
        assertThat(r.status()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).as(r.toString()).contains(message);
        assertThat(r.out()).as("nothing ran, so nothing is logged").isEmpty();
        assertThat(dir.resolve("pwned")).as("a preset never runs code").doesNotExist();
    }

    // ---- failures of what ran: exit 1, the reason in the log, what to do on stderr ----

    @Test
    void aRefusedConnectionIsInTheLogAndTheHintOnStderr() throws Exception {
        int port = closedPort();
        Result r = netlab("connect", "--port", Integer.toString(port), "--eof");
        assertThat(r.status()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.out()).contains("echo_client: error: ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', " + port + ")");
        assertThat(r.err()).contains("is a server listening? try: ./netlab serve --port " + port);
    }

    @Test
    void anUnknownHostIsGaierror() {
        Result r = netlab("connect", "--host", "no-such-host.invalid", "--eof");
        assertThat(r.status()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.out()).contains("echo_client: error: socket.gaierror: [Errno -2] Name or service not known")
                .contains("no-such-host.invalid");
    }

    /** Kept on this machine: a listener that never accepts, its backlog of one full (see BadInputOnTheBenchTest). */
    @Test
    void aConnectThatTimesOutSaysSoAfterTheTimeoutGiven() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            for (int i = 0; i < 64; i++) {
                Socket s = new Socket();
                held.add(s);
                try {
                    s.connect(new InetSocketAddress("127.0.0.1", full.getLocalPort()), 300);
                } catch (java.net.SocketTimeoutException backlogFull) {
                    break;
                }
            }
            long t0 = System.nanoTime();
            Result r = netlab("connect", "--port", Integer.toString(full.getLocalPort()), "--timeout", "0.4", "--eof");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.status()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
            assertThat(r.out()).contains("echo_client: error: TimeoutError: connect to ('127.0.0.1', " + full.getLocalPort() + ") timed out");
            assertThat(ms).as("gave up after the 0.4 s asked, not the default 10 s").isLessThan(8_000);
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void aUnixPathNobodyListensOnIsFileNotFoundError() {
        Result r = netlab("connect", "--unix", dir.resolve("nobody.sock").toString(), "--eof");
        assertThat(r.status()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.out()).contains("echo_client: error: FileNotFoundError: [Errno 2] No such file or directory: '"
                + dir.resolve("nobody.sock") + "' (is the server running?)");
        assertThat(r.err()).contains("the client failed against " + dir.resolve("nobody.sock"));
    }

    @Test
    void anUntrustedCertificateIsSSLCertVerificationErrorAndTheLabsPemIsTrusted() throws Exception {
        ServerEndpoint tls = lab.startServer(ServerSpec.builder().port(0).transport(TransportKind.TLS).behavior(ServerBehavior.ONCE).build()).get(T);
        String port = Integer.toString(tls.port());
        Result untrusted = netlab("connect", "--tls", "--port", port, "--part", "secret");
        assertThat(untrusted.status()).as(untrusted.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(untrusted.out()).contains("echo_client: error: SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] "
                + "certificate verify failed: self-signed certificate");
        Result trusted = netlab("connect", "--tls", "--cafile", tls.certificateFile().toString(), "--port", port, "--part", "secret");
        assertThat(trusted.status()).as(trusted.toString()).isZero();
        assertThat(trusted.out()).contains("echo_client: received b'secret'");
    }

    @Test
    void aDatagramOver65507BytesIsSaidAndNothingIsSent() throws Exception {
        ServerEndpoint udp = lab.startServer(ServerSpec.builder().port(0).transport(TransportKind.UDP).build()).get(T);
        Result r = netlab("connect", "--udp", "--port", Integer.toString(udp.port()), "--input", "hex",
                "--part", "41".repeat(65_508));
        assertThat(r.out()).as(r.toString()).contains("EchoClientProtocol: Error received: [Errno 90] Message too long: 65508 bytes, "
                + "one UDP datagram holds at most 65507");
        assertThat(r.out()).doesNotContain("Received: ");
    }

    @Test
    void ipv6LiteralsConnectWithAndWithoutBrackets() throws Exception {
        ServerEndpoint v6 = lab.startServer(ServerSpec.builder().host("::1").port(0).build()).get(T);
        String port = Integer.toString(v6.port());
        for (String host : List.of("::1", "[::1]")) {
            Result r = netlab("connect", "--host", host, "--port", port, "--eof");
            assertThat(r.status()).as(host + "\n" + r).isZero();
            assertThat(r.out()).contains("echo_client: connecting to ::1 port " + port);
            assertThat(CommandLineTest.receivedText(r.out().lines().toList(), "echo_client: received "))
                    .isEqualTo("This is the message. It will be sent in parts.");
        }
    }

    @Test
    void aBroadcastAddressWithoutBroadcastIsPermissionErrorAndTheHintSaysBroadcast() {
        Result r = netlab("connect", "--udp", "--host", "255.255.255.255", "--port", "9");
        assertThat(r.status()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.out()).as(r.toString()).contains("PermissionError: [Errno 13] Permission denied ('255.255.255.255', 9)");
        assertThat(r.err()).as(r.toString()).contains("255.255.255.255 is a broadcast address: sending to one needs --broadcast (SO_BROADCAST)");
    }

    @Test
    void serveSaysWhyItCannotListen() throws Exception {
        Path regular = Files.writeString(dir.resolve("regular.sock"), "a file, not a socket");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String port = Integer.toString(taken.getLocalPort());
            List<List<String>> cases = List.of(
                    List.of("serve --port " + port, "cannot listen on 127.0.0.1 port " + port + ": OSError: [Errno 98] error while "
                            + "attempting to bind on address ('127.0.0.1', " + port + "): address already in use"),
                    List.of("serve --host 192.0.2.1 --port 0", "cannot listen on 192.0.2.1 port 0: OSError: [Errno 99] error while "
                            + "attempting to bind on address ('192.0.2.1', 0): cannot assign requested address"),
                    List.of("serve --host no-such-host.invalid --port 0", "socket.gaierror: [Errno -2] Name or service not known"),
                    List.of("serve --unix " + regular, "cannot listen on " + regular + ": OSError: [Errno 98] error while attempting "
                            + "to bind on address '" + regular + "': address already in use (" + regular + " exists and is not a socket)"),
                    List.of("serve --unix " + dir.resolve("no-dir").resolve("x.sock"), "FileNotFoundError: [Errno 2] error while "
                            + "attempting to bind on address"));
            for (List<String> c : cases) {
                Result r = netlab(c.get(0).split(" "));
                assertThat(r.status()).as(c.get(0) + "\n" + r).isEqualTo(ExitCodes.FAILED);
                assertThat(r.err()).as(c.get(0) + "\n" + r).contains("netlab serve: cannot listen on ").contains(c.get(1));
                assertThat(r.out()).as("the server's own log says it too").contains("main: cannot start the server on ");
            }
        }
        assertThat(Files.readString(regular)).isEqualTo("a file, not a socket");
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
