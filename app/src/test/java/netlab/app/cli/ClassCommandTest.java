package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;

import netlab.app.ListeningSockets;
import netlab.engine.classroom.StudentClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./netlab class} as a teacher runs it, a real process: the URL and the code printed, a
 * student (a real WebSocket client) joins and answers, the teacher reveals from stdin, and at the
 * end the summary, the CSV, and no listening socket left.
 */
class ClassCommandTest {
    private static final Duration T = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private static void type(NetlabProcess p, String line) throws Exception {
        p.stdin().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        p.stdin().flush();
    }

    @Test
    void aStudentJoinsAnswersAndTheTeacherRevealsFromStdin() throws Exception {
        Path csv = dir.resolve("summary.csv");
        try (NetlabProcess p = NetlabProcess.start("class", "--preset", "stream-echo", "--lab-port", "0", "--qr", "text",
                "--csv", csv.toString()); HttpClient http = HttpClient.newHttpClient()) {
            Matcher m = p.awaitLine("class: students open (http://127\\.0\\.0\\.1:(\\d+)/) and type the code ([A-Z0-9]{5})", T);
            String url = m.group(1);
            int port = Integer.parseInt(m.group(2));
            p.awaitLine("class: the QR code opens " + java.util.regex.Pattern.quote(url + "#" + m.group(3)), T);
            assertThat(p.stdout()).anyMatch(l -> l.contains("\u2588\u2580\u2580\u2580\u2580\u2580\u2588"));

            StudentClient ana = StudentClient.connect(http, url, m.group(3).toLowerCase());
            ana.join("Ana");
            ana.await("joined");
            p.awaitLine("class: Ana joined \\(1 student\\)", T);

            p.awaitLine("class: question 1 of 2 \\(reads\\): The client sends its message as three writes\\..*", T);
            assertThat(StudentClient.field(ana.await("question"), "id")).isEqualTo("reads");
            ana.answer("reads", "B");
            ana.await("answered");
            p.awaitLine("class: answers 1 of 1: A 0 \u00b7 B \u2588+ 1 \u00b7 C 0 \u00b7 D 0", T);
            type(p, "");
            assertThat(StudentClient.field(ana.await("reveal"), "right")).isEqualTo("B");
            p.awaitLine("class: revealed: B: One or more: it can change from run to run \\(1 of 1 right\\)", T);

            p.awaitLine("class: question 2 of 2 \\(eof\\).*", T);
            ana.await("question");
            type(p, "wait 1");
            type(p, "reveal");
            ana.answer("eof", "c");
            p.awaitLine("class: revealed: A: b'': empty bytes, the end of the stream \\(0 of 1 right\\)", T);
            assertThat(StudentClient.field(ana.await("reveal"), "right")).isEqualTo("A");
            type(p, "q");
            assertThat(p.awaitExit(T)).isZero();
            assertThat(ana.await("ended")).isNotNull();
            assertThat(p.stdout()).contains("class summary: Stream echo: sent in parts, received in chunks, 1 student",
                    "  reads: 1 answered, 1 right (B)", "  eof: 1 answered, 0 right (A)");
            assertThat(p.stdout()).as("the run's log, held and shown").contains("main: closing event loop")
                    .anyMatch(l -> l.matches("echo_127\\.0\\.0\\.1_\\d+: closing"));
            assertThat(Files.readString(csv)).startsWith("question,prompt,answer,choice,count,right\r\n")
                    .contains("\"reads\",\"The client sends its message as three writes. In how many reads will the server receive them?\",\"B\",\"One or more: it can change from run to run\",1,yes")
                    .contains("\"eof\",", "\"C\",\"It raises ConnectionResetError\",1,no").doesNotContain("Ana");
            assertThat(ListeningSockets.on(port)).as("the class server left no listening socket").isFalse();
        }
    }

