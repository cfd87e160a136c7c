package netlab.engine.lab;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import netlab.engine.net.HostPort;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.experiments.StreamEchoClient;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A client that cannot connect fails clearly, in its own pane, and the lab goes on. */
class ConnectFailuresTest {
    private final LabBench bench = new LabBench();

    @AfterEach
    void close() {
        bench.close();
    }

    /** A port nobody listens on: a free port the OS gave us, closed again. */
    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    @Test
    void aRefusedConnectionFailsTheClientWithConnectionRefusedError() throws Exception {
        int port = closedPort();
        ClientEndpoint client = bench.runClient(ClientSpec.seed(HostPort.loopback(port)));
        assertThat(client.state()).isEqualTo(EndpointState.FAILED);
        LabEvent error = bench.events(client.id(), EventKind.ERROR).get(0);
        assertThat(error.error().type()).isEqualTo("ConnectionRefusedError");
        assertThat(error.logger()).isEqualTo(StreamEchoClient.LOGGER);
        assertThat(error.toLogLine()).isEqualTo("echo_client: error: ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', "
                + port + ")");
        assertThat(bench.logTexts(client.id(), StreamEchoClient.LOGGER)).containsExactly("connecting to 127.0.0.1 port " + port);
        assertThat(bench.events(client.id(), EventKind.ENDPOINT_STATE)).extracting(LabEvent::text).containsExactly("starting", "running", "failed");
        stillWorks();
    }

    @Test
    void anUnknownHostFailsWithGaierror() {
        ClientEndpoint client = bench.runClient(ClientSpec.seed(new HostPort("no-such-host.invalid", 10000)));
        assertThat(client.state()).isEqualTo(EndpointState.FAILED);
        LabEvent error = bench.events(client.id(), EventKind.ERROR).get(0);
        assertThat(error.error().type()).isEqualTo("socket.gaierror");
        assertThat(error.error().message()).startsWith("[Errno -2] Name or service not known").contains("no-such-host.invalid");
        stillWorks();
    }

    @Test
    void badClientSpecsAreRefusedWithAMessageBeforeAnythingStarts() {
        List<Bytes> parts = StreamEchoClient.SEED_MESSAGES;
        assertThatThrownBy(() -> ClientSpec.builder().port(0).parts(parts).build()).hasMessage("port must be 1..65535, was 0");
        assertThatThrownBy(() -> ClientSpec.builder().port(65536).parts(parts).build()).hasMessageContaining("65536");
        assertThatThrownBy(() -> ClientSpec.builder().host(" ").port(1).parts(parts).build()).hasMessageContaining("host must not be empty");
        assertThatThrownBy(() -> ClientSpec.builder().port(1).parts(parts).readSize(0).build()).hasMessageContaining("read size must be");
        assertThatThrownBy(() -> ClientSpec.builder().port(1).parts(parts).pause(Duration.ofMillis(-1)).readSize(1).build()).hasMessageContaining("pause");
        assertThat(bench.lab.endpoints()).isEmpty();
    }

    /** After any of these failures the same lab still runs an echo end to end. */
    private void stillWorks() {
        assertThat(bench.lab.isClosed()).isFalse();
        ServerEndpoint server = bench.echoServer(128);
        ClientEndpoint ok = bench.runClient(ClientSpec.seed(HostPort.loopback(server.port())));
        assertThat(ok.state()).isEqualTo(EndpointState.FINISHED);
        assertThat(bench.received(ok.id()).utf8()).isEqualTo("This is the message. It will be sent in parts.");
    }

    @Test
    void connectingTakesNoLongerThanTheFailureItself() throws Exception {
        int port = closedPort();
        long t0 = System.nanoTime();
        bench.runClient(ClientSpec.seed(HostPort.loopback(port)));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(T);
    }
}
