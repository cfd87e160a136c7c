package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import netlab.engine.splittest.SplitServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./netlab splittest} as a person runs it, a real process against real servers: NetLab's own
 * serve and a python3 asyncio readline server pass; the asyncio server that takes each read as a
 * message fails, is shrunk to one split, and its recording replays; bad input is a verdict or a
 * usage error, never a stack trace; Ctrl+C prints what ran so far.
 */
class SplitTestCommandTest {
    private static final Duration T = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private Path lines() throws Exception {
        return Files.writeString(dir.resolve("lines.txt"), """
                # a line server answers each line in capitals
                hello\\n => HELLO\\n
                split me\\r\\n => SPLIT ME\\r\\n
                bye\\n => BYE\\n
                """);
    }

    private static NetlabProcess finished(NetlabProcess p) throws Exception {
        p.awaitExit(T);
        return p;
    }

    @Test
    void theAsyncioReadlineServerPassesAndExitsZero() throws Exception {
        try (SplitServers.Running server = SplitServers.start("readline");
             NetlabProcess p = NetlabProcess.start("splittest", "--to", "127.0.0.1:" + server.port(), "--conversation",
                     lines().toString(), "--cases", "20")) {
            assertThat(p.awaitExit(T)).as(p.stderr()).isZero();
            List<String> out = p.stdout();
            assertThat(out).anyMatch(l -> l.matches("\\s+2  pass\\s+20  one byte at a time"));
            assertThat(out.get(out.size() - 1)).startsWith("PASS: 127.0.0.1:" + server.port() + " survived all 20 cases of re-chunking");
        }
    }

    @Test
    void netlabsOwnServeEchoPassesWithLearnedResponses() throws Exception {
        Path requests = Files.writeString(dir.resolve("requests.txt"), "one\\n\ntwo\\n\n");
        try (NetlabProcess serve = NetlabProcess.start("serve", "--port", "0")) {
            String port = serve.awaitLine("main: starting up on 127\\.0\\.0\\.1 port (\\d+)", T).group(1);
            try (NetlabProcess p = NetlabProcess.start("splittest", "--to", "127.0.0.1:" + port, "--conversation", requests.toString(),
                    "--learn", "--cases", "10")) {
                assertThat(p.awaitExit(T)).as(p.stderr() + p.stdout()).isZero();
                assertThat(p.stdout()).anyMatch(l -> l.startsWith("PASS: "));
            }
        }
    }

    @Test
    void theReadEqualsMessageBugIsFoundShrunkToOneSplitAndTheRecordingReplays() throws Exception {
        Path save = dir.resolve("failure.netlab.jsonl");
        try (SplitServers.Running server = SplitServers.start("read");
             NetlabProcess p = NetlabProcess.start("splittest", "--to", "127.0.0.1:" + server.port(), "--conversation",
                     lines().toString(), "--cases", "20", "--save", save.toString(),
                     // the shrink runs each trial on the wire: a gap wide enough that a loaded machine does not read two cuts at once
                     "--gap", "40")) {
            assertThat(p.awaitExit(T)).as(p.stderr()).isEqualTo(ExitCodes.FAILED);
            String out = String.join("\n", p.stdout());
            assertThat(out).contains("DIFF").contains("differs at byte ")
                    .contains("shrunk in ").contains("to 4 writes: b'h' | b'ello\\n' | b'split me\\r\\n' | b'bye\\n'")
                    .contains("saved the failure as " + save);
            assertThat(p.stdout().get(p.stdout().size() - 1)).startsWith("FAIL: ");
        }
        try (NetlabProcess replay = finished(NetlabProcess.start("replay", "--no-wait", save.toString()))) {
            assertThat(replay.awaitExit(T)).isZero();
            String printed = String.join("\n", replay.stdout());
            assertThat(printed).contains("split test of 127.0.0.1:").contains("b'h' | b'ello\\n'")
                    .contains("split test verdict: FAIL: differs at byte 1");
        }
    }

