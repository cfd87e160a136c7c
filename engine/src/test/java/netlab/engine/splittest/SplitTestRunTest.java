package netlab.engine.splittest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.lab.Lab;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.net.HostPort;
import netlab.engine.record.Recording;
import netlab.engine.record.RecordingReader;
import netlab.engine.transport.Protocol;
import netlab.engine.transport.Server;
import netlab.engine.transport.ServerOptions;
import netlab.engine.transport.TcpSockets;
import netlab.engine.transport.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Split tests against real servers: Python asyncio ones written for the test, NetLab's own, small Java ones. */
class SplitTestRunTest {
    private static final Duration T = Duration.ofSeconds(120);
    private static final Conversation LINES = ConversationFile.parse("""
            hello\\n => HELLO\\n
            split me\\r\\n => SPLIT ME\\r\\n
            bye\\n => BYE\\n
            """, "lines.txt", false);

    @TempDir
    Path dir;

    private static SplitTestResult run(SplitTestOptions options, Conversation c, boolean learn) throws Exception {
        return SplitTestRun.start(options, c, learn, null).result().get(T.toSeconds(), TimeUnit.SECONDS);
    }

    private static SplitTestOptions options(int port, String framing) {
        return SplitTestOptions.of(new HostPort("127.0.0.1", port), Framing.parse(framing)).withCases(24);
    }

    @Test
    void aCorrectAsyncioReadlineServerPassesEveryCase() throws Exception {
        try (SplitServers.Running server = SplitServers.start("readline")) {
            List<SplitTestProgress> heard = new CopyOnWriteArrayList<>();
            SplitTestResult r = SplitTestRun.start(options(server.port(), "lines"), LINES, false, heard::add)
                    .result().get(T.toSeconds(), TimeUnit.SECONDS);
            assertThat(r.verdict()).startsWith("PASS: 127.0.0.1:" + server.port() + " survived all 24 cases");
            assertThat(r.allPassed()).isTrue();
            assertThat(r.cases()).hasSize(24).allMatch(CaseResult::passed);
            assertThat(heard).filteredOn(p -> p.latest() != null).hasSize(24);
            assertThat(r.shrunk()).isEmpty();
        }
    }

    @Test
    void theReadEqualsMessageBugFailsIsShrunkToOneSplitAndItsRecordingHoldsThatSplit() throws Exception {
        Path file = dir.resolve("failure.netlab");
        try (SplitServers.Running server = SplitServers.start("read")) {
            SplitTestResult r = run(options(server.port(), "lines").withRecordTo(file), LINES, false);
            assertThat(r.allPassed()).isFalse();
            assertThat(r.cases().get(0).passed()).as("each message in its own write passes on loopback").isTrue();
            CaseResult bytes = r.cases().get(1);
            assertThat(bytes.splitCase().kind()).isEqualTo(SplitCase.Kind.BYTE_AT_A_TIME);
            assertThat(bytes.outcome()).isInstanceOf(CaseOutcome.Differed.class);
            // which byte differs first depends on how the server's reads fell; that one differs does not
            assertThat(bytes.outcome().describe()).startsWith("differs at byte ");
            CaseResult shrunk = r.shrunk().orElseThrow();
            assertThat(shrunk.passed()).isFalse();
            // the smallest: the per-message writes and one cut, one byte into the first message
            assertThat(shrunk.chunkMap()).isEqualTo("b'h' | b'ello\\n' | b'split me\\r\\n' | b'bye\\n'");
            assertThat(r.shrinkRuns()).isPositive();
            assertThat(r.verdict()).startsWith("FAIL: ").contains("smallest failing split: b'h' | b'ello\\n'");
            Recording rec = new RecordingReader().read(r.recording().orElseThrow());
            List<Bytes> writes = rec.events().stream().filter(e -> e.kind() == EventKind.DATA_SENT).map(LabEvent::data).toList();
            assertThat(writes).containsExactly(Bytes.utf8("h"), Bytes.utf8("ello\n"), Bytes.utf8("split me\r\n"), Bytes.utf8("bye\n"));
            assertThat(rec.events()).anyMatch(e -> e.kind() == EventKind.DATA_RECEIVED && e.data().utf8().startsWith("H\n"));
            assertThat(rec.events()).anyMatch(e -> e.text() != null && e.text().startsWith("split test verdict: FAIL: differs at byte 1"));
            assertThat(rec.complete()).isTrue();
        }
    }

