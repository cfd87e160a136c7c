package netlab.engine.transport;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.Role;
import netlab.engine.net.HostPort;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.TestLoop;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An IPv6 group between two endpoints of this host: an interface-local group (ff01::/16, which
 * the kernel never puts on the wire, only loops back) joined on a multicast interface, the sender's
 * loopback on. Not on {@code lo}: Linux gives {@code lo} no IPv6 multicast route (no MULTICAST flag,
 * no {@code multicast ff00::/8 dev lo} in the local table), so sending to any ff0x:: group out of
 * {@code lo} is ENETUNREACH; even with both added (by root, in a namespace of its own) the datagram
 * is dropped on output (Ip6OutNoRoutes). The interface is {@code -Dnetlab.test.ipv6Interface=NAME},
 * or the first that is up, not loopback, multicast and has an IPv6 address; a machine without one
 * fails here with that said, rather than passing untested.
 */
class Ipv6MulticastTest {
    private static final String GROUP = "ff01::4e4c";
    private final TestLoop t = new TestLoop();

    @AfterEach
    void close() {
        t.close();
    }

    private static String multicastInterface() throws SocketException {
        String chosen = System.getProperty("netlab.test.ipv6Interface");
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nif.isUp() && !nif.isLoopback() && nif.supportsMulticast()
                    && Collections.list(nif.getInetAddresses()).stream().anyMatch(a -> a instanceof Inet6Address)) {
                return nif.getName();
            }
        }
        throw new AssertionError("no interface that is up, not loopback, multicast and with an IPv6 address (lo cannot carry IPv6"
                + " multicast: no ff00::/8 multicast route on it); name one with -Dnetlab.test.ipv6Interface=NAME");
    }

    @Test
    void anInterfaceLocalIpv6GroupCarriesDatagramsBetweenTwoEndpoints() throws Exception {
        String nif = multicastInterface();
        DatagramEndpointTest.Recorder member = new DatagramEndpointTest.Recorder();
        member.echo = true;
        MulticastOptions joined = MulticastOptions.DEFAULTS.joining(GROUP).onInterface(nif);
        // ff01:: needs the interface's scope to be bound (it was EINVAL): the socket is given it
        var srv = OnLoop.call(t.loop, () -> UdpSockets.createDatagramEndpoint(t.loop, () -> member,
                DatagramOptions.local("srv", "srv", new HostPort(GROUP, 0)).withMulticast(joined), Role.SERVER)).get(T);
        int port = OnLoop.call(t.loop, () -> srv.transport().sockname().port());
        DatagramEndpointTest.Recorder sender = new DatagramEndpointTest.Recorder();
        // loopback on: off a real interface (unlike lo) only the socket's IPV6_MULTICAST_LOOP brings the datagram back to this host
        var cli = OnLoop.call(t.loop, () -> UdpSockets.createDatagramEndpoint(t.loop, () -> sender,
                DatagramOptions.remote("cli", "cli", new HostPort(GROUP, port))
                        .withMulticast(MulticastOptions.DEFAULTS.onInterface(nif).withLoop(true)), Role.CLIENT)).get(T);
        OnLoop.run(t.loop, () -> cli.transport().sendto(Bytes.utf8("to the IPv6 group on " + nif)));
        Awaitility.await().atMost(T).until(() -> sender.count("datagram_received") == 1);
        synchronized (member) {
            assertThat(member.datagrams).extracting(Bytes::utf8).containsExactly("to the IPv6 group on " + nif);
        }
        synchronized (sender) {
            assertThat(sender.datagrams).extracting(Bytes::utf8).containsExactly("to the IPv6 group on " + nif);
        }
        OnLoop.run(t.loop, () -> {
            cli.transport().close();
            srv.transport().close();
        });
        Awaitility.await().atMost(T).until(() -> sender.count("connection_lost") == 1 && member.count("connection_lost") == 1);
    }
}