    @Test
    void jsonForCi() throws Exception {
        try (SplitServers.Running server = SplitServers.start("read");
             NetlabProcess p = NetlabProcess.start("splittest", "--to", "127.0.0.1:" + server.port(), "--conversation",
                     lines().toString(), "--cases", "6", "--json", "--save", dir.resolve("f.netlab.jsonl").toString())) {
            assertThat(p.awaitExit(T)).isEqualTo(ExitCodes.FAILED);
            JsonNode json = new ObjectMapper().readTree(String.join("\n", p.stdout()));
            assertThat(json.get("passed").asBoolean()).isFalse();
            assertThat(json.get("ran").asInt()).isEqualTo(6);
            assertThat(json.get("cases").get(1).get("result").asText()).isEqualTo("DIFF");
            assertThat(json.get("shrunk").get("chunks").asText()).startsWith("b'h' | b'ello\\n'");
            assertThat(json.get("recording").asText()).endsWith("f.netlab.jsonl");
        }
    }

    @Test
    void badInputIsAClearVerdictOrAUsageErrorNeverAStackTrace() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "ok\\n => OK\\n\nhex: 4g => x\n");
        try (NetlabProcess p = finished(NetlabProcess.start("splittest", "--to", "127.0.0.1:9", "--conversation", bad.toString()))) {
            assertThat(p.awaitExit(T)).isEqualTo(ExitCodes.USAGE);
            assertThat(p.stderr()).contains(bad + ":2:7: the request (hex): 'g' is not a hex digit").doesNotContain("Exception");
        }
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        try (NetlabProcess p = finished(NetlabProcess.start("splittest", "--to", "127.0.0.1:" + closed, "--conversation", lines().toString()))) {
            assertThat(p.awaitExit(T)).isEqualTo(ExitCodes.FAILED);
            assertThat(p.stdout()).last().asString().startsWith("NOT RUN: cannot connect to 127.0.0.1:" + closed + ": [Errno 111]");
        }
        try (NetlabProcess p = finished(NetlabProcess.start("splittest", "--to", "127.0.0.1:9", "--framing", "length:2be",
                "--conversation", lines().toString()))) {
            assertThat(p.awaitExit(T)).isEqualTo(ExitCodes.FAILED);
            assertThat(p.stdout()).last().asString().contains("--framing length:2be does not match the requests")
                    .contains("b'hello\\nsplit me\\r\\n'");
        }
        try (NetlabProcess p = finished(NetlabProcess.start("splittest", "--to", "127.0.0.1:9", "--framing", "lenght:2",
                "--conversation", lines().toString()))) {
            assertThat(p.awaitExit(T)).isEqualTo(ExitCodes.USAGE);
            assertThat(p.stderr()).contains("unknown framing 'lenght'");
        }
        try (NetlabProcess p = finished(NetlabProcess.start("splittest", "--to", "127.0.0.1:9"))) {
            assertThat(p.awaitExit(T)).isEqualTo(ExitCodes.USAGE);
            assertThat(p.stderr()).contains("--conversation FILE or --from-recording FILE");
        }
        try (NetlabProcess p = finished(NetlabProcess.start("splittest", "--to", "127.0.0.1:9", "--conversation",
                dir.resolve("missing.txt").toString()))) {
            assertThat(p.awaitExit(T)).isEqualTo(ExitCodes.USAGE);
            assertThat(p.stderr()).contains("missing.txt: no such file");
        }
    }

    @Test
    void ctrlCPrintsWhatRanSoFar() throws Exception {
        try (SplitServers.Running server = SplitServers.start("readline");
             NetlabProcess p = NetlabProcess.start("splittest", "--to", "127.0.0.1:" + server.port(), "--conversation",
                     lines().toString(), "--cases", "2000")) {
            p.awaitLine("\\s+5  pass.*", T);
            p.signal("INT");
            p.awaitExit(T);
            List<String> out = p.stdout();
            assertThat(out.get(out.size() - 1)).startsWith("PASS so far: 127.0.0.1:" + server.port() + " survived the ")
                    .contains("cases that ran (stopped)");
        }
    }
}
