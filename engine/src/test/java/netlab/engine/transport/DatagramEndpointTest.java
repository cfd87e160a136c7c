package netlab.engine.transport;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import netlab.engine.net.HostPort;
import netlab.engine.bytes.Bytes;
import netlab.engine.errors.ConnectionRefusedError;
import netlab.engine.errors.OSError;
import netlab.engine.event.EventKind;
import netlab.engine.event.Role;
import netlab.engine.net.HostPort;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.TestLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** create_datagram_endpoint over real UDP on loopback. */
class DatagramEndpointTest {
    private final TestLoop t = new TestLoop();

    @AfterEach
    void close() {
        t.close();
    }

    /** Records what a datagram protocol was told; read from the test thread, so synchronized. */
    static final class Recorder implements DatagramProtocol {
        final List<String> calls = new ArrayList<>();
        final List<Bytes> datagrams = new ArrayList<>();
        final List<Throwable> errors = new ArrayList<>();
        DatagramTransport transport;
        boolean echo;

        @Override
        public synchronized void connectionMade(DatagramTransport transport) {
            this.transport = transport;
            calls.add("connection_made");
        }

        @Override
        public synchronized void datagramReceived(Bytes data, HostPort addr) {
            calls.add("datagram_received");
            datagrams.add(data);
            if (echo) {
                transport.sendto(data, addr);
            }
        }

        @Override
        public synchronized void errorReceived(Throwable error) {
            calls.add("error_received");
            errors.add(error);
        }

        @Override
        public synchronized void connectionLost(Throwable cause) {
            calls.add("connection_lost");
        }

        synchronized int count(String call) {
            return (int) calls.stream().filter(call::equals).count();
        }
    }

    @Test
    void datagramsKeepTheirBoundariesBothWays() throws Exception {
        Recorder server = new Recorder();
        server.echo = true;
        var srv = OnLoop.call(t.loop, () -> UdpSockets.createDatagramEndpoint(t.loop, () -> server,
                DatagramOptions.local("srv", "srv", HostPort.loopback(0)), Role.SERVER)).get(T);
        int port = OnLoop.call(t.loop, () -> srv.transport().sockname().port());
        Recorder client = new Recorder();
        var cli = OnLoop.call(t.loop, () -> UdpSockets.createDatagramEndpoint(t.loop, () -> client,
                DatagramOptions.remote("cli", "cli", HostPort.loopback(port)), Role.CLIENT)).get(T);
        OnLoop.run(t.loop, () -> {
            for (String s : List.of("one", "two", "three")) {
                cli.transport().sendto(Bytes.utf8(s));
            }
        });
        org.awaitility.Awaitility.await().atMost(T).until(() -> client.count("datagram_received") == 3);
        synchronized (client) {
            assertThat(client.datagrams).extracting(Bytes::utf8).containsExactly("one", "two", "three");
        }
        synchronized (server) {
            assertThat(server.datagrams).extracting(Bytes::utf8).containsExactly("one", "two", "three");
        }
        assertThat(t.log.ofKind(EventKind.DATAGRAM_RECEIVED)).hasSize(6);
        assertThat(t.log.ofKind(EventKind.DATAGRAM_SENT).get(0).describe()).startsWith("sendto(b'one', ('127.0.0.1', " + port + ")");
        OnLoop.run(t.loop, () -> {
            cli.transport().close();
            srv.transport().close();
        });
        org.awaitility.Awaitility.await().atMost(T).until(() -> client.count("connection_lost") == 1 && server.count("connection_lost") == 1);
        assertThat(client.calls.get(0)).isEqualTo("connection_made");
    }

    @Test
    void sendingToAPortNobodyListensOnGivesErrorReceived() throws Exception {
        int closed;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        Recorder client = new Recorder();
        var cli = OnLoop.call(t.loop, () -> UdpSockets.createDatagramEndpoint(t.loop, () -> client,
                DatagramOptions.remote("cli", "cli", HostPort.loopback(closed)), Role.CLIENT)).get(T);
        OnLoop.run(t.loop, () -> cli.transport().sendto(Bytes.utf8("anyone?")));
        org.awaitility.Awaitility.await().atMost(T).until(() -> client.count("error_received") >= 1);
        synchronized (client) {
            assertThat(client.errors.get(0)).isInstanceOf(ConnectionRefusedError.class).hasMessage("[Errno 111] Connection refused");
        }
        assertThat(t.log.ofKind(EventKind.ERROR_RECEIVED).get(0).describe()).isEqualTo("error_received(ConnectionRefusedError: [Errno 111] Connection refused)");
        assertThat(OnLoop.call(t.loop, () -> cli.transport().isClosing())).as("an ICMP error does not close the endpoint").isFalse();
        OnLoop.run(t.loop, () -> cli.transport().close());
    }

    @Test
    void anOversizedDatagramIsRefusedBeforeItIsSent() throws Exception {
        Recorder client = new Recorder();
        var cli = OnLoop.call(t.loop, () -> UdpSockets.createDatagramEndpoint(t.loop, () -> client,
                DatagramOptions.remote("cli", "cli", HostPort.loopback(9)), Role.CLIENT)).get(T);
        OnLoop.run(t.loop, () -> cli.transport().sendto(Bytes.wrap(new byte[65_508])));
        synchronized (client) {
            assertThat(client.errors).hasSize(1);
            assertThat(client.errors.get(0)).isInstanceOf(OSError.class)
                    .hasMessageContaining("Message too long").hasMessageContaining("65507");
            assertThat(((OSError) client.errors.get(0)).errno()).isEqualTo(90);
        }
        assertThat(t.log.ofKind(EventKind.DATAGRAM_SENT)).isEmpty();
        OnLoop.run(t.loop, () -> cli.transport().close());
    }
}
