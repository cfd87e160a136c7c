package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;

import netlab.engine.lab.Lab;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import org.junit.jupiter.api.Test;

/** The headless command line as a person uses it: real processes, real sockets, real signals. */
class CommandLineTest {
    private static final Duration T = Duration.ofSeconds(20);
    private static final String MESSAGE = "This is the message. It will be sent in parts.";

    @Test
    void serveEchoesAndStopsCleanlyOnSigint() throws Exception {
        try (NetlabProcess serve = NetlabProcess.start("serve", "--port", "0")) {
            int port = Integer.parseInt(serve.awaitLine("main: starting up on 127\\.0\\.0\\.1 port (\\d+)", T).group(1));
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
                s.setSoTimeout(5000);
                s.getOutputStream().write("hello, netlab".getBytes(StandardCharsets.UTF_8));
                s.shutdownOutput();
                byte[] echo = s.getInputStream().readAllBytes();
                assertThat(new String(echo, StandardCharsets.UTF_8)).isEqualTo("hello, netlab");
            }
            serve.awaitLine("echo_127\\.0\\.0\\.1_\\d+: closing", T);
            serve.signal("INT");
            assertThat(serve.awaitExit(T)).isZero();
            List<String> out = serve.stdout();
            assertThat(out).contains("main: closing server", "main: closing event loop");
            assertThat(out.get(out.size() - 1)).isEqualTo("main: closing event loop");
        }
    }

    @Test
    void serveClosesLiveConnectionsOnSigterm() throws Exception {
        try (NetlabProcess serve = NetlabProcess.start("serve", "--port", "0")) {
            int port = Integer.parseInt(serve.awaitLine("main: starting up on 127\\.0\\.0\\.1 port (\\d+)", T).group(1));
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
                s.setSoTimeout(10_000);
                s.getOutputStream().write("still here".getBytes(StandardCharsets.UTF_8));
                serve.awaitLine("echo_127\\.0\\.0\\.1_\\d+: sent b'still here'", T);
                serve.signal("TERM");
                assertThat(serve.awaitExit(T)).isZero();
                byte[] rest = s.getInputStream().readAllBytes();
                assertThat(new String(rest, StandardCharsets.UTF_8)).isEqualTo("still here");
            }
            assertThat(serve.stdout()).contains("main: closing server", "main: closing event loop");
        }
    }

    @Test
    void serveRefusesAPortInUseWithAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             NetlabProcess serve = NetlabProcess.start("serve", "--port", Integer.toString(taken.getLocalPort()))) {
            assertThat(serve.awaitExit(T)).isEqualTo(ExitCodes.FAILED);
            assertThat(serve.stderr()).contains("cannot listen on 127.0.0.1 port " + taken.getLocalPort())
                    .contains("[Errno 98]").contains("address already in use");
        }
    }

    @Test
    void serveRejectsAPortOutOfRange() throws Exception {
        try (NetlabProcess serve = NetlabProcess.start("serve", "--port", "99999")) {
            assertThat(serve.awaitExit(T)).isEqualTo(ExitCodes.USAGE);
            assertThat(serve.stderr()).contains("port must be 0..65535").contains("was 99999");
        }
    }

    @Test
    void connectBehavesAsTheSeedClient() throws Exception {
        try (Lab lab = new Lab()) {
            ServerEndpoint server = lab.startServer(ServerSpec.builder().port(0).build()).get(T);
            int port = server.port();
            try (NetlabProcess connect = NetlabProcess.start("connect", "--port", Integer.toString(port), "--eof")) {
                assertThat(connect.awaitExit(T)).isZero();
                List<String> out = connect.stdout();
                assertThat(out).startsWith(
                        "echo_client: connecting to 127.0.0.1 port " + port,
                        "echo_client: sending b'This is the message. '",
                        "echo_client: sending b'It will be sent '",
                        "echo_client: sending b'in parts.'",
                        "echo_client: waiting for response");
                assertThat(out).endsWith("echo_client: closing", "main: closing event loop");
                assertThat(receivedText(out, "echo_client: received ")).isEqualTo(MESSAGE);
            }
        }
    }

    @Test
    void connectSendsTheGivenPartsDecodedAsAsked() throws Exception {
        try (Lab lab = new Lab()) {
            ServerEndpoint server = lab.startServer(ServerSpec.builder().port(0).build()).get(T);
            String port = Integer.toString(server.port());
            try (NetlabProcess connect = NetlabProcess.start("connect", "--port", port, "--eof", "--input", "escaped",
                    "--part", "a\\x00b", "--part", "\\n'q'")) {
                assertThat(connect.awaitExit(T)).isZero();
                assertThat(connect.stdout()).contains("echo_client: sending b'a\\x00b'", "echo_client: sending b\"\\n'q'\"");
            }
        }
    }

    @Test
    void connectFailsClearlyWhenNobodyListens() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (NetlabProcess connect = NetlabProcess.start("connect", "--port", Integer.toString(port), "--eof")) {
            assertThat(connect.awaitExit(T)).isEqualTo(ExitCodes.FAILED);
            assertThat(connect.stdout()).contains("echo_client: error: ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', "
                    + port + ")");
            assertThat(connect.stderr()).contains("is a server listening?");
        }
    }

    @Test
    void runStreamEchoPrintsTheSeedsLinesForThreeClientRuns() throws Exception {
        try (NetlabProcess run = NetlabProcess.start("run", "stream-echo", "--port", "0")) {
            assertThat(run.awaitExit(T)).isZero();
            List<String> out = run.stdout();
            Matcher m = java.util.regex.Pattern.compile("main: starting up on 127\\.0\\.0\\.1 port (\\d+)").matcher(out.get(0));
            assertThat(m.matches()).as(out.get(0)).isTrue();
            assertThat(out.stream().filter(l -> l.equals("echo_client: waiting for response"))).hasSize(3);
            assertThat(out.stream().filter(l -> l.matches("echo_127\\.0\\.0\\.1_\\d+: connection accepted"))).hasSize(3);
            assertThat(receivedText(out, "echo_client: received ")).isEqualTo(MESSAGE.repeat(3));
            assertThat(out).endsWith("main: closing server", "main: closing event loop");
        }
    }

    @Test
    void presetsListsTheLibraryAndUnknownIdsAreRefused() throws Exception {
        try (NetlabProcess presets = NetlabProcess.start("presets")) {
            assertThat(presets.awaitExit(T)).isZero();
            assertThat(presets.stdout()).anyMatch(l -> l.startsWith("stream-echo") && l.contains("000"));
        }
        try (NetlabProcess run = NetlabProcess.start("run", "no-such-preset")) {
            assertThat(run.awaitExit(T)).isEqualTo(ExitCodes.USAGE);
            assertThat(run.stderr()).contains("unknown preset 'no-such-preset'").contains("stream-echo");
        }
    }

    /** The bytes inside b'...' of every line with the prefix, joined. */
    static String receivedText(List<String> lines, String prefix) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                String literal = line.substring(prefix.length());
                text.append(literal, 2, literal.length() - 1);
            }
        }
        return text.toString();
    }
}
