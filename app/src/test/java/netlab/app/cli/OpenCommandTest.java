package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import netlab.engine.testing.ExternalProcess;
import netlab.engine.testing.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./netlab open WORKSPACE}: the example bench (a rules server behind a relay) starts headless and answers nc through the relay. */
class OpenCommandTest {
    private static final Duration T = Duration.ofSeconds(30);
    private static final Path EXAMPLE = Path.of("../examples/ping-pong.netlab-workspace.json").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void theExampleWorkspaceServesPongThroughItsRelay() throws Exception {
        Path nc = Tools.require("nc", "nc as the client of the workspace's relay");
        int server = freePort();
        int relay = freePort();
        Path file = dir.resolve("bench.netlab-workspace.json");
        // as the window saves it: with the Script tab's script and the window's layout, which the headless open leaves alone
        String script = Files.readString(Path.of("../examples/ping-pong.script.json"));
        Files.writeString(file, Files.readString(EXAMPLE).replace("\"version\": 1", "\"version\": 2")
                .replace("\"scripts\": []", "\"scripts\": [" + script + "], \"layout\": {\"view\": \"script\", \"side_bar\": true}")
                .replace("10000", String.valueOf(server)).replace("10001", String.valueOf(relay)));
        assertThat(netlab.engine.workspace.WorkspaceFile.read(file).scripts()).hasSize(1);
        try (NetlabProcess open = NetlabProcess.start("open", file.toString())) {
            open.awaitLine("main: workspace bench.netlab-workspace.json: 1 server\\(s\\), 1 relay\\(s\\) running; Ctrl\\+C stops them", T);
            try (ExternalProcess client = ExternalProcess.start(List.of(nc.toString(), "-q", "10", "127.0.0.1", String.valueOf(relay)))) {
                client.sendAndCloseStdin("PING 42\nBYE\n");
                assertThat(client.waitFor(T)).isZero();
                assertThat(client.stdoutLines()).containsExactly("PONG 42", "bye");
            }
            open.awaitLine(".*rule 1 'ping' matched b'PING 42'.*", T);
            open.signal("TERM");
            assertThat(open.awaitExit(T)).isZero();
        }
    }

    @Test
    void aWorkspaceFromANewerNetLabIsExit2WithTheReason() throws Exception {
        Path file = dir.resolve("newer.json");
        Files.writeString(file, "{\"format\": \"netlab-workspace\", \"version\": 3, \"servers\": []}");
        try (NetlabProcess open = NetlabProcess.start("open", file.toString())) {
            assertThat(open.awaitExit(T)).isEqualTo(2);
            assertThat(open.stderr()).contains("this workspace is format version 3, made by a newer NetLab; this NetLab reads version 2");
        }
    }
}
