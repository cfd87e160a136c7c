package netlab.engine.script;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import netlab.engine.files.FileProblem;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.net.HostPort;
import netlab.engine.rules.RulesFile;
import netlab.engine.testing.ExternalProcess;
import netlab.engine.testing.LabBench;
import netlab.engine.testing.Python;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Client scripts against real servers: the lab's rules server, and a Python server changed under the script. */
class ScriptRunnerTest {
    private static final Path EXAMPLE = Path.of("../examples/ping-pong.script.json");
    private final LabBench bench = new LabBench();
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        bench.close();
    }

    /** Every step and its status, as the window lights them. */
    private static final class Steps implements ScriptListener {
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void step(String number, Step step, Status status, String detail) {
            seen.add(number + " " + status);
        }
    }

    @Test
    void theExampleScriptPassesAgainstTheExampleRulesServerUsingTheNumberItSaved() throws Exception {
        ServerEndpoint server = (ServerEndpoint) bench.lab.startServer(ServerSpec.builder().port(0)
                .rules(RulesFile.read(Path.of("../examples/ping-pong.rules.json"))).build()).get(T);
        Steps steps = new Steps();
        ScriptResult result = new ScriptRunner(ScriptFile.read(EXAMPLE).withTarget(HostPort.loopback(server.port())), steps).run();
        assertThat(result.ok()).as(result.describe()).isTrue();
        assertThat(result.describe()).isEqualTo("all 8 steps passed");
        assertThat(steps.seen).startsWith("1 RUNNING", "1 PASSED", "2 RUNNING", "2 PASSED", "3 RUNNING", "3 PASSED", "4 RUNNING",
                "4.1.1 RUNNING", "4.1.1 PASSED").endsWith("4 PASSED", "5 RUNNING", "5 PASSED");
        // the part-by-part sends arrived as the rules server's messages, each answered
        org.awaitility.Awaitility.await().atMost(T).until(() -> bench.events(server.id(),
                netlab.engine.event.EventKind.RULE_MATCHED).size() == 3);
    }

    @Test
    void aPythonServerThatChangesItsAnswerFailsTheScriptAtTheExpectWithWhatCameInstead() throws Exception {
        Path python = Python.require("a Python server for the script");
        String server = """
                import socket, sys
                answer = sys.argv[1].encode()
                s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen()
                print('port', s.getsockname()[1], flush=True)
                c, _ = s.accept()
                while True:
                    data = c.recv(100)
                    if not data:
                        break
                    c.sendall(answer + b'\\n')
                """;
        Path code = dir.resolve("server.py");
        Files.writeString(code, server);
        Path file = dir.resolve("s.json");
        Files.writeString(file, """
                {"steps": [{"connect": true}, {"send": "PING 7\\n"},
                           {"expect": {"equals": "PONG 7\\n"}, "timeout_ms": 1500}, {"close": true}]}
                """);
        Script script = ScriptFile.read(file);
        try (ExternalProcess good = ExternalProcess.start(List.of(python.toString(), "-u", code.toString(), "PONG 7"))) {
            int port = Integer.parseInt(good.awaitLine(l -> l.startsWith("port "), T).substring(5));
            assertThat(new ScriptRunner(script.withTarget(HostPort.loopback(port)), new Steps()).run().ok()).isTrue();
        }
        try (ExternalProcess changed = ExternalProcess.start(List.of(python.toString(), "-u", code.toString(), "PONG 8"))) {
            int port = Integer.parseInt(changed.awaitLine(l -> l.startsWith("port "), T).substring(5));
            ScriptResult result = new ScriptRunner(script.withTarget(HostPort.loopback(port)), new Steps()).run();
            assertThat(result.ok()).isFalse();
            assertThat(result.failedStep()).isEqualTo("3");
            assertThat(result.arrived().utf8()).isEqualTo("PONG 8\n");
            assertThat(result.describe()).isEqualTo("step 3 (expect equals 'PONG 7\\n' within 1500 ms) failed: nothing matched within"
                    + " 1500 ms; arrived instead: b'PONG 8\\n'");
        }
    }

    @Test
    void aServerThatIsNotThereFailsTheConnectStep() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ScriptResult result = new ScriptRunner(ScriptFile.read(EXAMPLE).withTarget(HostPort.loopback(port)), new Steps()).run();
        assertThat(result.failedStep()).isEqualTo("1");
        assertThat(result.reason()).contains("Connection refused");
    }

    @Test
    void badScriptsNameTheirLineAndField() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"steps\": [\n {\"connect\": true},\n {\"send\": \"ACK {{n}}\"}]}");
        FileProblem unsaved = (FileProblem) catchThrowable(() -> ScriptFile.read(file));
        assertThat(unsaved.getMessage()).isEqualTo(file + ":3: steps[1].send: no variable {{n}} is saved before this step (an expect's \"save\")");
        Files.writeString(file, "{\"steps\": [\n {\"connect\": true, \"send\": \"x\"}]}");
        assertThat(catchThrowable(() -> ScriptFile.read(file))).hasMessage(file
                + ":2: steps[0]: give exactly one of [connect, send, expect, wait, half-close, close, repeat]; found [connect, send]");
        Files.writeString(file, "{\"to\": \"localhost\", \"steps\": [{\"close\": true}]}");
        assertThat(catchThrowable(() -> ScriptFile.read(file))).hasMessageEndingWith(":1: to: expected HOST:PORT, as 127.0.0.1:10000, not 'localhost'");
        Files.writeString(file, "{\"version\": 9, \"steps\": [{\"close\": true}]}");
        assertThat(catchThrowable(() -> ScriptFile.read(file))).hasMessageContaining("version 9 is from a newer NetLab");
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        Script script = ScriptFile.read(EXAMPLE);
        Path copy = dir.resolve("copy.json");
        Files.writeString(copy, ScriptFile.toJson(script));
        assertThat(ScriptFile.read(copy)).isEqualTo(script);
    }
}
