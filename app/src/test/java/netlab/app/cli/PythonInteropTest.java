package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The done-when of the walking skeleton, with a peer NetLab did not write: the seed's own asyncio
 * client and server, run by the system's python3. Skipped, saying so, when there is no python3.
 */
class PythonInteropTest {
    private static final Duration T = Duration.ofSeconds(20);
    private static final String MESSAGE = "This is the message. It will be sent in parts.";

    @TempDir
    static Path dir;

    @BeforeAll
    static void needPython() throws Exception {
        netlab.engine.testing.Tools.missing(python() == null, "python3 is not installed: the asyncio interop tests are skipped");
        for (String name : List.of("echo_client_coroutine.py", "echo_server_coroutine.py")) {
            try (InputStream in = PythonInteropTest.class.getResourceAsStream("/python/" + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
    }

    static String python() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import asyncio").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? "python3" : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Test
    void pythonAsyncioClientAgainstNetlabServe() throws Exception {
        try (NetlabProcess serve = NetlabProcess.start("serve", "--port", "0")) {
            String port = serve.awaitLine("main: starting up on 127\\.0\\.0\\.1 port (\\d+)", T).group(1);
            Process client = new ProcessBuilder("python3", dir.resolve("echo_client_coroutine.py").toString(), port)
                    .redirectErrorStream(true).start();
            try {
                assertThat(client.waitFor(T.toSeconds(), TimeUnit.SECONDS)).isTrue();
                String out = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(client.exitValue()).as(out).isZero();
                List<String> lines = out.lines().toList();
                assertThat(CommandLineTest.receivedText(lines, "echo_client: received ")).isEqualTo(MESSAGE);
                assertThat(lines).contains("echo_client: closing", "main: closing event loop");
            } finally {
                client.destroyForcibly();
            }
            serve.awaitLine("echo_127\\.0\\.0\\.1_\\d+: closing", T);
            assertThat(CommandLineTest.receivedText(serve.stdout(), serve.stdout().stream()
                    .filter(l -> l.endsWith(": connection accepted")).findFirst().orElseThrow()
                    .replace("connection accepted", "received "))).isEqualTo(MESSAGE);
            serve.signal("TERM");
            assertThat(serve.awaitExit(T)).isZero();
        }
    }

    @Test
    void netlabConnectAgainstPythonAsyncioServer() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Process server = new ProcessBuilder("python3", dir.resolve("echo_server_coroutine.py").toString(), Integer.toString(port))
                .redirectErrorStream(true).start();
        try {
            awaitListening(port);
            try (NetlabProcess connect = NetlabProcess.start("connect", "--port", Integer.toString(port), "--eof")) {
                assertThat(connect.awaitExit(T)).isZero();
                assertThat(CommandLineTest.receivedText(connect.stdout(), "echo_client: received ")).isEqualTo(MESSAGE);
                assertThat(connect.stdout()).endsWith("echo_client: closing", "main: closing event loop");
            }
        } finally {
            server.destroy();
            server.waitFor(5, TimeUnit.SECONDS);
            server.destroyForcibly();
        }
    }

    private static void awaitListening(int port) throws InterruptedException {
        // the kernel lists the port as listening once the server has bound it (no connection made to find out)
        org.awaitility.Awaitility.await("the Python server listening on " + port).atMost(T)
                .until(() -> netlab.app.ListeningSockets.on(port));
    }
}
