package netlab.ui.library;

import static netlab.ui.testing.TestPresets.both;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import netlab.engine.bytes.Bytes;
import netlab.engine.lab.ClientBehavior;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.preset.ClientPreset;
import netlab.engine.preset.Preset;
import netlab.engine.preset.ServerPreset;
import netlab.ui.i18n.I18n;
import netlab.ui.testing.TestPresets;
import org.junit.jupiter.api.Test;

/**
 * The banner's line of what a preset sets up says what its programs do: the writes each client
 * really makes (the keystroke client one per byte), write_eof() only for the client that calls
 * it, datagrams for a UDP client, and the port a run on a free port really got.
 */
class PresetPlanTest {
    private final I18n en = new I18n(Locale.ENGLISH);
    private final I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);

    private static Preset preset(String id, ServerSpec server, ClientSpec client) {
        return new Preset(id, "001", both(id, id), both(id, id), List.of(), List.of(new ServerPreset("server", server)),
                List.of(new ClientPreset("client", "server", client, 1)), List.of());
    }

    @Test
    void prefixEchosKeystrokeClientMakesOneWritePerByteAndNoWriteEof() {
        Preset prefix = preset("prefix-echo", ServerSpec.builder().port(8888).behavior(ServerBehavior.PREFIX).build(),
                ClientSpec.builder().port(8888).behavior(ClientBehavior.KEYS).parts(List.of(Bytes.utf8("abc"))).build());
        assertThat(PresetBanner.plan(prefix, en, List.of(), List.of(), false))
                .contains("client \u201cclient\u201d: 3 writes, 3 B, runs 1\u00d7").doesNotContain("write_eof");
    }

    @Test
    void echoOncesClientDoesNotHalfClose() {
        Preset once = preset("stream-echo-once", ServerSpec.builder().port(8888).behavior(ServerBehavior.ONCE).build(),
                ClientSpec.builder().port(8888).behavior(ClientBehavior.ONCE).parts(List.of(Bytes.utf8("Hello World!"))).build());
        assertThat(PresetBanner.plan(once, en, List.of(), List.of(), false)).contains("1 writes, 12 B, runs 1\u00d7").doesNotContain("write_eof");
        assertThat(PresetBanner.plan(TestPresets.streamEcho(3), en, List.of(), List.of(), false))
                .as("seed 000's client does half-close").contains("3 writes, 46 B, then write_eof(), runs 3\u00d7");
    }

    @Test
    void aUdpClientSendsDatagramsAndNeverWriteEof() {
        Preset udp = preset("udp-echo", ServerSpec.builder().port(9999).transport(TransportKind.UDP).build(),
                ClientSpec.builder().port(9999).transport(TransportKind.UDP).parts(List.of(Bytes.utf8("Hello World!"))).build());
        assertThat(PresetBanner.plan(udp, en, List.of(), List.of(), false)).contains("1 datagram(s), 12 B").doesNotContain("write_eof");
        assertThat(PresetBanner.plan(udp, zh, List.of(), List.of(), false)).contains("1 个数据报").doesNotContain("write_eof");
        // as in the library: the client names its server and takes its transport from it
        Preset named = preset("udp-echo", ServerSpec.builder().port(9999).transport(TransportKind.UDP).build(),
                ClientSpec.builder().port(9999).parts(List.of(Bytes.utf8("Hello World!"))).build());
        assertThat(PresetBanner.plan(named, en, List.of(), List.of(), false))
                .contains("server \u201cserver\u201d: UDP echo on 127.0.0.1 port 9999", "client \u201cclient\u201d: 1 datagram(s), 12 B")
                .doesNotContain("write_eof", "reads of");
    }

    @Test
    void onAnyFreePortTheLineSaysSoThenShowsThePortTheServerGot() {
        Preset echo = TestPresets.streamEcho(3);
        assertThat(PresetBanner.plan(echo, en, List.of(), List.of(), true)).contains("any free port").doesNotContain("10000");
        assertThat(PresetBanner.plan(echo, en, List.of(45678), List.of(), true)).contains("127.0.0.1 port 45678").doesNotContain("10000");
        assertThat(PresetBanner.plan(echo, en, List.of(), List.of(), false)).contains("127.0.0.1 port 10000");
    }
}
