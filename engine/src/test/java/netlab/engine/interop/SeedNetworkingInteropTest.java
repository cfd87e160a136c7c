package netlab.engine.interop;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import netlab.engine.net.UnixPath;
import netlab.engine.lab.ClientBehavior;
import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.bytes.Bytes;
import netlab.engine.testing.ExternalProcess;
import netlab.engine.testing.LabBench;
import netlab.engine.testing.Python;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The networking seeds (001 #8, #9, #11; 003; 004) against CPython's asyncio, both ways: the seeds'
 * own clients, run by python3, against NetLab's servers (TCP, UDP, Unix, TLS), and NetLab's clients
 * against the seeds' own servers. Each side prints what the seed prints. Skipped without python3.
 */
class SeedNetworkingInteropTest {
    private static final String SEEDS = "/cpython/seeds_networking.py";
    private static final List<String> ONCE_CLIENT = List.of("Send: 'Hello World!'", "Received: 'Hello World!'", "Close the connection");
    private static final List<Bytes> HELLO = List.of(Bytes.utf8("Hello World!"));

    private final LabBench bench = new LabBench();
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        bench.close();
    }

    private ServerEndpoint serve(ServerBehavior behavior, TransportKind kind, Path path) throws Exception {
        ServerSpec.Builder spec = ServerSpec.builder().port(0).behavior(behavior).transport(kind);
        if (path != null) {
            spec.path(UnixPath.of(path));
        }
        return bench.lab.startServer(spec.build()).get(T);
    }

    private static List<String> pythonClient(String role, String target, String... extra) throws Exception {
        String[] args = new String[2 + extra.length];
        args[0] = role;
        args[1] = target;
        System.arraycopy(extra, 0, args, 2, extra.length);
        try (ExternalProcess p = Python.start(SEEDS, args)) {
            assertThat(p.waitFor(T)).as("python %s exit; it printed:\n%s", role, p.describe()).isZero();
            return p.stdoutLines();
        }
    }

    @Test
    void theSeedsPythonClientsTalkToNetLabsServers() throws Exception {
        Python.require("to run the seeds' asyncio clients against NetLab");
        String once = String.valueOf(serve(ServerBehavior.ONCE, TransportKind.TCP, null).port());
        assertThat(pythonClient("once-client", once)).isEqualTo(ONCE_CLIENT);

        String lines = String.valueOf(serve(ServerBehavior.LINES, TransportKind.TCP, null).port());
        assertThat(pythonClient("lines-client", lines)).containsExactly("Lines received", "b'First line.\\n'",
                "b'Second line.\\n'", "b'Third line.\\n'", "b'Last line.\\n'");

        String protocol = String.valueOf(serve(ServerBehavior.PROTOCOL, TransportKind.TCP, null).port());
        assertThat(pythonClient("protocol-client", protocol)).containsExactly("Data sent: 'Hello World!'",
                "Data received: 'Hello World!'", "The server closed the connection", "Stop the event loop");

        String udp = String.valueOf(serve(ServerBehavior.ECHO, TransportKind.UDP, null).port());
        assertThat(pythonClient("udp-client", udp)).containsExactly("Send: Hello World!", "Received: Hello World!",
                "Close the socket", "Socket closed, stop the event loop");

        Path sock = dir.resolve("once.sock");
        serve(ServerBehavior.ONCE, TransportKind.UNIX, sock);
        assertThat(pythonClient("unix-client", sock.toString())).isEqualTo(ONCE_CLIENT);

        ServerEndpoint tls = serve(ServerBehavior.ONCE, TransportKind.TLS, null);
        assertThat(tls.certificateFile()).exists();
        assertThat(pythonClient("tls-client", String.valueOf(tls.port()), tls.certificateFile().toString()))
                .as("Python verifies NetLab's certificate, name included").isEqualTo(ONCE_CLIENT);

        // and the NetLab servers printed the seed's lines for them
        assertThat(bench.log.logLines()).contains("handle_echo: Received 'Hello World!' from ''",
                "EchoServerClientProtocol: Data received: 'Hello World!'", "client_connected_handler: Connection received!");
    }

    private ExternalProcess pythonServer(String role, String target) throws Exception {
        ExternalProcess p = Python.start(SEEDS, role, target);
        p.awaitLine(l -> l.startsWith("Serving on "), T);
        return p;
    }

    private static int port(ExternalProcess server) {
        String line = server.stdoutLines().stream().filter(l -> l.startsWith("Serving on ")).findFirst().orElseThrow();
        return Integer.parseInt(line.replaceAll(".*, (\\d+)\\)$", "$1"));
    }

    private List<String> runClient(ClientSpec spec) {
        ClientEndpoint client = bench.runClient(spec);
        assertThat(client.state()).as(bench.log.logLines().toString()).isEqualTo(EndpointState.FINISHED);
        return bench.logTexts(client.id(), ClientEndpoint.label(spec));
    }

    @Test
    void netLabsClientsTalkToTheSeedsPythonServers() throws Exception {
        Python.require("to run the seeds' asyncio servers against NetLab");
        try (ExternalProcess once = pythonServer("once-server", "0");
             ExternalProcess protocol = pythonServer("protocol-server", "0");
             ExternalProcess udp = pythonServer("udp-server", "0")) {
            assertThat(runClient(ClientSpec.builder().port(port(once)).parts(HELLO).halfClose(false).behavior(ClientBehavior.ONCE).build())).isEqualTo(ONCE_CLIENT);
            once.awaitLine(l -> l.equals("Close the client socket"), T);

            assertThat(runClient(ClientSpec.builder().port(port(protocol)).parts(HELLO).halfClose(false).behavior(ClientBehavior.PROTOCOL).build())).containsExactly("Data sent: 'Hello World!'",
                    "Data received: 'Hello World!'", "The server closed the connection", "Stop the event loop");

            assertThat(runClient(ClientSpec.builder().port(port(udp)).transport(TransportKind.UDP).parts(HELLO).halfClose(false).build())).containsExactly("Send: Hello World!", "Received: Hello World!",
                    "Close the socket", "Socket closed, stop the event loop");
            udp.awaitLine(l -> l.startsWith("Send 'Hello World!' to ('127.0.0.1', "), T);
        }
        Path sock = dir.resolve("py.sock");
        try (ExternalProcess unix = pythonServer("unix-server", sock.toString())) {
            assertThat(runClient(ClientSpec.builder().path(UnixPath.of(sock)).parts(HELLO).halfClose(false).behavior(ClientBehavior.ONCE).build())).isEqualTo(ONCE_CLIENT);
            unix.awaitLine(l -> l.equals("Received 'Hello World!' from ''"), T);
        }
    }
}
