package netlab.ui.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.net.HostPort;
import netlab.engine.transport.MulticastOptions;
import org.junit.jupiter.api.Test;

/** The client form's UDP part: what it puts in the spec, and what it refuses under which field. */
class UdpClientOptionsTest {
    private final UdpClientOptions o = new UdpClientOptions();

    private ClientSpec spec(String host) {
        ClientSpec.Builder b = ClientSpec.builder().host(host).port(9999);
        assertThat(o.applyTo(b, host).isOk()).isTrue();
        return b.build();
    }

    @Test
    void tcpByDefaultThenUdpToAGroupWithItsSettings() {
        assertThat(spec("127.0.0.1").transport()).isEqualTo(TransportKind.TCP);
        o.udpProperty().set(true);
        o.ttlProperty().set("3");
        o.loopProperty().set(false);
        ClientSpec toGroup = spec("239.1.2.3");
        assertThat(toGroup.transport()).isEqualTo(TransportKind.UDP);
        assertThat(toGroup.multicast().ttl()).isEqualTo(3);
        assertThat(toGroup.multicast().loop()).isFalse();
        // not a group: the multicast settings do not apply (as on the command line)
        assertThat(spec("127.0.0.1").multicast()).isEqualTo(MulticastOptions.DEFAULTS);
        o.broadcastProperty().set(true);
        assertThat(spec("127.255.255.255").broadcast()).isTrue();
        // broadcast belongs to UDP: a TCP client never asks for it
        o.udpProperty().set(false);
        assertThat(spec("127.0.0.1").broadcast()).isFalse();
    }

    @Test
    void badFieldsAreProblemsUnderThem() {
        o.udpProperty().set(true);
        o.ttlProperty().set("300");
        assertThat(o.ttlProblemProperty().get()).isNotNull();
        assertThat(o.ttlProblemProperty().get().raw()).contains("0..255");
        o.ttlProperty().set("1");
        assertThat(o.ttlProblemProperty().get()).isNull();
        o.interfaceProperty().set("no-such-if0");
        assertThat(o.interfaceProblemProperty().get().raw()).contains("no network interface named 'no-such-if0'");
        assertThat(o.applyTo(ClientSpec.builder(), "239.1.2.3").isOk()).isFalse();
        o.interfaceProperty().set("lo");
        o.sourceProperty().set("127.0.0.1:99999");
        assertThat(o.sourceProblemProperty().get()).isNotNull();
        o.sourceProperty().set("[::1]:4000");
        assertThat(o.sourceProblemProperty().get()).isNull();
        assertThat(spec("::1").source()).isEqualTo(Optional.of(new HostPort("::1", 4000)));
    }

    @Test
    void theSourceReadsAsOnTheCommandLine() {
        assertThat(UdpClientOptions.parseSource("127.0.0.2")).isEqualTo(new HostPort("127.0.0.2", 0));
        assertThat(UdpClientOptions.parseSource("127.0.0.2:5000")).isEqualTo(new HostPort("127.0.0.2", 5000));
        assertThat(UdpClientOptions.parseSource("::1")).isEqualTo(new HostPort("::1", 0));
        assertThat(UdpClientOptions.parseSource("[::1]")).isEqualTo(new HostPort("::1", 0));
    }
}
