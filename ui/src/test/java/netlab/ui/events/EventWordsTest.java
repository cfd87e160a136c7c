package netlab.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import netlab.engine.event.EventKind;
import netlab.engine.event.EventTexts;
import netlab.engine.event.LabEvent;
import netlab.engine.event.LabSentences;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.ui.i18n.I18n;
import org.junit.jupiter.api.Test;

/**
 * Every engine text the window says in its own words: in English it reads exactly as the engine
 * (and so the CLI) says it; in Chinese it is Chinese around the asyncio names, addresses and bytes.
 */
class EventWordsTest {
    private static final Origin SERVER = Origin.endpoint("server-1", Role.SERVER, "main");
    private final EventWords english = new EventWords(new I18n(Locale.ENGLISH));
    private final EventWords chinese = new EventWords(new I18n(Locale.SIMPLIFIED_CHINESE));

    private static LabEvent event(EventKind kind, String logger, String text, long offset, long amount) {
        return new LabEvent(1, 1, SERVER, kind, logger, text, null, offset, amount, null);
    }

    private static List<LabEvent> engineTexts() {
        return List.of(
                event(EventKind.LISTENING, null, EventTexts.listening("127.0.0.1:10000"), -1, 0),
                event(EventKind.SERVER_CLOSED, null, EventTexts.serverClosed(List.of("127.0.0.1:10000")), -1, 0),
                event(EventKind.CONNECTION_MADE, null, EventTexts.connectionMade("('127.0.0.1', 10000)", "('127.0.0.1', 5)"), -1, 0),
                event(EventKind.CONNECTION_MADE, null, EventTexts.datagramMade("('127.0.0.1', 9999)", null), -1, 0),
                event(EventKind.PROCESS_STARTED, null, EventTexts.processStarted(42, "date"), -1, 42),
                event(EventKind.PROCESS_EXITED, null, EventTexts.processExited(42, 0, null), -1, 0),
                event(EventKind.PROCESS_EXITED, null, EventTexts.processExited(42, -15, "SIGTERM"), -1, -15),
                event(EventKind.LOOP_LAG, "asyncio", EventTexts.late("heartbeat", 2_500_000), -1, 2_500_000),
                event(EventKind.LOOP_LAG, "asyncio", EventTexts.late(EventTexts.timerLate("call_later(1, tick)"), 2_500_000), -1, 2_500_000),
                event(EventKind.TASK_STEP, "Task A", EventTexts.taskStep(3), 0, 1),
                event(EventKind.ELIDED, "netlab", EventTexts.elided(3, 7, 9, "window"), -1, 3),
                event(EventKind.ELIDED, "netlab", LabSentences.NOT_RECORDED.say(4), -1, 4),
                event(EventKind.RULE_MATCHED, null, EventTexts.ruleMatched(2, "greet", "b'hi'", "b'hello'", 50, "close"), 1, 5),
                event(EventKind.RULE_MATCHED, null, EventTexts.ruleMatched(1, "", "b'a'", null, -1, null), 0, 0),
                event(EventKind.LIMIT_REACHED, "netlab", LabSentences.CONNECTION_LIMIT.say(2, "('127.0.0.1', 5)", 1), 1, 2),
                event(EventKind.LIMIT_REACHED, "netlab", LabSentences.STUDENT_CONNECTIONS.say("Grace", 2), 1, 2),
                event(EventKind.TLS_HANDSHAKE, null, LabSentences.TLS_SELF_SIGNED.say("TLSv1.3", "TLS_AES_128_GCM_SHA256", "CN=NetLab",
                        "2027-01-01T00:00:00Z", "AB:CD"), -1, 0),
                event(EventKind.PAUSE_WRITING, null, "pause_writing() buffer 70000 bytes", -1, 70_000),
                event(EventKind.RESUME_WRITING, null, "resume_writing() buffer 0 bytes", -1, 0));
    }

    @Test
    void inEnglishEachReadsAsTheEngineSaysIt() {
        for (LabEvent e : engineTexts()) {
            assertThat(english.say(e)).as(e.kind() + ": " + e.text()).isEqualTo(e.describe());
        }
    }

