package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import netlab.engine.record.Recording;
import netlab.engine.record.RecordingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** relay, record, replay and pcap as a person types them: real processes, real sockets, real files. */
class RelayAndRecordingCommandsTest {
    private static final Duration T = Duration.ofSeconds(30);
    @TempDir
    Path dir;

    @Test
    void theRelayCutsTheSeedsMessageIntoFiveBytePiecesBothWays() throws Exception {
        try (NetlabProcess serve = NetlabProcess.start("serve", "--port", "0")) {
            int port = Integer.parseInt(serve.awaitLine("main: starting up on 127\\.0\\.0\\.1 port (\\d+)", T).group(1));
            try (NetlabProcess relay = NetlabProcess.start("relay", "--listen", "0", "--to", "127.0.0.1:" + port,
                    "--split", "fixed:5", "--delay", "10", "-v")) {
                int relayPort = Integer.parseInt(relay.awaitLine(
                        "relay: relaying connections from 127\\.0\\.0\\.1:(\\d+) to 127\\.0\\.0\\.1:" + port + " \\(split fixed:5, delay 10 ms\\)", T).group(1));
                try (NetlabProcess connect = NetlabProcess.start("connect", "--port", String.valueOf(relayPort), "--eof")) {
                    assertThat(connect.awaitExit(T)).as(connect.stderr()).isZero();
                    List<String> received = connect.stdout().stream().filter(l -> l.startsWith("echo_client: received b'")).toList();
                    assertThat(String.join("", received.stream().map(l -> l.replaceAll("^echo_client: received b'(.*)'$", "$1")).toList()))
                            .isEqualTo("This is the message. It will be sent in parts.");
                    // how the pieces reach the client is the kernel's business; that there are pieces is the relay's
                    assertThat(received).hasSizeGreaterThan(2);
                }
                // what the relay wrote to the server is its own doing: ten pieces, exactly
                relay.awaitLine("relay_to_127\\.0\\.0\\.1_" + port + ": \\[write\\] write\\(b'\\.'\\) 1 bytes at 45", T);
                List<String> writes = relay.stdout().stream().filter(l -> l.startsWith("relay_to_") && l.contains("[write] write(")).toList();
                assertThat(writes).hasSize(10);
                assertThat(writes.get(0)).endsWith("write(b'This ') 5 bytes at 0");
                assertThat(writes.get(1)).endsWith("write(b'is th') 5 bytes at 5");
                relay.signal("TERM");
                assertThat(relay.awaitExit(T)).isZero();
                assertThat(relay.stdout()).contains("relay: closing relay");
            }
            serve.signal("INT");
            assertThat(serve.awaitExit(T)).isZero();
        }
    }

    @Test
    void aRecordedRunReplaysAsTheSameLogAndExportsAsPcap() throws Exception {
        Path file = dir.resolve("class.netlab.jsonl");
        List<String> live;
        try (NetlabProcess run = NetlabProcess.start("run", "stream-echo-relay", "--port", "0", "--record", file.toString())) {
            assertThat(run.awaitExit(T)).as(run.stderr()).isZero();
            live = run.stdout();
            assertThat(run.stderr()).matches("(?s).*netlab: recorded \\d+ events \\(\\d+ bytes\\) to .*class\\.netlab\\.jsonl.*");
        }
        assertThat(live).contains("echo_client: received b'This '");
        Recording r = new RecordingReader().read(file);
        assertThat(r.complete()).isTrue();
        assertThat(r.header().command()).isEqualTo("./netlab run stream-echo-relay --port 0 --record " + file);

        try (NetlabProcess replay = NetlabProcess.start("replay", file.toString(), "--speed", "10")) {
            assertThat(replay.awaitExit(T)).as(replay.stderr()).isZero();
            // offline, from the file alone: the log as the run printed it, line for line
            assertThat(replay.stdout()).isEqualTo(live);
            assertThat(replay.stderr()).contains("./netlab run stream-echo-relay").contains(r.events().size() + " events over");
        }

        try (NetlabProcess list = NetlabProcess.start("pcap", file.toString())) {
            assertThat(list.awaitExit(T)).isZero();
            assertThat(String.join("\n", list.stdout())).contains("client-1/1", "server-1/1", "relay-1/1", "relay-1/1/up");
        }
        Path pcap = dir.resolve("echo.pcap");
        try (NetlabProcess export = NetlabProcess.start("pcap", file.toString(), "--connection", "server-1/1", "-o", pcap.toString())) {
            assertThat(export.awaitExit(T)).as(export.stderr()).isZero();
            assertThat(export.stdout().get(0)).startsWith("wrote ").contains("(46 bytes sent, 46 received)");
        }
        byte[] bytes = Files.readAllBytes(pcap);
        assertThat(bytes.length).isGreaterThan(24);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("This ", "parts");
        try (NetlabProcess wrong = NetlabProcess.start("pcap", file.toString(), "--connection", "server-9/9")) {
            assertThat(wrong.awaitExit(T)).isEqualTo(ExitCodes.USAGE);
            assertThat(wrong.stderr()).contains("no TCP connection 'server-9/9'", "server-1/1");
        }
    }

