package netlab.engine.record;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import netlab.engine.net.HostPort;
import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.relay.SplitMode;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session file written while a real bench runs, and read back: the same events, the same bytes; damage said, never hidden. */
class RecordingTest {
    private final LabBench bench = new LabBench();
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        bench.close();
    }

    /** Records the seed's echo through a relay; returns the file and the events the test's own log saw meanwhile. */
    private Path recordARun(List<LabEvent> seen) throws Exception {
        Path file = dir.resolve("session" + RecordingFormat.EXTENSION);
        RecordingWriter writer = RecordingWriter.start(bench.lab.events(), file,
                RecordingHeader.now(bench.lab.events().clock().startedAt(), "RecordingTest"));
        long from = bench.lab.events().published() + 1;
        ServerEndpoint server = bench.echoServer(128);
        var relay = bench.lab.startRelay(RelaySpec.builder().port(0).target(HostPort.loopback(server.port())).split(SplitMode.fixed(5)).build()).get(T);
        ClientEndpoint client = bench.runClient(ClientSpec.seed(HostPort.loopback(relay.port())));
        bench.log.await(e -> e.kind() == EventKind.CONNECTION_LOST && e.origin().endpoint().equals(server.id()), T);
        bench.lab.stopAll().get(T);
        long to = bench.lab.events().published();
        // stop() does not wait; its future is done once the file is finished, with the last figures
        RecordingWriter.Status status = writer.stop().get(T.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(status.complete()).isTrue();
        assertThat(status.finished()).isTrue();
        assertThat(status).isEqualTo(writer.status());
        assertThat(status.bytes()).isEqualTo(Files.size(file));
        assertThat(Files.readAllLines(file).getLast()).contains("\"type\":\"end\"", "\"reason\":\"stopped\"");
        seen.addAll(bench.log.all().stream().filter(e -> e.seq() >= from && e.seq() <= to).toList());
        assertThat(status.events()).isGreaterThanOrEqualTo(seen.size());
        assertThat(client.id()).isNotNull();
        return file;
    }

    @Test
    void aRecordedRunReadsBackAsTheSameEventsAndBytes() throws Exception {
        List<LabEvent> seen = new ArrayList<>();
        Path file = recordARun(seen);
        Recording r = new RecordingReader().read(file);
        assertThat(r.notes()).isEmpty();
        assertThat(r.complete()).isTrue();
        assertThat(r.header().version()).isEqualTo(RecordingFormat.VERSION);
        assertThat(r.header().labStarted()).isEqualTo(bench.lab.events().clock().startedAt());
        assertThat(r.header().command()).isEqualTo("RecordingTest");
        assertThat(r.header().machine()).contains("Java");
        List<LabEvent> read = r.events().stream().filter(e -> e.seq() <= seen.get(seen.size() - 1).seq()).toList();
        assertThat(read).containsExactlyElementsOf(seen);
        // the bytes the server read are the seed's message, as the file holds them
        Bytes serverRead = Bytes.concat(read.stream().filter(e -> e.kind() == EventKind.DATA_RECEIVED
                && e.origin().role() == Role.SERVER).map(LabEvent::data).toList());
        assertThat(serverRead.utf8()).isEqualTo("This is the message. It will be sent in parts.");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("{\"type\":\"header\",\"format\":\"netlab-recording\",\"version\":1");
        assertThat(lines.get(lines.size() - 1)).startsWith("{\"type\":\"end\"");
        System.out.println(file.getFileName() + ": " + lines.size() + " lines, " + Files.size(file) + " bytes");
    }

    @Test
    void aFileCutInTheMiddleOfALineOpensWithWhatItHasAndSaysSo() throws Exception {
        Path file = recordARun(new ArrayList<>());
        byte[] all = Files.readAllBytes(file);
        String text = new String(all, StandardCharsets.UTF_8);
        int tenthLine = nthIndexOf(text, '\n', 10);
        byte[] cut = java.util.Arrays.copyOf(all, tenthLine + 25);
        Recording r = new RecordingReader().read("cut", new ByteArrayInputStream(cut));
        assertThat(r.events()).hasSize(9);
        assertThat(r.complete()).isFalse();
        assertThat(r.notes()).containsExactly("line 11 is cut short (the recording stopped while writing it): opened the 9 events before it");

        // cut just after a newline: every line is whole, but the end never came
        Recording whole = new RecordingReader().read("cut", new ByteArrayInputStream(java.util.Arrays.copyOf(all, tenthLine + 1)));
        assertThat(whole.events()).hasSize(9);
        assertThat(whole.notes()).singleElement().asString().contains("no end line");
    }

    @Test
    void aFileThatCannotBeWrittenEndsTheRecordingWithTheFailureInItsFuture() throws Exception {
        Path file = dir.resolve("no-such-directory").resolve("x" + RecordingFormat.EXTENSION);
        RecordingWriter writer = RecordingWriter.start(bench.lab.events(), file,
                RecordingHeader.now(bench.lab.events().clock().startedAt(), "RecordingTest"));
        RecordingWriter.Status status = writer.finished().get(T.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(status.finished()).isTrue();
        assertThat(status.failure()).startsWith("cannot write " + file);
        assertThat(writer.stop("stopped late").get(T.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(status);
    }

    @Test
    void aGapTheWriterCouldNotAvoidIsInTheFileAndInTheRecording() throws Exception {
        Path file = dir.resolve("gap.jsonl");
        EventStream stream = bench.lab.events();
        RecordingWriter writer = RecordingWriter.unstarted(stream, file, RecordingHeader.now(stream.clock().startedAt(), null), 4);
        Origin o = Origin.endpoint("test-1", Role.LAB, "test");
        for (int i = 0; i < 100; i++) {
            stream.log(o, "test", "line " + i);
        }
        writer.startWriting();
        writer.close();
        assertThat(writer.status().missed()).isEqualTo(96);
        assertThat(writer.status().complete()).isFalse();
        Recording r = new RecordingReader().read(file);
        assertThat(r.missed()).isEqualTo(96);
        assertThat(r.complete()).isFalse();
        assertThat(r.notes()).contains("96 events are missing: the recording fell behind the lab");
        assertThat(r.events().stream().filter(e -> e.kind() == EventKind.ELIDED).map(LabEvent::amount).toList()).containsExactly(96L);
        assertThat(Files.readString(file)).contains("\"type\":\"gap\"", "\"count\":96");
    }

    @Test
    void aFloodOfConnectionsIsInTheFileEventByEventOrSaysWhatItMissed() throws Exception {
        EventStream stream = bench.lab.events();
        Path whole = dir.resolve("flood" + RecordingFormat.EXTENSION);
        Path small = dir.resolve("flood-small" + RecordingFormat.EXTENSION);
        RecordingWriter writer = RecordingWriter.start(stream, whole, RecordingHeader.now(stream.clock().startedAt(), "flood"));
        // a writer that can hold 300 events and starts writing only after the flood: it must fall behind
        RecordingWriter behind = RecordingWriter.unstarted(stream, small, RecordingHeader.now(stream.clock().startedAt(), "flood"), 300);
        long from = stream.published() + 1;
        ServerEndpoint server = bench.echoServer(128);
        List<ClientEndpoint> clients = new ArrayList<>();
        int connections = 150;
        for (int i = 0; i < connections; i++) {
            clients.add(bench.startClient(ClientSpec.seed(HostPort.loopback(server.port()))));
        }
        for (ClientEndpoint c : clients) {
            c.finished().get(T.multipliedBy(3));
        }
        bench.lab.stopAll().get(T);
        long to = stream.published();
        behind.startWriting();
        writer.close();
        behind.close();

        Recording r = new RecordingReader().read(whole);
        assertThat(covered(r, from, to)).as("every event of the flood is in the file or in a gap").isEqualTo(to - from + 1);
        assertThat(r.complete()).isEqualTo(r.missed() == 0);
        Recording s = new RecordingReader().read(small);
        assertThat(covered(s, from, to)).as("the small writer's file accounts for every event too").isEqualTo(to - from + 1);
        assertThat(s.missed()).isPositive();
        assertThat(s.complete()).isFalse();
        assertThat(s.notes()).contains(s.missed() + " events are missing: the recording fell behind the lab");
        assertThat(behind.status().missed()).isEqualTo(s.missed());
        System.out.println(connections + " connections: " + (to - from + 1) + " events; the file holds " + r.events().size()
                + " (" + r.missed() + " missed, " + Files.size(whole) + " bytes); the 300-event writer " + s.events().size()
                + " lines and gaps for " + s.missed());
    }

    /** How many seqs of {@code from..to} the recording holds as an event or inside a gap; fails on a seq held twice. */
    private static long covered(Recording r, long from, long to) {
        java.util.BitSet seen = new java.util.BitSet();
        for (LabEvent e : r.events()) {
            long first = e.seq();
            long last = e.kind() == EventKind.ELIDED ? e.seq() + e.amount() - 1 : e.seq();
            for (long seq = first; seq <= last; seq++) {
                if (seq >= from && seq <= to) {
                    assertThat(seen.get((int) (seq - from))).as("seq " + seq + " twice").isFalse();
                    seen.set((int) (seq - from));
                }
            }
        }
        return seen.cardinality();
    }

    @Test
    void versionsAndFormatsItDoesNotReadAreRefusedWithAReason() {
        assertThatThrownBy(() -> read("{\"type\":\"header\",\"format\":\"netlab-recording\",\"version\":2,\"netlab\":\"9\","
                + "\"labStarted\":\"2024-01-01T00:00:00Z\",\"recordingStarted\":\"2024-01-01T00:00:00Z\"}\n"))
                .isInstanceOf(RecordingException.class)
                .hasMessageContaining("format version 2, made by a newer NetLab; this NetLab reads version 1: update NetLab");
        assertThatThrownBy(() -> read("{\"type\":\"header\",\"format\":\"netlab-recording\",\"version\":\"one\"}\n"))
                .hasMessageContaining("version is not a number");
        assertThatThrownBy(() -> read("{\"format\": \"netlab-preset/1\", \"id\": \"x\"}\n"))
                .hasMessageContaining("not a NetLab recording");
        assertThatThrownBy(() -> read("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> read("\u0000\u0001binary")).hasMessageContaining("not a NetLab recording");
        assertThatThrownBy(() -> read(HEADER.replace("\"labStarted\":\"2024-01-01T00:00:00Z\"", "\"labStarted\":\"yesterday\"")))
                .hasMessageContaining("header is damaged: labStarted");
    }

    private static final String HEADER = "{\"type\":\"header\",\"format\":\"netlab-recording\",\"version\":1,\"netlab\":\"test\","
            + "\"labStarted\":\"2024-01-01T00:00:00Z\",\"recordingStarted\":\"2024-01-01T00:00:01Z\"}\n";
    private static final String EVENT = "{\"type\":\"event\",\"seq\":%d,\"t\":%d,\"kind\":\"LOG\",\"origin\":{\"endpoint\":\"lab\","
            + "\"role\":\"LAB\",\"label\":\"main\"},\"logger\":\"main\",\"text\":\"hello\"}\n";

    @Test
    void damagedLinesAreLeftOutOneByOneAndNamed() throws Exception {
        String file = HEADER + EVENT.formatted(1, 10) + "not json\n" + EVENT.formatted(2, 20)
                + "{\"type\":\"event\",\"seq\":3,\"t\":30,\"kind\":\"TELEPORTED\",\"origin\":{\"endpoint\":\"lab\",\"role\":\"LAB\",\"label\":\"m\"}}\n"
                + "{\"type\":\"event\",\"seq\":4,\"t\":-1,\"kind\":\"LOG\",\"origin\":{\"endpoint\":\"lab\",\"role\":\"LAB\",\"label\":\"m\"}}\n"
                + "{\"type\":\"event\",\"seq\":5,\"t\":50,\"kind\":\"DATA_SENT\",\"data\":\"***\",\"origin\":{\"endpoint\":\"lab\",\"role\":\"LAB\",\"label\":\"m\"}}\n"
                + "{\"type\":\"event\",\"seq\":6,\"t\":60,\"kind\":\"LOG\",\"origin\":{\"endpoint\":\"lab\",\"role\":\"ROBOT\",\"label\":\"m\"}}\n"
                + "{\"type\":\"event\",\"seq\":7,\"t\":70,\"kind\":\"LOG\",\"origin\":" + "{\"a\":".repeat(20) + "1" + "}".repeat(21) + "}\n"
                + "{\"type\":\"end\",\"events\":2}\n";
        Recording r = read(file);
        assertThat(r.events()).extracting(LabEvent::seq).containsExactly(1L, 2L);
        assertThat(r.complete()).isFalse();
        assertThat(r.notes()).hasSize(6);
        assertThat(r.notes().get(0)).startsWith("line 3 was left out: not valid JSON");
        assertThat(r.notes().get(1)).isEqualTo("line 5 was left out: kind: unknown kind 'TELEPORTED'");
        assertThat(r.notes().get(2)).isEqualTo("line 6 was left out: t: must not be negative, was -1");
        assertThat(r.notes().get(3)).startsWith("line 7 was left out: data: not base64");
        assertThat(r.notes().get(4)).isEqualTo("line 8 was left out: origin.role: unknown role 'ROBOT'");
        assertThat(r.notes().get(5)).startsWith("line 9 was left out: not valid JSON").contains("nesting depth");
    }

    @Test
    void aHugeLineIsLeftOutWithoutBeingReadIntoMemory() throws Exception {
        StringBuilder file = new StringBuilder(HEADER).append(EVENT.formatted(1, 10));
        file.append("{\"type\":\"event\",\"text\":\"").append("x".repeat(RecordingFormat.MAX_LINE_BYTES + 10)).append("\"}\n");
        file.append(EVENT.formatted(2, 20)).append("{\"type\":\"end\"}\n");
        Recording r = read(file.toString());
        assertThat(r.events()).extracting(LabEvent::seq).containsExactly(1L, 2L);
        assertThat(r.notes()).containsExactly("line 3 is over 32 MiB long and was left out");
    }

    @Test
    void aRecordingBeyondTheLimitsOpensItsFirstPart() throws Exception {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 50; i++) {
            file.append(EVENT.formatted(i, i * 10));
        }
        Recording r = new RecordingReader(new RecordingReader.Limits(20, 1 << 20, 10))
                .read("many", new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(r.events()).hasSize(20);
        assertThat(r.notes()).singleElement().asString().contains("opened its first 20 events");

        StringBuilder junk = new StringBuilder(HEADER);
        for (int i = 0; i < 12; i++) {
            junk.append("[]\n");
        }
        assertThatThrownBy(() -> new RecordingReader(new RecordingReader.Limits(20, 1 << 20, 10))
                .read("junk", new ByteArrayInputStream(junk.toString().getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("more than 10 lines are not what a recording holds");
    }

    @Test
    void aFileBeyondTheSizeCapIsRefusedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("huge" + RecordingFormat.EXTENSION);
        StringBuilder content = new StringBuilder(HEADER);
        for (int i = 1; i <= 100; i++) {
            content.append(EVENT.formatted(i, i * 10));
        }
        Files.writeString(file, content);
        RecordingReader capped = new RecordingReader(new RecordingReader.Limits(1_000, 1 << 20, 10, 4096));
        assertThatThrownBy(() -> capped.read(file)).isInstanceOf(RecordingException.class)
                .hasMessage(file + ": the file is " + RecordingReader.human(Files.size(file)) + ", more than the 4.0 KiB NetLab opens: "
                        + "not a recording NetLab made, or one that ran for far too long to replay");
        assertThat(new RecordingReader().read(file).events()).hasSize(100);
        assertThat(RecordingReader.human(RecordingReader.Limits.DEFAULT.maxFileBytes())).isEqualTo("4.0 GiB");

        assertThatThrownBy(() -> read(HEADER + "\n".repeat(2_000))).hasMessageContaining("more than 1000 empty lines: not a NetLab recording");
    }

    private static Recording read(String content) throws Exception {
        return new RecordingReader().read("test", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static int nthIndexOf(String s, char c, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = s.indexOf(c, at + 1);
        }
        return at;
    }
}
