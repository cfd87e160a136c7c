package netlab.engine.transport;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.Role;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.net.HostPort;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.TestLoop;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A multicast group on loopback: a socket that joined 239.1.2.3 on {@code lo} hears what another
 * sends to the group (TTL 1, loopback on), and its echo reaches the sender, which is not connected.
 */
class MulticastTest {
    private static final String GROUP = "239.1.2.3";
    private final TestLoop t = new TestLoop();

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aGroupOnLoopbackCarriesDatagramsBetweenTwoEndpoints() throws Exception {
        DatagramEndpointTest.Recorder member = new DatagramEndpointTest.Recorder();
        member.echo = true;
        MulticastOptions joined = MulticastOptions.DEFAULTS.joining(GROUP);
        var srv = OnLoop.call(t.loop, () -> UdpSockets.createDatagramEndpoint(t.loop, () -> member,
                DatagramOptions.local("srv", "srv", new HostPort(GROUP, 0)).withMulticast(joined), Role.SERVER)).get(T);
        int port = OnLoop.call(t.loop, () -> srv.transport().sockname().port());
        DatagramEndpointTest.Recorder sender = new DatagramEndpointTest.Recorder();
        var cli = OnLoop.call(t.loop, () -> UdpSockets.createDatagramEndpoint(t.loop, () -> sender,
                DatagramOptions.remote("cli", "cli", new HostPort(GROUP, port)), Role.CLIENT)).get(T);
        assertThat(OnLoop.call(t.loop, () -> cli.transport().peername())).as("sending to a group does not connect").isNull();
        OnLoop.run(t.loop, () -> cli.transport().sendto(Bytes.utf8("to the group")));
        Awaitility.await().atMost(T).until(() -> sender.count("datagram_received") == 1);
        synchronized (member) {
            assertThat(member.datagrams).extracting(Bytes::utf8).containsExactly("to the group");
        }
        synchronized (sender) {
            assertThat(sender.datagrams).extracting(Bytes::utf8).containsExactly("to the group");
        }
        OnLoop.run(t.loop, () -> {
            cli.transport().close();
            srv.transport().close();
        });
        Awaitility.await().atMost(T).until(() -> sender.count("connection_lost") == 1 && member.count("connection_lost") == 1);
    }

    @Test
    void twoMembersOnOnePortWithReuseEachHearTheGroup() throws Exception {
        MulticastOptions joined = MulticastOptions.DEFAULTS.joining(GROUP);
        ReuseOptions reuse = new ReuseOptions(true, true);
        DatagramEndpointTest.Recorder first = new DatagramEndpointTest.Recorder();
        var one = OnLoop.call(t.loop, () -> UdpSockets.createDatagramEndpoint(t.loop, () -> first,
                DatagramOptions.local("one", "one", new HostPort(GROUP, 0)).withMulticast(joined).withReuse(reuse), Role.SERVER)).get(T);
        int port = OnLoop.call(t.loop, () -> one.transport().sockname().port());
        DatagramEndpointTest.Recorder second = new DatagramEndpointTest.Recorder();
        var two = OnLoop.call(t.loop, () -> UdpSockets.createDatagramEndpoint(t.loop, () -> second,
                DatagramOptions.local("two", "two", new HostPort(GROUP, port)).withMulticast(joined).withReuse(reuse), Role.SERVER)).get(T);
        DatagramEndpointTest.Recorder sender = new DatagramEndpointTest.Recorder();
        var cli = OnLoop.call(t.loop, () -> UdpSockets.createDatagramEndpoint(t.loop, () -> sender,
                DatagramOptions.remote("cli", "cli", new HostPort(GROUP, port)), Role.CLIENT)).get(T);
        OnLoop.run(t.loop, () -> cli.transport().sendto(Bytes.utf8("both of you")));
        Awaitility.await().atMost(T).until(() -> first.count("datagram_received") == 1 && second.count("datagram_received") == 1);
        OnLoop.run(t.loop, () -> {
            cli.transport().close();
            one.transport().close();
            two.transport().close();
        });
    }

    @Test
    void withoutReuseASecondSocketOnThePortIsAddressInUse() throws Exception {
        var one = OnLoop.call(t.loop, () -> UdpSockets.createDatagramEndpoint(t.loop, DatagramEndpointTest.Recorder::new,
                DatagramOptions.local("one", "one", HostPort.loopback(0)), Role.SERVER)).get(T);
        int port = OnLoop.call(t.loop, () -> one.transport().sockname().port());
        var two = OnLoop.call(t.loop, () -> UdpSockets.createDatagramEndpoint(t.loop, DatagramEndpointTest.Recorder::new,
                DatagramOptions.local("two", "two", HostPort.loopback(port)), Role.SERVER));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> two.get(T))).hasMessageContaining("[Errno 98]");
        OnLoop.run(t.loop, () -> one.transport().close());
    }

    @Test
    void aGroupThatIsNotOneIsSaid() {
        assertThatThrownBy(() -> MulticastOptions.DEFAULTS.joining("127.0.0.1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'127.0.0.1' is not a multicast group (IPv4 224.0.0.0 to 239.255.255.255, IPv6 ff00::/8)");
    }

    @Test
    void anInterfaceThatDoesNotExistIsSaidWhenTheSpecIsMade() {
        MulticastOptions nowhere = MulticastOptions.DEFAULTS.joining(GROUP).onInterface("nosuch0");
        assertThatThrownBy(() -> ServerSpec.builder().transport(TransportKind.UDP).host(GROUP).port(0).multicast(nowhere).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no network interface named 'nosuch0' (this machine has: ")
                .hasMessageContaining("lo");
        assertThatThrownBy(() -> ClientSpec.builder().transport(TransportKind.UDP).host(GROUP).port(9)
                .multicast(MulticastOptions.DEFAULTS.onInterface("nosuch0")).build())
                .hasMessageStartingWith("no network interface named 'nosuch0'");
    }

    @Test
    void aServerThatJoinsListensOnTheGroupAndIsUdp() {
        MulticastOptions joined = MulticastOptions.DEFAULTS.joining(GROUP);
        assertThatThrownBy(() -> ServerSpec.builder().transport(TransportKind.UDP).host("127.0.0.1").port(0).multicast(joined).build())
                .hasMessageStartingWith("a server that joins 239.1.2.3 listens on the group's address (or 0.0.0.0), not 127.0.0.1");
        assertThatThrownBy(() -> ServerSpec.builder().transport(TransportKind.TCP).host(GROUP).port(0).multicast(joined).build())
                .hasMessage("only a UDP server can join a multicast group, not tcp");
        assertThatThrownBy(() -> new MulticastOptions(Optional.empty(), "lo", 256, true))
                .hasMessage("the multicast TTL must be 0..255, was 256");
    }
}
