package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.record.Recording;
import netlab.engine.record.RecordingFormat;
import netlab.engine.record.RecordingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording made by a headless lab that a real signal ends is finished (its last events, then
 * its end line); and every kind of bad file gets the sentence a person reads on stderr.
 */
class RecordingSignalsAndDamageTest {
    private static final Duration T = Duration.ofSeconds(30);
    @TempDir
    Path dir;

    private static List<String> logged(Recording r) {
        return r.events().stream().filter(e -> e.kind() == EventKind.LOG).map(LabEvent::text).toList();
    }

    private static String lastLine(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        return lines.get(lines.size() - 1);
    }

    @Test
    void aServerKilledBySigtermLeavesAFinishedRecordingWithItsLastEvents() throws Exception {
        Path file = dir.resolve("serve" + RecordingFormat.EXTENSION);
        try (NetlabProcess serve = NetlabProcess.start("serve", "--port", "0", "--record", file.toString())) {
            int port = Integer.parseInt(serve.awaitLine("main: starting up on 127\\.0\\.0\\.1 port (\\d+)", T).group(1));
            try (NetlabProcess connect = NetlabProcess.start("connect", "--port", String.valueOf(port), "--eof")) {
                assertThat(connect.awaitExit(T)).as(connect.stderr()).isZero();
            }
            serve.awaitLine("echo_127\\.0\\.0\\.1_\\d+: closing", T);
            serve.signal("TERM");
            assertThat(serve.awaitExit(T)).isZero();
            assertThat(serve.stdout()).endsWith("main: closing event loop");
            assertThat(serve.stderr()).containsPattern("netlab: recorded \\d+ events \\(\\d+ bytes\\) to .*serve\\.netlab\\.jsonl");
        }
        Recording r = new RecordingReader().read(file);
        assertThat(r.notes()).isEmpty();
        assertThat(r.complete()).isTrue();
        List<String> logged = logged(r);
        assertThat(logged).contains("received b'This is the message. It will be sent in parts.'");
        // what the lab did as the signal ended it is in the file, the last line it printed last
        assertThat(logged).containsSubsequence("closing server", "closing event loop");
        assertThat(logged.get(logged.size() - 1)).isEqualTo("closing event loop");
        assertThat(lastLine(file)).startsWith("{\"type\":\"end\"").contains("\"reason\":\"SIGTERM\"", "\"missed\":0");
    }

    @Test
    void aRelayStoppedByCtrlCLeavesAFinishedRecording() throws Exception {
        Path file = dir.resolve("relay" + RecordingFormat.EXTENSION);
        try (NetlabProcess serve = NetlabProcess.start("serve", "--port", "0")) {
            int port = Integer.parseInt(serve.awaitLine("main: starting up on 127\\.0\\.0\\.1 port (\\d+)", T).group(1));
            try (NetlabProcess relay = NetlabProcess.start("relay", "--listen", "0", "--to", "127.0.0.1:" + port, "--split", "byte",
                    "--record", file.toString())) {
                int relayPort = Integer.parseInt(relay.awaitLine("relay: relaying connections from 127\\.0\\.0\\.1:(\\d+) to .*", T).group(1));
                try (NetlabProcess connect = NetlabProcess.start("connect", "--port", String.valueOf(relayPort), "--eof")) {
                    assertThat(connect.awaitExit(T)).as(connect.stderr()).isZero();
                }
                relay.signal("INT");
                assertThat(relay.awaitExit(T)).isZero();
            }
            serve.signal("INT");
            assertThat(serve.awaitExit(T)).isZero();
        }
        Recording r = new RecordingReader().read(file);
        assertThat(r.complete()).isTrue();
        // one byte at a time: 46 writes to the server
        long toServer = r.events().stream().filter(e -> e.kind() == EventKind.DATA_SENT && e.origin().label().startsWith("relay_to_")).count();
        assertThat(toServer).isEqualTo(46);
        assertThat(logged(r).get(logged(r).size() - 1)).isEqualTo("closing event loop");
        assertThat(lastLine(file)).contains("\"reason\":\"SIGINT\"");
    }

    private static final String HEADER = "{\"type\":\"header\",\"format\":\"netlab-recording\",\"version\":1,\"netlab\":\"test\","
            + "\"labStarted\":\"2024-01-01T00:00:00Z\",\"recordingStarted\":\"2024-01-01T00:00:01Z\"}\n";
    private static final String EVENT = "{\"type\":\"event\",\"seq\":%d,\"t\":%d,\"kind\":\"LOG\",\"origin\":{\"endpoint\":\"lab\","
            + "\"role\":\"LAB\",\"label\":\"main\"},\"logger\":\"main\",\"text\":\"line %d\"}\n";

