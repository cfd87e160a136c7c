package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import netlab.engine.testing.ExternalProcess;
import netlab.engine.testing.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./netlab serve --rules FILE} as a real process, asked by nc and socat; a bad file is exit 2 with its line and field. */
class RulesCommandTest {
    private static final Duration T = Duration.ofSeconds(30);
    static final Path EXAMPLE = Path.of("../examples/ping-pong.rules.json").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theExampleRulesServerAnswersPing42WithPong42ToNc() throws Exception {
        Path nc = Tools.require("nc", "nc as the client of a rules server");
        try (NetlabProcess serve = NetlabProcess.start("serve", "--port", "0", "--rules", EXAMPLE.toString())) {
            String port = serve.awaitLine("main: starting up on 127\\.0\\.0\\.1 port (\\d+)", T).group(1);
            serve.awaitLine("main: answering by 4 rules, messages framed by lines", T);
            // -q: OpenBSD's and traditional nc both end a few seconds after stdin's EOF; the rule closes first
            try (ExternalProcess client = ExternalProcess.start(List.of(nc.toString(), "-q", "10", "127.0.0.1", port))) {
                client.sendAndCloseStdin("PING 42\nBYE\n");
                assertThat(client.waitFor(T)).isZero();
                assertThat(client.stdoutLines()).containsExactly("PONG 42", "bye");
            }
            serve.awaitLine("rules_127\\.0\\.0\\.1_\\d+: rule 1 'ping' matched b'PING 42': replies b'PONG 42\\\\n'", T);
            serve.awaitLine("rules_127\\.0\\.0\\.1_\\d+: rule 3 'bye' matched b'BYE': replies b'bye\\\\n', then close", T);
            serve.signal("TERM");
            assertThat(serve.awaitExit(T)).isZero();
        }
    }

    @Test
    void aUdpRulesServerAnswersSocat() throws Exception {
        Path socat = Tools.require("socat", "socat as a UDP client of a rules server");
        try (NetlabProcess serve = NetlabProcess.start("serve", "--udp", "--port", "0", "--rules", EXAMPLE.toString())) {
            String port = serve.awaitLine("main: Serving on \\('127\\.0\\.0\\.1', (\\d+)\\)", T).group(1);
            try (ExternalProcess client = ExternalProcess.start(List.of(socat.toString(), "-T", "10", "-",
                    "UDP:127.0.0.1:" + port))) {
                client.stdin().write("PING 7".getBytes());
                client.stdin().flush();
                assertThat(client.awaitLine(l -> l.equals("PONG 7"), T)).isEqualTo("PONG 7");
            }
            serve.signal("TERM");
            assertThat(serve.awaitExit(T)).isZero();
        }
    }

    @Test
    void aBadRulesFileIsExit2WithTheLineAndTheFieldAndNothingListens() throws Exception {
        Path bad = dir.resolve("bad.rules.json");
        Files.writeString(bad, "{\"rules\": [\n  {\"match\": {\"equals\": \"a\"}, \"reply\": \"b\"},\n  {\"match\": {\"regex\": \"PING (\\\\d+\"}}\n]}\n");
        try (NetlabProcess serve = NetlabProcess.start("serve", "--port", "0", "--rules", bad.toString())) {
            assertThat(serve.awaitExit(T)).isEqualTo(2);
            assertThat(serve.stderr()).contains("netlab serve: " + bad + ":3: rules[1].match.regex: invalid regex at character 10: Unclosed group");
            assertThat(serve.stdout()).noneMatch(l -> l.contains("starting up"));
        }
        Path macro = dir.resolve("macro.rules.json");
        Files.writeString(macro, "{\"rules\": [{\"match\": {\"equals\": \"a\"},\n \"reply\": \"{{when}}\"}]}");
        try (NetlabProcess serve = NetlabProcess.start("serve", "--port", "0", "--rules", macro.toString())) {
            assertThat(serve.awaitExit(T)).isEqualTo(2);
            assertThat(serve.stderr()).contains(macro + ":2: rules[0].reply: unknown macro {{when}} at character 1");
        }
    }
}
