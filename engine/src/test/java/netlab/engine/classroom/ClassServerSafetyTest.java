package netlab.engine.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import netlab.engine.classroom.server.ClassServerOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The class server on a classroom LAN, which is not a trusted network (issue 14, Safety): each
 * case a real client over a real socket, and after each the session goes on undisturbed (another
 * student answers and the reveal counts them).
 */
class ClassServerSafetyTest {
    private static final Duration T = Duration.ofSeconds(20);
    private TestClass room;

    @AfterEach
    void close() {
        if (room != null) {
            room.close();
        }
    }

    /** The session still works: a fresh student joins, answers, and the reveal counts the answer. */
    private void theClassGoesOn(String expectedRight, int expectedCount) {
        StudentClient witness = room.joined("witness");
        if (room.session.snapshot().current().isEmpty()) {
            room.session.ask("reads");
        }
        witness.answer("reads", "B");
        witness.await("answered");
        room.session.reveal();
        String reveal = witness.await("reveal");
        assertThat(StudentClient.field(reveal, "right")).isEqualTo(expectedRight);
        assertThat(room.session.snapshot().histogram().count("B")).isEqualTo(expectedCount);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return room.http.send(HttpRequest.newBuilder(URI.create(room.server.url() + path)).timeout(T).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aWrongCodeIsRefusedAtTheHandshakeAndAGuesserMustWait() throws Exception {
        room = new TestClass(ClassServerOptions.defaults().withWrongCodesPerMinute(5));
        String wrong = room.code().equals("AAAAA") ? "CCCCC" : "AAAAA";
        assertThatThrownBy(() -> room.student(wrong)).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e).getResponse().statusCode()).isEqualTo(403));
        HttpResponse<String> check = get("check?code=" + wrong);
        assertThat(check.statusCode()).isEqualTo(403);
        assertThat(check.body()).contains("wrong code");
        room.await(ClassEvent.Notice.class, n -> n.text().startsWith("a wrong join code from 127.0.0.1"));
        for (int i = 0; i < 3; i++) {
            get("check?code=" + wrong);
        }
        HttpResponse<String> guessing = get("check?code=" + room.code());
        assertThat(guessing.statusCode()).as("even the right code waits once an address guessed too often").isEqualTo(429);
        assertThat(guessing.body()).contains("too many wrong codes");
        assertThat(room.session.snapshot().students()).isEmpty();
    }

    @Test
    void theRightCodeIsCheckedLooselyAndTheWebSocketRequiresIt() throws Exception {
        room = new TestClass();
        assertThat(get("check?code=" + room.code().toLowerCase()).statusCode()).isEqualTo(204);
        assertThatThrownBy(() -> room.student("")).cause().isInstanceOf(WebSocketHandshakeException.class);
        // a page of another site may not join for a student's browser
        int port = room.server.address().getPort();
        String upgrade = "GET /ws?code=" + room.code() + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n";
        assertThat(raw(port, upgrade + "Origin: http://evil.example\r\n\r\n"))
                .startsWith("HTTP/1.1 403").contains("its own address only");
        assertThat(raw(port, upgrade + "Origin: http://127.0.0.1:" + port + "\r\n\r\n")).startsWith("HTTP/1.1 101");
        theClassGoesOn("B", 1);
    }

    /** Sends {@code request} as it is and returns what comes back until the server closes or 2 s of quiet. */
    private static String raw(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(2000);
            s.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            StringBuilder out = new StringBuilder();
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = s.getInputStream().read(buf)) > 0; ) {
                    out.append(new String(buf, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
                    if (out.indexOf("\r\n\r\n") >= 0 && out.toString().startsWith("HTTP/1.1 101")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException quiet) {
                // what came is the answer
            }
            return out.toString();
        }
    }

    @Test
    void aFloodIsDroppedWithAMessageThenClosedAndTheOthersAreCounted() {
        room = new TestClass(ClassServerOptions.defaults().withRate(5, 10, 100));
        room.session.ask("reads");
        StudentClient flooder = room.joined("flooder");
        for (int i = 0; i < 400 && !flooder.isClosed(); i++) {
            try {
                flooder.answer("reads", i % 2 == 0 ? "A" : "C");
            } catch (CompletionException closedMeanwhile) {
                break;
            }
        }
        String error = flooder.await("error");
        assertThat(StudentClient.field(error, "message")).startsWith("too many messages: at most 5 a second");
        assertThat(flooder.awaitClosed(T)).as("policy violation").isEqualTo(1008);
        assertThat(flooder.closeReason()).contains("too many messages");
        room.await(ClassEvent.Notice.class, n -> n.text().contains("too many messages (flooder)"));
        int flooderAnswers = room.session.snapshot().histogram().answered();
        assertThat(flooderAnswers).as("the flooder counts once, with their last answer taken").isEqualTo(1);
        theClassGoesOn("B", 1);
        assertThat(room.session.snapshot().histogram().answered()).isEqualTo(2);
    }

    @Test
    void anOversizedMessageIsRefusedAndAnOversizedFrameClosesOnlyItsConnection() {
        room = new TestClass();
        room.session.ask("reads");
        StudentClient big = room.joined("big");
        String tooLong = "{\"type\": \"answer\", \"question\": \"reads\", \"value\": \"" + "A".repeat(2000) + "\"}";
        big.send(tooLong);
        assertThat(StudentClient.field(big.await("error"), "message"))
                .isEqualTo("a message is at most 1024 bytes; this one had " + tooLong.length() + " (it was not taken)");
        big.answer("reads", "A");
        assertThat(StudentClient.field(big.await("answered"), "value")).as("the connection stays").isEqualTo("A");

        StudentClient huge = room.joined("huge");
        huge.send("{\"type\": \"join\", \"name\": \"" + "x".repeat(1 << 20) + "\"}");
        assertThat(huge.awaitClosed(T)).as("message too big").isEqualTo(1009);
        room.await(ClassEvent.StudentLeft.class, l -> l.student().name().equals("huge"));
        theClassGoesOn("B", 1);
        assertThat(room.session.snapshot().histogram().count("A")).isEqualTo(1);
    }

    @Test
    void htmlInANameIsKeptAsTextAndControlCharactersAreRefused() {
        room = new TestClass();
        String name = "<img src=x onerror=alert(1)>\"'&";
        StudentClient s = room.student().join(name);
        String joined = s.await("joined");
        assertThat(joined).contains("\"name\":\"<img src=x onerror=alert(1)>\\\"'&\"");
        assertThat(room.session.snapshot().students()).extracting(st -> st.student().name()).containsExactly(name);
        StudentClient escape = room.student().join("x\u001b]0;pwned\u0007");
        assertThat(StudentClient.field(escape.await("error"), "message")).contains("control");
        assertThat(room.session.snapshot().students()).hasSize(1);
        StudentClient junk = room.student();
        junk.send("<script>alert(1)</script>");
        assertThat(StudentClient.field(junk.await("error"), "message")).isEqualTo("not a message of the class page");
        junk.send("{\"type\": \"join\", \"name\": {\"nested\": 1}}");
        junk.await("error");
        theClassGoesOn("B", 1);
    }

    @Test
    void aBrowserThatDisconnectsMidQuestionLeavesItsAnswerAndMayComeBack() {
        room = new TestClass();
        room.session.ask("reads");
        StudentClient phone = room.joined("phone");
        String token = StudentClient.field(phone.received().get(0), "token");
        phone.answer("reads", "C");
        phone.await("answered");
        phone.abort(); // no closing handshake: the radio went away
        room.await(ClassEvent.StudentLeft.class, l -> l.student().name().equals("phone"));
        assertThat(room.session.snapshot().histogram().count("C")).isEqualTo(1);

        StudentClient back = room.student().send("{\"type\": \"join\", \"name\": \"phone\", \"token\": \"" + token + "\"}");
        back.await("joined");
        String question = back.await("question");
        assertThat(StudentClient.field(question, "yours")).isEqualTo("C");
        room.await(ClassEvent.StudentJoined.class, j -> j.returning() && j.student().name().equals("phone"));
        assertThat(room.session.snapshot().students()).hasSize(1);
        theClassGoesOn("B", 1);
        assertThat(room.session.snapshot().histogram().answered()).isEqualTo(2);
    }

    @Test
    void theServerStopsWithTheSessionLeavingNoListeningSocket() throws Exception {
        room = new TestClass();
        StudentClient s = room.joined("last");
        int port = room.server.address().getPort();
        HttpResponse<String> page = get("");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(get("nothing-here").statusCode()).isEqualTo(404);

        room.session.end();
        s.await("ended");
        assertThat(s.awaitClosed(T)).isEqualTo(1000);
        room.server.stopped().get(20, TimeUnit.SECONDS);
        assertThatThrownBy(() -> {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            }
        }).isInstanceOf(ConnectException.class);
        // the event loop's thread ends just after its termination future completes: wait for it to end, not for a time
        org.awaitility.Awaitility.await("the class server's thread ends").atMost(java.time.Duration.ofSeconds(20))
                .until(() -> Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("netlab-class-server") && t.isAlive()));
    }

    @Test
    void onlyGetAndKnownFilesAreServed() throws IOException, InterruptedException {
        room = new TestClass();
        HttpResponse<String> post = room.http.send(HttpRequest.newBuilder(URI.create(room.server.url()))
                .POST(HttpRequest.BodyPublishers.ofString("x=1")).timeout(T).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        HttpResponse<String> traversal = room.http.send(HttpRequest.newBuilder(URI.create(room.server.url() + "..%2F..%2Fetc%2Fpasswd"))
                .timeout(T).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(traversal.statusCode()).isEqualTo(404);
        assertThat(room.server.beyondThisMachine()).isFalse();
        assertThat(room.server.url()).startsWith("http://127.0.0.1:");
    }
}
