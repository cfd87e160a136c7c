package netlab.engine.transport;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;


import netlab.engine.bytes.Bytes;
import netlab.engine.errors.PermissionError;
import netlab.engine.event.Role;
import netlab.engine.net.HostPort;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.TestLoop;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Broadcast on loopback (127.255.255.255, lo's /8): only with SO_BROADCAST asked for, as asyncio's
 * allow_broadcast; without it the kernel says EACCES. (A socket bound to a broadcast address hears
 * but cannot answer, ENETUNREACH: the listener here only listens.)
 */
class BroadcastTest {
    private static final String BROADCAST = "127.255.255.255";
    private final TestLoop t = new TestLoop();

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void withSoBroadcastADatagramToTheBroadcastAddressArrives() throws Exception {
        DatagramEndpointTest.Recorder listener = new DatagramEndpointTest.Recorder();
        var srv = OnLoop.call(t.loop, () -> UdpSockets.createDatagramEndpoint(t.loop, () -> listener,
                DatagramOptions.local("srv", "srv", new HostPort(BROADCAST, 0)), Role.SERVER)).get(T);
        int port = OnLoop.call(t.loop, () -> srv.transport().sockname().port());
        DatagramEndpointTest.Recorder sender = new DatagramEndpointTest.Recorder();
        var cli = OnLoop.call(t.loop, () -> UdpSockets.createDatagramEndpoint(t.loop, () -> sender,
                DatagramOptions.remote("cli", "cli", new HostPort(BROADCAST, port)).withBroadcast(true), Role.CLIENT)).get(T);
        OnLoop.run(t.loop, () -> cli.transport().sendto(Bytes.utf8("to everyone")));
        Awaitility.await().atMost(T).alias("sender " + sender.calls + sender.errors + " listener " + listener.calls)
                .until(() -> listener.count("datagram_received") == 1);
        synchronized (listener) {
            assertThat(listener.datagrams).extracting(Bytes::utf8).containsExactly("to everyone");
        }
        OnLoop.run(t.loop, () -> {
            cli.transport().close();
            srv.transport().close();
        });
        Awaitility.await().atMost(T).until(() -> sender.count("connection_lost") == 1 && listener.count("connection_lost") == 1);
    }

    @Test
    void withoutSoBroadcastTheBroadcastAddressIsPermissionError() {
        DatagramEndpointTest.Recorder sender = new DatagramEndpointTest.Recorder();
        var failed = OnLoop.call(t.loop, () -> UdpSockets.createDatagramEndpoint(t.loop, () -> sender,
                DatagramOptions.remote("cli", "cli", new HostPort("255.255.255.255", 9)), Role.CLIENT));
        Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> failed.get(T));
        assertThat(e).isInstanceOf(PermissionError.class).hasMessage("[Errno 13] Permission denied ('255.255.255.255', 9)");
        assertThat(sender.calls).as("nothing was started").isEmpty();
    }
}
