package netlab.ui.panes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventSubscription;
import netlab.engine.event.LabEvent;
import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.Lab;
import netlab.engine.lab.ProcessEndpoint;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.subprocess.ProcessSpec;
import netlab.ui.i18n.I18n;
import org.junit.jupiter.api.Test;

/**
 * What panes say beside the seed's lines, from a real run: a child's closed pipe is named as
 * asyncio names the call (which fd, which pipe), and in Chinese the words around the asyncio
 * calls are Chinese (reads, states), the calls themselves as asyncio writes them.
 */
class EventNotesTest {
    private static final Duration T = Duration.ofSeconds(30);
    private final LineFormatter english = new LineFormatter(new I18n(Locale.ENGLISH));
    private final LineFormatter chinese = new LineFormatter(new I18n(Locale.SIMPLIFIED_CHINESE));

    @Test
    void aChildsClosedPipeSaysWhichPipeAndHowMuchItCarried() throws Exception {
        List<LabEvent> events;
        try (Lab lab = new Lab()) {
            EventSubscription all = lab.events().subscribe("notes", 65_536);
            ProcessEndpoint child = lab.startProcess(ProcessSpec.exec(List.of("printf", "hi\\n")), Duration.ofSeconds(2)).get(T);
            child.finished().get(T);
            events = new ArrayList<>();
            all.drainTo(events, Integer.MAX_VALUE);
        }
        List<String> en = lines(english, events, EventKind.PIPE_CONNECTION_LOST);
        assertThat(en).contains("· pipe_connection_lost(1, None): the child's stdout closed after 3 bytes",
                "· pipe_connection_lost(2, None): the child's stderr closed after 0 bytes");
        assertThat(en).noneMatch(l -> l.equals("· 1") || l.equals("· 2"));
        assertThat(events.stream().filter(e -> e.kind() == EventKind.PIPE_CONNECTION_LOST).map(LabEvent::describe))
                .as("the command line and recordings say the same").contains("pipe_connection_lost(1, None): the child's stdout closed after 3 bytes");
        assertThat(lines(chinese, events, EventKind.PIPE_CONNECTION_LOST))
                .contains("· pipe_connection_lost(1, None)：子进程的 stdout 已关闭，共传送 3 字节");
    }

    @Test
    void readsAndStatesSpeakChineseAroundTheAsyncioCalls() throws Exception {
        List<LabEvent> events;
        try (Lab lab = new Lab()) {
            EventSubscription all = lab.events().subscribe("notes", 65_536);
            ServerEndpoint server = lab.startServer(ServerSpec.builder().host("127.0.0.1").port(0).behavior(ServerBehavior.ECHO).build()).get(T);
            ClientEndpoint client = lab.startClient(ClientSpec.builder().host("127.0.0.1").port(server.port())
                    .parts(List.of(Bytes.utf8("abc"))).build()).get(T);
            client.finished().get(T);
            server.stop().get(T);
            events = new ArrayList<>();
            all.drainTo(events, Integer.MAX_VALUE);
        }
        List<String> reads = lines(chinese, events, EventKind.STREAM_READ);
        assertThat(reads).contains("· read() \u2192 b'abc'（缓冲区还剩 0 字节）", "· read() \u2192 b''（缓冲区还剩 0 字节）");
        assertThat(lines(english, events, EventKind.STREAM_READ)).contains("· read() \u2192 b'abc' (0 left in the buffer)");
        String finished = ResourceBundle.getBundle("netlab.i18n.messages", Locale.SIMPLIFIED_CHINESE).getString("endpoint.state.finished");
        assertThat(lines(chinese, events, EventKind.ENDPOINT_STATE)).contains("● client-1: " + finished);
        assertThat(reads).noneMatch(l -> l.contains("left in the buffer"));
    }

    @Test
    void theServerFormsBehavioursHaveRealChinese() {
        ResourceBundle en = ResourceBundle.getBundle("netlab.i18n.messages", Locale.ENGLISH);
        ResourceBundle zh = ResourceBundle.getBundle("netlab.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        for (ServerBehavior b : ServerBehavior.values()) {
            String key = "server.behavior." + b.id();
            assertThat(zh.getString(key)).as(key).isNotEqualTo(en.getString(key)).matches(s -> s.codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff));
        }
    }

    private static List<String> lines(LineFormatter formatter, List<LabEvent> events, EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).map(e -> formatter.format(e, 0)).filter(l -> l != null).map(PaneLine::text).toList();
    }
}