    @Test
    void aStudentsOwnClientIsNamedCappedAndDroppedByTheTeachersDropLine() throws Exception {
        int labPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            labPort = probe.getLocalPort();
        }
        java.net.InetAddress grace = java.net.InetAddress.getByName("127.0.0.2");
        // Grace's page: its client is shut down, not closed, at the end (closing waits for its socket, the process's to close)
        HttpClient http = HttpClient.newBuilder().localAddress(grace).build();
        try (NetlabProcess p = NetlabProcess.start("class", "--preset", "stream-echo", "--lab-port", Integer.toString(labPort),
                "--qr", "none", "--student-connections", "1")) {
            Matcher m = p.awaitLine("class: students open (http://127\\.0\\.0\\.1:(\\d+)/) and type the code ([A-Z0-9]{5})", T);
            StudentClient page = StudentClient.connect(http, m.group(1), m.group(3));
            page.join("Grace");
            page.await("joined");
            p.awaitLine("class: Grace joined \\(1 student\\)", T);
            p.awaitLine("class: question 1 of 2 .*", T); // the run is at its first moment: its server listens
            try (java.net.Socket first = new java.net.Socket(); java.net.Socket second = new java.net.Socket()) {
                for (java.net.Socket s : new java.net.Socket[] {first, second}) {
                    s.setSoTimeout((int) T.toMillis());
                    s.bind(new java.net.InetSocketAddress(grace, 0));
                }
                first.connect(new java.net.InetSocketAddress("127.0.0.1", labPort), 10_000);
                // (the log is held at the question's moment: the teacher's lines below are the session's, said at once)
                try {
                    second.connect(new java.net.InetSocketAddress("127.0.0.1", labPort), 10_000);
                    assertThat(second.getInputStream().read()).as("the second one is closed at once").isEqualTo(-1);
                } catch (java.net.SocketException reset) {
                    // reset before connect() returned, or at the read: closed at once either way
                }
                p.awaitLine("class: \u26a0 Grace reached the cap of 1 connections: more are closed at once", T);
                type(p, "drop grace");
                p.awaitLine("class: dropped 1 connection of Grace", T);
                try {
                    assertThat(first.getInputStream().read()).as("dropped").isEqualTo(-1);
                } catch (java.net.SocketException reset) {
                    // dropped with a reset
                }
            }
            type(p, "q");
            assertThat(p.awaitExit(T)).isZero();
        } finally {
            http.shutdownNow();
        }
    }

    @Test
    void aTeachersEditedQuestionsAreTheOnesTheClassIsAsked() throws Exception {
        // the teacher's copy of stream-echo, saved as the window saves it, where NETLAB_HOME says user presets live
        netlab.app.preset.PresetLibrary library = netlab.app.preset.PresetLibrary.loadWith(new netlab.app.preset.UserPresets(dir.resolve("presets")));
        netlab.engine.preset.Question mine = new netlab.engine.preset.Question("mine",
                new netlab.engine.preset.LocalizedText(java.util.Map.of("en", "Who connects first?", "zh", "谁先连接？")),
                new netlab.engine.preset.AnswerKey.WholeNumber(1), new netlab.engine.preset.LocalizedText(java.util.Map.of("en", "One client.", "zh", "一个客户端。")),
                netlab.engine.preset.TeachingMoment.first(new netlab.engine.event.EventMatch(netlab.engine.event.Role.CLIENT,
                        netlab.engine.event.EventKind.CONNECTION_MADE, null, null)));
        library.saveQuestions("stream-echo", java.util.List.of(mine));
        try (NetlabProcess p = NetlabProcess.startUnder(java.util.List.of("env", "NETLAB_HOME=" + dir),
                "class", "--preset", "stream-echo", "--lab-port", "0", "--qr", "none")) {
            p.awaitLine("class: students open .*", T);
            p.awaitLine("class: question 1 of 1 \\(mine\\): Who connects first\\?", T);
            type(p, "q");
            assertThat(p.awaitExit(T)).isZero();
            assertThat(p.stdout()).noneMatch(l -> l.contains("(reads)"));
        }
    }

    @Test
    void aPresetWithoutQuestionsIsAUsageErrorAndHelpSaysWhatItDoes() throws Exception {
        try (NetlabProcess p = NetlabProcess.start("class", "--preset", "call-soon")) {
            assertThat(p.awaitExit(T)).isEqualTo(ExitCodes.USAGE);
            assertThat(p.stderr()).contains("preset 'call-soon' asks no questions; presets with questions: stream-echo");
        }
        try (NetlabProcess p = NetlabProcess.start("class", "--help")) {
            assertThat(p.awaitExit(T)).isZero();
            assertThat(String.join("\n", p.stdout())).contains("--preset", "--host", "--port", "--csv", "Enter reveals");
        }
    }
}