    @Test
    void aLengthPrefixedServerThatReadsItsHeaderWithOneReadFailsOnASplitInsideTheHeader() throws Exception {
        Conversation c = ConversationFile.parse("""
                hex: 00 05 68 65 6c 6c 6f => hex: 00 05 48 45 4c 4c 4f
                hex: 00 02 6f 6b => hex: 00 02 4f 4b
                """, "framed.txt", false);
        try (SplitServers.Running server = SplitServers.start("length")) {
            SplitTestResult r = run(options(server.port(), "length:2be").withTimeout(Duration.ofMillis(500)), c, false);
            assertThat(r.cases().get(0).passed()).isTrue();
            assertThat(r.cases()).filteredOn(x -> x.splitCase().kind() == SplitCase.Kind.INSIDE_MARK)
                    .isNotEmpty().noneMatch(CaseResult::passed);
            assertThat(r.cases()).filteredOn(x -> x.splitCase().kind() == SplitCase.Kind.COALESCED).allMatch(CaseResult::passed);
            assertThat(r.shrunk().orElseThrow().chunkMap()).contains("b'\\x00' | b'\\x05hello'");
        }
    }

    @Test
    void aServerThatHangsOnAPartialMessageIsReportedAsHangingWithinItsTimeout() throws Exception {
        try (SplitServers.Running server = SplitServers.start("hang")) {
            SplitTestOptions o = options(server.port(), "lines").withTimeout(Duration.ofMillis(300)).withCases(3);
            SplitTestResult r = run(o, LINES, false);
            CaseResult bytes = r.cases().get(1);
            assertThat(bytes.outcome()).isInstanceOf(CaseOutcome.Hung.class);
            assertThat(bytes.outcome().describe()).startsWith("the server hangs: nothing for 300 ms after 0 of 20 bytes");
            assertThat(r.shrunk().orElseThrow().outcome().tag()).isEqualTo("HANG");
        }
    }

    @Test
    void netlabsOwnEchoServerPassesWithLearnedResponses() throws Exception {
        try (Lab lab = new Lab()) {
            ServerEndpoint server = lab.startServer(ServerSpec.builder().port(0).build()).toCompletableFuture().get(30, TimeUnit.SECONDS);
            int port = server.port();
            Conversation requestsOnly = ConversationFile.parse("one\\n\ntwo\\n\n", "requests.txt", true);
            SplitTestResult r = run(options(port, "lines"), requestsOnly, true);
            assertThat(r.verdict()).startsWith("PASS");
            assertThat(r.conversation()).contains("responses learned from 127.0.0.1:" + port);
        }
    }