    /** Replays {@code file} and returns the process once it ended with {@code exit}. */
    private static NetlabProcess replay(Path file, int exit) throws Exception {
        NetlabProcess p = NetlabProcess.start("replay", file.toString(), "--no-wait");
        assertThat(p.awaitExit(T)).as(p.stderr()).isEqualTo(exit);
        return p;
    }

    @Test
    void everyKindOfBadFileIsSaidOnStderr() throws Exception {
        // not a recording at all: refused, nothing replayed
        Path notJson = dir.resolve("notes.txt");
        Files.writeString(notJson, "remember to bring the slides\n");
        try (NetlabProcess p = replay(notJson, ExitCodes.FAILED)) {
            assertThat(p.stderr()).startsWith("netlab replay: " + notJson + ": not a NetLab recording (its first line is not valid JSON");
            assertThat(p.stdout()).isEmpty();
        }
        // a recording with a malformed line: the rest opens, the line is named
        Path malformed = dir.resolve("malformed" + RecordingFormat.EXTENSION);
        Files.writeString(malformed, HEADER + EVENT.formatted(1, 10, 1) + "{\"type\":\"event\",\"seq\":2,\"kind\n"
                + EVENT.formatted(3, 30, 3) + "{\"type\":\"end\"}\n");
        try (NetlabProcess p = replay(malformed, ExitCodes.OK)) {
            assertThat(p.stderr()).contains("netlab replay: line 3 was left out: not valid JSON");
            assertThat(p.stdout()).containsExactly("main: line 1", "main: line 3");
        }
        // cut short while it was written
        Path truncated = dir.resolve("truncated" + RecordingFormat.EXTENSION);
        Files.writeString(truncated, HEADER + EVENT.formatted(1, 10, 1) + EVENT.formatted(2, 20, 2) + "{\"type\":\"event\",\"se");
        try (NetlabProcess p = replay(truncated, ExitCodes.OK)) {
            assertThat(p.stderr()).contains("netlab replay: line 4 is cut short (the recording stopped while writing it): opened the 2 events before it");
            assertThat(p.stdout()).containsExactly("main: line 1", "main: line 2");
        }
        // never stopped: no end line
        Path unended = dir.resolve("unended" + RecordingFormat.EXTENSION);
        Files.writeString(unended, HEADER + EVENT.formatted(1, 10, 1));
        try (NetlabProcess p = replay(unended, ExitCodes.OK)) {
            assertThat(p.stderr()).contains("netlab replay: the recording has no end line: it was not stopped properly");
        }
        // a version from the future, and one that never was
        Path newer = dir.resolve("newer" + RecordingFormat.EXTENSION);
        Files.writeString(newer, HEADER.replace("\"version\":1", "\"version\":2"));
        try (NetlabProcess p = replay(newer, ExitCodes.FAILED)) {
            assertThat(p.stderr()).contains("netlab replay: " + newer + ": this recording is format version 2, made by a newer NetLab; "
                    + "this NetLab reads version 1: update NetLab to open it");
        }
        Path zero = dir.resolve("zero" + RecordingFormat.EXTENSION);
        Files.writeString(zero, HEADER.replace("\"version\":1", "\"version\":0"));
        try (NetlabProcess p = replay(zero, ExitCodes.FAILED)) {
            assertThat(p.stderr()).contains("netlab replay: " + zero + ": this recording is format version 0, which no NetLab wrote; "
                    + "this NetLab reads version 1");
        }
        // huge: a line over the cap is skipped without being read into memory, and said
        Path huge = dir.resolve("huge" + RecordingFormat.EXTENSION);
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(huge))) {
            out.write((HEADER + EVENT.formatted(1, 10, 1)).getBytes(StandardCharsets.UTF_8));
            out.write("{\"type\":\"event\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] block = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n <= RecordingFormat.MAX_LINE_BYTES; n += block.length) {
                out.write(block);
            }
            out.write(("\"}\n" + EVENT.formatted(2, 20, 2) + "{\"type\":\"end\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        try (NetlabProcess p = replay(huge, ExitCodes.OK)) {
            assertThat(p.stderr()).contains("netlab replay: line 3 is over 32 MiB long and was left out");
            assertThat(p.stdout()).containsExactly("main: line 1", "main: line 2");
        }
        Path missing = dir.resolve("nowhere" + RecordingFormat.EXTENSION);
        try (NetlabProcess p = replay(missing, ExitCodes.FAILED)) {
            assertThat(p.stderr()).contains("netlab replay: " + missing + ": no such file");
        }
    }
}
