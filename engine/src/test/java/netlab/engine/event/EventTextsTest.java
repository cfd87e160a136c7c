package netlab.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the engine writes of its own events, and the parts a window in another language takes back out of it. */
class EventTextsTest {
    private static LabEvent event(EventKind kind, String text) {
        return new LabEvent(1, 1, Origin.endpoint("server-1", Role.SERVER, "main"), kind, null, text, null, -1, 0, null);
    }

    @Test
    void theEnglishTextsStayAsTheCliPrintsThem() {
        assertThat(EventTexts.listening("127.0.0.1:10000")).isEqualTo("listening on 127.0.0.1:10000");
        assertThat(EventTexts.serverClosed(java.util.List.of("127.0.0.1:10000"))).isEqualTo("server closed: [127.0.0.1:10000]");
        assertThat(EventTexts.connectionMade("('127.0.0.1', 10000)", "('127.0.0.1', 51000)"))
                .isEqualTo("connection_made: ('127.0.0.1', 10000) <-> ('127.0.0.1', 51000)");
        assertThat(EventTexts.datagramMade("('127.0.0.1', 9999)", null)).isEqualTo("connection_made: ('127.0.0.1', 9999)");
        assertThat(EventTexts.processStarted(42, "python3 -c 'print(1)'")).isEqualTo("subprocess_exec: pid 42: python3 -c 'print(1)'");
        assertThat(EventTexts.processExited(42, 0, null)).isEqualTo("process_exited: pid 42, exit status 0 (returncode 0)");
        assertThat(EventTexts.processExited(42, -15, "SIGTERM")).isEqualTo("process_exited: pid 42, killed by SIGTERM (returncode -15)");
        assertThat(EventTexts.late("a callback", 1_240_000)).isEqualTo("a callback: 1.2 ms late");
        assertThat(EventTexts.elided(12, 40, 51, "window")).isEqualTo("12 events elided (seq 40\u201351) in window");
    }

    @Test
    void thePartsComeBackOutOfEachText() {
        assertThat(EventTexts.parts(event(EventKind.LISTENING, EventTexts.listening("[::1]:8888")))).containsExactly("[::1]:8888");
        assertThat(EventTexts.parts(event(EventKind.SERVER_CLOSED, EventTexts.serverClosed("[a, b]")))).containsExactly("[a, b]");
        assertThat(EventTexts.parts(event(EventKind.CONNECTION_MADE, EventTexts.connectionMade("('h', 1)", "('p', 2)"))))
                .containsExactly("('h', 1)", "('p', 2)");
        assertThat(EventTexts.parts(event(EventKind.CONNECTION_MADE, EventTexts.datagramMade("('h', 1)", "('p', 2)"))))
                .containsExactly("('h', 1)", "('p', 2)");
        assertThat(EventTexts.parts(event(EventKind.CONNECTION_MADE, EventTexts.datagramMade("('h', 1)", null)))).containsExactly("('h', 1)", "");
        assertThat(EventTexts.parts(event(EventKind.PROCESS_STARTED, EventTexts.processStarted(7, "sh -c 'a: b'"))))
                .containsExactly("7", "sh -c 'a: b'");
        assertThat(EventTexts.parts(event(EventKind.PROCESS_EXITED, EventTexts.processExited(7, 3, null)))).containsExactly("7", "");
        assertThat(EventTexts.parts(event(EventKind.PROCESS_EXITED, EventTexts.processExited(7, -9, "SIGKILL")))).containsExactly("7", "SIGKILL");
        assertThat(EventTexts.parts(event(EventKind.LOOP_LAG, EventTexts.late("heartbeat", 3_000_000)))).containsExactly("heartbeat", "");
        assertThat(EventTexts.parts(event(EventKind.LOOP_LAG, EventTexts.late(EventTexts.timerLate("call_later(1, tick)"), 3_000_000))))
                .containsExactly("timer call_later(1, tick) ran late", "call_later(1, tick)");
        assertThat(EventTexts.taskStep(3)).isEqualTo("step 3");
        assertThat(EventTexts.parts(event(EventKind.TASK_STEP, EventTexts.taskStep(3)))).containsExactly("3");
    }

    @Test
    void aRuleAnswerGivesItsPiecesWhereTheRuleHasThem() {
        String full = EventTexts.ruleMatched(2, "greet", "b'hi: x\\n'", "b\"it's\"", 50, "close");
        assertThat(full).isEqualTo("rule 2 'greet' matched b'hi: x\\n': replies b\"it's\" after 50 ms, then close");
        assertThat(EventTexts.parts(event(EventKind.RULE_MATCHED, full))).containsExactly("2", "greet", "b'hi: x\\n'", "b\"it's\"", "50", "close");
        String bare = EventTexts.ruleMatched(1, "", "b'a'", null, -1, null);
        assertThat(bare).isEqualTo("rule 1 matched b'a'");
        assertThat(EventTexts.parts(event(EventKind.RULE_MATCHED, bare))).containsExactly("1", "", "b'a'", "", "", "");
    }

    @Test
    void anElidedMarkerGivesItsRangeAndConsumer() {
        assertThat(EventTexts.parts(event(EventKind.ELIDED, EventTexts.elided(3, 7, 9, "the window")))).containsExactly("7", "9", "the window");
        assertThat(EventTexts.parts(event(EventKind.ELIDED, "3 events elided"))).isEmpty();
    }

    @Test
    void aTextThatIsNotTheEnginesGivesNoParts() {
        assertThat(EventTexts.parts(event(EventKind.LISTENING, "something else"))).isEmpty();
        assertThat(EventTexts.parts(event(EventKind.PROCESS_EXITED, "process_exited"))).isEmpty();
        assertThat(EventTexts.parts(event(EventKind.LOG, "listening on x"))).isEmpty();
        assertThat(EventTexts.parts(event(EventKind.LISTENING, null))).isEmpty();
    }
}