    @Test
    void nothingListeningIsAVerdictNotAStackTrace() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        SplitTestResult r = run(options(port, "lines"), LINES, false);
        assertThat(r.problem()).isPresent();
        assertThat(r.verdict()).startsWith("NOT RUN: cannot connect to 127.0.0.1:" + port + ": [Errno 111]");
    }

    @Test
    void framingThatDoesNotMatchIsAVerdictWithTheFirstOffendingBytes() throws Exception {
        SplitTestResult r = run(options(9, "length:2be"), LINES, false);
        assertThat(r.verdict()).isEqualTo("NOT RUN: --framing length:2be does not match the requests: the header at byte 0 says "
                + "26725 bytes follow, 18 do: b'hello\\nsplit me\\r\\n'\u2026");
    }

    /** A Java server that answers each read as it pleases, on a lab loop of its own. */
    private interface Answer {
        void answer(Transport t, Bytes data);
    }

    private static int javaServer(Lab lab, Answer answer) throws Exception {
        Server server = lab.onLoop(() -> TcpSockets.createServer(lab.loop(), () -> new Protocol() {
            private Transport t;

            @Override
            public void connectionMade(Transport transport) {
                t = transport;
            }

            @Override
            public void dataReceived(Bytes data) {
                answer.answer(t, data);
            }
        }, ServerOptions.of("java", new HostPort("127.0.0.1", 0)))).toCompletableFuture().get(30, TimeUnit.SECONDS);
        return ((HostPort) server.sockets().get(0)).port();
    }

    @Test
    void aJavaServerThatTakesEachReadAsOneMessageFailsAndIsShrunkToOneSplit() throws Exception {
        try (Lab lab = new Lab()) {
            int port = javaServer(lab, (t, data) -> t.write(Bytes.utf8(data.utf8().strip().toUpperCase() + "\n")));
            SplitTestResult r = run(options(port, "lines"), ConversationFile.parse("abc\\n => ABC\\n\nxyz\\n => XYZ\\n\n", "c", false), false);
            assertThat(r.cases().get(0).passed()).isTrue();
            assertThat(r.shrunk().orElseThrow().chunkMap()).isEqualTo("b'a' | b'bc\\n' | b'xyz\\n'");
        }
    }

    @Test
    void serversThatCloseEarlyResetOrAnswerMoreAreEachNamed() throws Exception {
        try (Lab lab = new Lab()) {
            int closes = javaServer(lab, (t, data) -> t.close());
            int resets = resettingServer();
            int more = javaServer(lab, (t, data) -> t.write(data.concat(Bytes.utf8("and more\n"))));
            Conversation echo = ConversationFile.parse("ping\\n => ping\\n\n", "c", false);
            assertThat(run(options(closes, "lines").withCases(1), echo, false).cases().get(0).outcome().describe())
                    .isEqualTo("the server closed after 0 of 5 bytes; never sent b'ping\\n'");
            assertThat(run(options(resets, "lines").withCases(1), echo, false).cases().get(0).outcome().tag()).isEqualTo("RESET");
            assertThat(run(options(more, "lines").withCases(1), echo, false).cases().get(0).outcome().describe())
                    .isEqualTo("the server answered more than expected: after the 5 bytes came b'and more\\n'");
        }
    }

    /** A server that resets the first connection it gets (SO_LINGER 0, then close). */
    private static int resettingServer() throws Exception {
        java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            try (s; java.net.Socket c = s.accept()) {
                c.getInputStream().read();
                c.setSoLinger(true, 0);
            } catch (java.io.IOException e) {
                // the test sees what the client saw
            }
        }, "resetting-server");
        t.setDaemon(true);
        t.start();
        return s.getLocalPort();
    }

    @Test
    void stoppingEndsTheRunCleanlyWithWhatRanSoFar() throws Exception {
        try (SplitServers.Running server = SplitServers.start("readline")) {
            List<SplitTestProgress> heard = new CopyOnWriteArrayList<>();
            SplitTestRun run = SplitTestRun.start(options(server.port(), "lines").withCases(500), LINES, false, heard::add);
            org.awaitility.Awaitility.await().atMost(T).until(() -> heard.stream().filter(p -> p.latest() != null).count() >= 3);
            SplitTestResult r = run.stop().get(T.toSeconds(), TimeUnit.SECONDS);
            assertThat(r.stopReason()).contains("stopped");
            assertThat(r.cases().size()).isGreaterThanOrEqualTo(3).isLessThan(500);
            assertThat(r.verdict()).startsWith("PASS so far: ").endsWith("cases that ran (stopped)");
        }
    }

    @Test
    void aConversationTakenFromARecordingRunsAsAGivenOneDoes() throws Exception {
        Path file = dir.resolve("failure.netlab");
        try (SplitServers.Running server = SplitServers.start("read")) {
            run(options(server.port(), "lines").withCases(2).withRecordTo(file), LINES, false);
        }
        Recording rec = new RecordingReader().read(file);
        Conversation fromRecording = RecordedConversation.from(rec);
        Bytes sent = Bytes.concat(rec.events().stream().filter(e -> e.kind() == EventKind.DATA_SENT).map(LabEvent::data).toList());
        assertThat(fromRecording.requests()).isEqualTo(sent).isEqualTo(LINES.requests());
        assertThat(fromRecording.exchanges().get(0).response().utf8()).startsWith("H\n");
        try (SplitServers.Running server = SplitServers.start("readline")) {
            SplitTestResult r = run(options(server.port(), "lines").withCases(4), fromRecording, true);
            assertThat(r.verdict()).startsWith("PASS");
        }
    }
}
