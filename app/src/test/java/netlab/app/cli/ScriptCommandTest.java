package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./netlab script FILE --to HOST:PORT} as a process: 0 when all passed, 1 with the failed step, 2 for a bad file. */
class ScriptCommandTest {
    private static final Duration T = Duration.ofSeconds(30);
    private static final Path SCRIPT = Path.of("../examples/ping-pong.script.json").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theExampleScriptPassesAgainstTheExampleRulesServerAndFailsAgainstAnEchoServer() throws Exception {
        try (NetlabProcess serve = NetlabProcess.start("serve", "--port", "0", "--rules", RulesCommandTest.EXAMPLE.toString())) {
            String port = serve.awaitLine("main: starting up on 127\\.0\\.0\\.1 port (\\d+)", T).group(1);
            try (NetlabProcess script = NetlabProcess.start("script", SCRIPT.toString(), "--to", "127.0.0.1:" + port)) {
                assertThat(script.awaitExit(T)).as(script.stderr()).isZero();
                assertThat(script.stdout()).contains("script: received b'PONG 7\\n'", "script: step 4.2.2 passed: expect equals 'PONG 7\\n' within 5000 ms",
                        "script: all 8 steps passed");
            }
            serve.signal("TERM");
            serve.awaitExit(T);
        }
        // the same script against a server that answers otherwise: the seed's echo, which returns PING 7
        try (NetlabProcess serve = NetlabProcess.start("serve", "--port", "0", "--behavior", "echo-protocol")) {
            String port = serve.awaitLine("main: Serving on \\('127\\.0\\.0\\.1', (\\d+)\\)", T).group(1);
            Path shortWait = dir.resolve("short.json");
            Files.writeString(shortWait, Files.readString(SCRIPT).replace("\"timeout_ms\": 5000", "\"timeout_ms\": 1000"));
            try (NetlabProcess script = NetlabProcess.start("script", shortWait.toString(), "--to", "127.0.0.1:" + port)) {
                assertThat(script.awaitExit(T)).isEqualTo(1);
                assertThat(script.stderr()).contains("netlab script: " + shortWait + ": step 3 (expect regex 'PONG (\\\\d+)\\n' within 1000 ms, saving [n])"
                        + " failed: nothing matched within 1000 ms; arrived instead: b'PING 7\\n'");
            }
            serve.signal("TERM");
            serve.awaitExit(T);
        }
    }

    @Test
    void aBadScriptIsExit2WithItsLineAndField() throws Exception {
        Path bad = dir.resolve("bad.script.json");
        Files.writeString(bad, "{\"steps\": [\n  {\"connect\": true},\n  {\"expect\": {\"regex\": \"[\"}}\n]}");
        try (NetlabProcess script = NetlabProcess.start("script", bad.toString(), "--to", "127.0.0.1:9")) {
            assertThat(script.awaitExit(T)).isEqualTo(2);
            assertThat(script.stderr()).contains("netlab script: " + bad + ":3: steps[1].expect.regex: invalid regex at character 1");
        }
    }
}
