package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import netlab.app.ListeningSockets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code netlab serve} stopped by a real signal ({@code kill -INT}, {@code kill -TERM}) while
 * connections are live, half-way through their conversations: every connection is closed with
 * its closing line, the closing lines of the server and the loop are printed, the process exits
 * 0, and nothing is left: no process, no listening socket on the port (a new server binds it).
 */
class ShutdownBySignalTest {
    private static final Duration T = Duration.ofSeconds(30);
    private static final int CONNECTIONS = 12;

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalClosesEveryLiveConnectionAndLeavesNothingBehind(String signal) throws Exception {
        List<Socket> peers = new ArrayList<>();
        try (NetlabProcess serve = NetlabProcess.start("serve", "--port", "0")) {
            int port = Integer.parseInt(serve.awaitLine("main: starting up on 127\\.0\\.0\\.1 port (\\d+)", T).group(1));
            for (int i = 0; i < CONNECTIONS; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", port), (int) T.toMillis());
                s.setSoTimeout((int) T.toMillis());
                peers.add(s);
                String said = "part one of " + i;
                s.getOutputStream().write(said.getBytes(StandardCharsets.UTF_8));
                // the echo came back: the connection is live and in the middle of its conversation
                byte[] echo = s.getInputStream().readNBytes(said.length());
                assertThat(new String(echo, StandardCharsets.UTF_8)).isEqualTo(said);
            }
            assertThat(ListeningSockets.on(port)).as("the check sees the server listening before the signal").isTrue();
            long pid = serve.pid();
            long t0 = System.nanoTime();
            serve.signal(signal);
            assertThat(serve.awaitExit(T)).as("exit status").isZero();
            long exitMs = (System.nanoTime() - t0) / 1_000_000;

            // every peer sees the end of its stream: the server closed it, nothing was left open
            for (Socket s : peers) {
                InputStream in = s.getInputStream();
                assertThat(in.read()).as("EOF on " + s.getLocalPort()).isEqualTo(-1);
            }
            List<String> out = serve.stdout();
            assertThat(out).contains("main: closing server");
            for (Socket s : peers) {
                assertThat(out).as("the closing line of the connection from port " + s.getLocalPort())
                        .contains("echo_127.0.0.1_" + s.getLocalPort() + ": closing");
            }
            assertThat(out.get(out.size() - 1)).isEqualTo("main: closing event loop");

            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("the process is gone").isFalse();
            assertThat(ListeningSockets.on(port)).as("a listening socket left on port " + port).isFalse();
            try (ServerSocket again = new ServerSocket()) {
                again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)); // a restart can have the port
            }
            System.out.printf(Locale.ROOT, "SIG%s to netlab serve: %d live connections closed with their lines, "
                    + "exited 0 in %d ms, port %d free, no process left%n", signal, CONNECTIONS, exitMs, port);
        } finally {
            for (Socket s : peers) {
                s.close();
            }
        }
    }
}
