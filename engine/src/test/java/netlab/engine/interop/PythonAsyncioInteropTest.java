package netlab.engine.interop;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import netlab.engine.net.HostPort;
import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.testing.ExternalProcess;
import netlab.engine.testing.LabBench;
import netlab.engine.testing.Python;
import netlab.engine.testing.SeedLines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 against a peer NetLab did not write: the tutorial's own asyncio server and client, run
 * by the machine's python3 as real processes. Each NetLab side must print what the Python side
 * prints in its place, line for line, once ports and TCP's chunking are set aside. Skipped with a
 * message when there is no python3.
 */
class PythonAsyncioInteropTest {
    private static final String SERVER = "/cpython/asyncio_echo_server_coroutine.py";
    private static final String CLIENT = "/cpython/asyncio_echo_client_coroutine.py";
    private static final String MESSAGE = "b'This is the message. It will be sent in parts.'";
    /** What seed 000's client prints, normalized: the lines every client side is held to. */
    private static final List<String> SEED_CLIENT = List.of(
            "echo_client: connecting to 127.0.0.1 port P",
            "echo_client: sending b'This is the message. '",
            "echo_client: sending b'It will be sent '",
            "echo_client: sending b'in parts.'",
            "echo_client: waiting for response",
            "echo_client: received " + MESSAGE,
            "echo_client: closing");
    private static final List<String> SEED_SERVER_CONNECTION = List.of(
            "echo_PEER: connection accepted",
            "echo_PEER: received " + MESSAGE,
            "echo_PEER: sent " + MESSAGE,
            "echo_PEER: closing");

    private final LabBench bench = new LabBench();
    private ExternalProcess pythonServer;
    private int pythonPort;

    @BeforeEach
    void startPythonServer() throws Exception {
        Python.require("to run seed 000's asyncio server and client as peers");
        pythonServer = Python.start(SERVER, "0");
        String up = pythonServer.awaitLine(l -> l.startsWith("main: starting up on 127.0.0.1 port "), T);
        pythonPort = Integer.parseInt(up.substring(up.lastIndexOf(' ') + 1));
    }

    @AfterEach
    void stop() throws Exception {
        bench.close();
        if (pythonServer != null) {
            pythonServer.close();
        }
    }

    private static List<String> runPythonClient(int port) throws Exception {
        try (ExternalProcess client = Python.start(CLIENT, "127.0.0.1", String.valueOf(port))) {
            int exit = client.waitFor(T);
            assertThat(exit).as("python client exit; it printed:\n%s", client.describe()).isZero();
            return client.stderrLines();
        }
    }

    private List<String> pythonServerConnectionLines() throws Exception {
        pythonServer.awaitLine(l -> l.startsWith("echo_") && l.endsWith(": closing"), T);
        return pythonServer.stderrLines().stream().filter(l -> l.startsWith("echo_")).toList();
    }

    @Test
    void thePythonClientReadsTheSameAgainstNetLabAsAgainstPython() throws Exception {
        ServerEndpoint netlab = bench.echoServer(128);
        List<String> againstNetLab = runPythonClient(netlab.port());
        List<String> againstPython = runPythonClient(pythonPort);

        assertThat(SeedLines.normalize(againstNetLab)).isEqualTo(SeedLines.normalize(againstPython));
        assertThat(SeedLines.normalize(againstNetLab).subList(0, SEED_CLIENT.size())).isEqualTo(SEED_CLIENT);

        // and the NetLab server printed, for that client, what the Python server printed for its one
        bench.log.await(e -> e.text() != null && e.text().equals("closing") && e.logger().startsWith("echo_"), T);
        List<String> netlabServer = bench.log.logLines().stream().filter(l -> l.startsWith("echo_")).toList();
        assertThat(SeedLines.normalize(netlabServer)).isEqualTo(SeedLines.normalize(pythonServerConnectionLines()))
                .isEqualTo(SEED_SERVER_CONNECTION);
        assertThat(netlabServer.get(0)).matches("echo_127\\.0\\.0\\.1_\\d+: connection accepted");
    }

    @Test
    void theNetLabClientPrintsWhatThePythonClientPrintsAgainstThePythonServer() throws Exception {
        ClientEndpoint client = bench.runClient(ClientSpec.seed(HostPort.loopback(pythonPort)));
        assertThat(client.state()).isEqualTo(EndpointState.FINISHED);
        List<String> netlabClient = bench.log.logLines().stream().filter(l -> l.startsWith("echo_client: ")).toList();
        assertThat(SeedLines.normalize(netlabClient)).isEqualTo(SEED_CLIENT);
        assertThat(SeedLines.normalize(pythonServerConnectionLines())).isEqualTo(SEED_SERVER_CONNECTION);

        List<String> pythonClient = runPythonClient(pythonPort).stream().filter(l -> l.startsWith("echo_client: ")).toList();
        assertThat(SeedLines.normalize(netlabClient)).isEqualTo(SeedLines.normalize(pythonClient));
    }

    /** The Python server also ends as the seed says once stopped, so the comparison ran against a healthy peer. */
    @Test
    void thePythonServerStopsCleanly() throws Exception {
        pythonServer.terminate();
        assertThat(pythonServer.waitFor(T)).isZero();
        assertThat(pythonServer.stderrLines()).as(pythonServer.describe()).endsWith("main: closing server", "main: closing event loop");
    }
}
