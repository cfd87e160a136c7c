package netlab.engine.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Optional;

import netlab.engine.bytes.Bytes;
import netlab.engine.net.HostPort;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.Test;

/** A client's source address (asyncio's local_addr): the peer sees it, over TCP and UDP; a name is refused. */
class SourceAddressTest {
    @Test
    void aTcpClientConnectsFromTheSourceAddressItWasGiven() throws Exception {
        try (LabBench bench = new LabBench();
             ServerSocket server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            server.setSoTimeout(30_000);
            ClientSpec spec = ClientSpec.builder().port(server.getLocalPort()).parts(List.of(Bytes.utf8("hi")))
                    .source(Optional.of(new HostPort("127.0.0.2", 0))).build();
            bench.startClient(spec);
            try (Socket accepted = server.accept()) {
                assertThat(accepted.getInetAddress().getHostAddress()).isEqualTo("127.0.0.2");
            }
        }
    }

    @Test
    void aUdpClientSendsFromTheSourceAddressAndPortItWasGiven() throws Exception {
        int sourcePort;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getByName("127.0.0.2"))) {
            sourcePort = probe.getLocalPort();
        }
        try (LabBench bench = new LabBench();
             DatagramSocket server = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            server.setSoTimeout(30_000);
            ClientSpec spec = ClientSpec.builder().transport(TransportKind.UDP).port(server.getLocalPort())
                    .parts(List.of(Bytes.utf8("hi"))).source(Optional.of(new HostPort("127.0.0.2", sourcePort))).build();
            bench.startClient(spec);
            DatagramPacket packet = new DatagramPacket(new byte[16], 16);
            server.receive(packet);
            assertThat(packet.getAddress().getHostAddress()).isEqualTo("127.0.0.2");
            assertThat(packet.getPort()).isEqualTo(sourcePort);
        }
    }

    @Test
    void aSourceIsAnAddressNotAName() {
        assertThatThrownBy(() -> ClientSpec.builder().source(Optional.of(new HostPort("localhost", 0))).build())
                .hasMessage("the source must be an IP address, such as 127.0.0.2, not 'localhost'");
    }
}
