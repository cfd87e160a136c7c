package netlab.ui.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import netlab.engine.net.HostPort;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerSpec;
import netlab.engine.event.EventKind;
import netlab.engine.event.Role;
import netlab.engine.experiments.StreamEchoClient;
import netlab.engine.preset.ClientPreset;
import netlab.engine.preset.LocalizedText;
import netlab.engine.preset.Preset;
import netlab.engine.preset.ServerPreset;
import netlab.ui.code.CodeFile;
import netlab.ui.code.CodeMark;
import netlab.ui.code.CodeSample;
import netlab.engine.event.EventMatch;

/**
 * Presets and code for window tests, built in Java (the library's JSON is read by the app, whose
 * own tests run every preset of it): seed 000's bench, as the library describes it.
 */
public final class TestPresets {
    private TestPresets() {
    }

    public static LocalizedText both(String en, String zh) {
        return new LocalizedText(Map.of("en", en, "zh", zh));
    }

    /** Seed 000: an echo server on 10000 and the seed's client, run {@code runs} times. */
    public static Preset streamEcho(int runs) {
        return new Preset("stream-echo", "000",
                both("Stream echo: sent in parts, received in chunks", "流式回显：分段发送，按块接收"),
                both("A stream echo server and a client that sends one message as three writes.", "流式回显服务器与分三次写出消息的客户端。"),
                List.of(both("TCP is a byte stream.", "TCP 是字节流。"), both("The client half-closes.", "客户端半关闭。")),
                List.of(new ServerPreset("server", ServerSpec.builder().port(10000).build())),
                List.of(new ClientPreset("client", "server", ClientSpec.builder().port(10000).parts(StreamEchoClient.SEED_MESSAGES).build(), runs)),
                List.of());
    }

    /** Seed 000's echo behind a relay that cuts the stream into 5-byte chunks, 20 ms apart (as the library's stream-echo-relay). */
    public static Preset streamEchoRelay() {
        return new Preset("stream-echo-relay", "000",
                both("Stream echo through a relay", "经过中继的流式回显"),
                both("The same bytes, other chunks.", "同样的字节，不同的分块。"),
                List.of(),
                List.of(new ServerPreset("server", ServerSpec.builder().port(10000).build())),
                List.of(new ClientPreset("client", "relay", ClientSpec.builder().port(10000).parts(StreamEchoClient.SEED_MESSAGES).build(), 1)),
                List.of(),
                List.of(new netlab.engine.preset.RelayPreset("relay", "server",
                        netlab.engine.lab.RelaySpec.builder().port(10001).target(HostPort.loopback(10000))
                                .split(netlab.engine.relay.SplitMode.fixed(5)).delay(Duration.ofMillis(20)).build())));
    }

    /** A second preset, to switch between. */
    public static Preset slowParts() {
        return new Preset("slow-parts", "000",
                both("Parts with a pause", "带停顿的分段"),
                both("The same message, a pause between its parts.", "同样的消息，各段之间停顿。"),
                List.of(),
                List.of(new ServerPreset("server", ServerSpec.builder().port(10000).build())),
                List.of(new ClientPreset("client", "server", ClientSpec.builder().port(10000).parts(StreamEchoClient.SEED_MESSAGES).pause(Duration.ofMillis(50)).build(), 1)),
                List.of());
    }

    /** A little code beside stream-echo: one Python and one Java file, two marks. */
    public static CodeSample streamEchoCode() {
        CodeFile py = new CodeFile("client.py", "asyncio_echo_client_coroutine.py", "python",
                "async def echo_client(address, messages):\n    log = logging.getLogger('echo_client')\n"
                        + "    for msg in messages:\n        writer.write(msg)\n        log.debug('sending {!r}'.format(msg))\n");
        CodeFile javaFile = new CodeFile("StreamEchoClient.java", null, "java",
                "class StreamEchoClient {\n    void run() {\n        writer.write(msg);\n        log.debug(\"sending \" + msg.repr());\n    }\n}\n");
        return new CodeSample("stream-echo", List.of(py, javaFile), List.of(List.of("client.py", "StreamEchoClient.java")), List.of(
                new CodeMark(new EventMatch(Role.CLIENT, EventKind.DATA_SENT, null, null),
                        Map.of("client.py", 4, "StreamEchoClient.java", 3), LocalizedText.english("one write per part")),
                new CodeMark(new EventMatch(Role.CLIENT, EventKind.LOG, null, java.util.regex.Pattern.compile("^sending ")),
                        Map.of("client.py", 5, "StreamEchoClient.java", 4), null)));
    }
}