    @Test
    void inChineseEachIsSaidInChinese() {
        for (LabEvent e : engineTexts()) {
            String said = chinese.say(e);
            assertThat(said).as(e.kind() + ": " + e.text()).isNotNull().isNotEqualTo(e.describe()).containsPattern("\\p{IsHan}")
                    .doesNotContain("!");
        }
        assertThat(chinese.say(engineTexts().get(2))).isEqualTo("connection_made：本端 ('127.0.0.1', 10000) ⇄ 对端 ('127.0.0.1', 5)");
        assertThat(chinese.say(engineTexts().get(6))).isEqualTo("process_exited：子进程 pid 42 被 SIGTERM 终止（returncode -15）");
    }

    @Test
    void theLabsOwnLogAndErrorLinesAreSaidInChineseAndASeedsLineAsPrinted() {
        LabEvent dropped = event(EventKind.LOG, "netlab", LabSentences.TEACHER_DROPPED.say("Grace"), -1, 0);
        assertThat(english.logLine(dropped)).isEqualTo(dropped.toLogLine());
        assertThat(chinese.logLine(dropped)).isEqualTo("netlab: 老师断开了 Grace 的连接：这个连接被关闭");
        LabEvent error = event(EventKind.ERROR, "main", LabSentences.ERROR.say("ValueError: boom"), -1, 0);
        assertThat(english.logLine(error)).isEqualTo("main: error: ValueError: boom");
        assertThat(chinese.logLine(error)).isEqualTo("main: 出错：ValueError: boom");
        LabEvent seed = event(EventKind.LOG, "SimpleEchoProtocol", "Connection lost! Closing server...", -1, 0);
        assertThat(chinese.logLine(seed)).as("a seed's line, as printed").isEqualTo(seed.toLogLine());
        LabEvent everywhere = event(EventKind.LOG, "main", LabSentences.ALL_INTERFACES.say("0.0.0.0"), -1, 0);
        assertThat(english.logLine(everywhere)).isEqualTo("main: listening on ALL interfaces (0.0.0.0): other machines can connect");
        assertThat(chinese.logLine(everywhere)).isEqualTo("main: 在所有网络接口上监听（0.0.0.0）：其他机器可以连接");
    }

    @Test
    void everyLabSentenceReadsInEnglishAsTheEngineSaysItAndInChineseOtherwise() {
        for (LabSentences t : LabSentences.values()) {
            LabEvent e = event(EventKind.LOG, "main", t.say("127.0.0.1:9", "split fixed:5", "3", "d", "e", "f"), -1, 0);
            assertThat(english.logLine(e)).as(t.name()).isEqualTo(e.toLogLine());
            assertThat(chinese.logLine(e)).as(t.name()).isNotEqualTo(e.toLogLine()).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void aRelaysLinesAreSaidInChineseWithItsDescription() {
        LabEvent relaying = event(EventKind.LOG, "relay", LabSentences.RELAYING_CONNECTIONS.say("127.0.0.1:10001", "127.0.0.1:10000",
                "split fixed:5, delay 20 ms"), -1, 0);
        assertThat(english.logLine(relaying)).isEqualTo(relaying.toLogLine());
        assertThat(chinese.logLine(relaying)).isEqualTo("relay: 中继连接：从 127.0.0.1:10001 到 127.0.0.1:10000（按 fixed:5 切分，延迟 20 毫秒）");
        LabEvent unreachable = new LabEvent(1, 1, SERVER, EventKind.ERROR, "relay",
                LabSentences.UNREACHABLE.say("127.0.0.1:9") + ": ConnectionRefusedError: [Errno 111] refused", null, -1, 0,
                new netlab.engine.event.ErrorInfo("ConnectionRefusedError", "[Errno 111] refused"));
        assertThat(english.logLine(unreachable)).isEqualTo(unreachable.toLogLine());
        assertThat(chinese.logLine(unreachable)).startsWith("relay: 连不上 127.0.0.1:9 的服务器").endsWith(": " + unreachable.error());
    }

    @Test
    void aTextThatIsNotTheEnginesIsShownAsItIs() {
        LabEvent old = event(EventKind.LISTENING, null, "listening (an old recording's words)", -1, 0);
        assertThat(chinese.say(old)).isNull();
        assertThat(chinese.describe(old)).isEqualTo(old.describe());
    }
}