    @Test
    void recordWrapsAnyHeadlessCommand() throws Exception {
        Path file = dir.resolve("wrapped.netlab.jsonl");
        try (NetlabProcess record = NetlabProcess.start("record", "--out", file.toString(), "--", "run", "stream-echo", "--port", "0")) {
            assertThat(record.awaitExit(T)).as(record.stderr()).isZero();
            assertThat(record.stdout()).contains("echo_client: sending b'It will be sent '");
        }
        Recording r = new RecordingReader().read(file);
        assertThat(r.header().command()).isEqualTo("./netlab run stream-echo --port 0");
        assertThat(r.events()).anyMatch(e -> "sending b'in parts.'".equals(e.text()));
        try (NetlabProcess nothing = NetlabProcess.start("record", "--", "presets")) {
            assertThat(nothing.awaitExit(T)).isEqualTo(ExitCodes.USAGE);
            assertThat(nothing.stderr()).contains("'presets' runs no lab to record");
        }
    }

    @Test
    void aDamagedOrForeignFileIsSaidToBeSo() throws Exception {
        Path file = dir.resolve("cut.netlab.jsonl");
        try (NetlabProcess run = NetlabProcess.start("run", "stream-echo", "--port", "0", "--record", file.toString())) {
            assertThat(run.awaitExit(T)).isZero();
        }
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));
        try (NetlabProcess replay = NetlabProcess.start("replay", file.toString(), "--no-wait")) {
            assertThat(replay.awaitExit(T)).isZero();
            assertThat(replay.stderr()).containsPattern("line \\d+ is cut short \\(the recording stopped while writing it\\): opened the \\d+ events before it");
            assertThat(replay.stdout()).contains("main: starting up on 127.0.0.1 port " + replay.stdout().get(0).replaceAll(".* port ", ""));
        }
        Path newer = dir.resolve("newer.netlab.jsonl");
        Files.writeString(newer, "{\"type\":\"header\",\"format\":\"netlab-recording\",\"version\":7}\n");
        try (NetlabProcess replay = NetlabProcess.start("replay", newer.toString())) {
            assertThat(replay.awaitExit(T)).isEqualTo(ExitCodes.FAILED);
            assertThat(replay.stderr()).contains("format version 7, made by a newer NetLab; this NetLab reads version 1");
        }
        try (NetlabProcess bad = NetlabProcess.start("relay", "--to", "127.0.0.1:1", "--split", "chop:3")) {
            assertThat(bad.awaitExit(T)).isEqualTo(ExitCodes.USAGE);
            assertThat(bad.stderr()).contains("unknown split mode 'chop'");
        }
        try (NetlabProcess bad = NetlabProcess.start("relay", "--to", "127.0.0.1:1", "--drop", "0.5")) {
            assertThat(bad.awaitExit(T)).isEqualTo(ExitCodes.USAGE);
            assertThat(bad.stderr()).contains("drop and reorder are for a UDP relay");
        }
    }
}
