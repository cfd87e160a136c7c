package netlab.engine.lab;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.InetAddress;
import java.net.ServerSocket;

import netlab.engine.net.HostPort;
import netlab.engine.errors.OSError;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A server that cannot listen fails clearly, and the lab and its other servers go on. */
class ServerFailuresTest {
    private final LabBench bench = new LabBench();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void aPortInUseByTheLabIsOSError98AndTheFirstServerKeepsServing() throws Exception {
        ServerEndpoint first = bench.echoServer(128);
        int port = first.port();
        Throwable failed = catchThrowable(() -> bench.lab.startServer(ServerSpec.builder().port(port).build()).get(T));
        assertThat(failed).isInstanceOf(OSError.class);
        assertThat(((OSError) failed).errno()).isEqualTo(98);
        assertThat(failed).hasMessage("[Errno 98] error while attempting to bind on address ('127.0.0.1', " + port
                + "): address already in use");
        ServerEndpoint second = (ServerEndpoint) bench.lab.endpoint("server-2");
        assertThat(second.state()).isEqualTo(EndpointState.FAILED);
        LabEvent error = bench.events(second.id(), EventKind.ERROR).get(0);
        assertThat(error.toLogLine()).isEqualTo("main: cannot start the server on 127.0.0.1 port " + port
                + ": OSError: [Errno 98] error while attempting to bind on address ('127.0.0.1', " + port + "): address already in use");

        assertThat(first.state()).isEqualTo(EndpointState.RUNNING);
        ClientEndpoint client = bench.runClient(ClientSpec.seed(HostPort.loopback(port)));
        assertThat(client.state()).isEqualTo(EndpointState.FINISHED);
        assertThat(bench.events(first.id(), EventKind.CONNECTION_MADE)).hasSize(1);
    }

    @Test
    void aPortHeldByAnotherProgramIsOSError98Too() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = other.getLocalPort();
            assertThatThrownBy(() -> bench.lab.startServer(ServerSpec.builder().port(port).build()).get(T))
                    .isInstanceOf(OSError.class).hasMessageContaining("[Errno 98]").hasMessageContaining(String.valueOf(port));
        }
        assertThat(bench.echoServer(128).state()).isEqualTo(EndpointState.RUNNING);
    }

    @Test
    void badServerSpecsAreRefusedWithAMessage() {
        assertThatThrownBy(() -> ServerSpec.builder().port(-1).build()).hasMessageContaining("port must be 0..65535");
        assertThatThrownBy(() -> ServerSpec.builder().port(70000).build()).hasMessageContaining("70000");
        assertThatThrownBy(() -> ServerSpec.builder().host("").port(0).build()).hasMessageContaining("host must not be empty");
        assertThatThrownBy(() -> ServerBehavior.byId("nope")).hasMessageContaining("known: [echo, once, prefix, lines, protocol, echo-protocol]");
        assertThat(ServerSpec.builder().host("0.0.0.0").port(0).readSize(1).build().allInterfaces()).isTrue();
        assertThat(ServerSpec.defaults().allInterfaces()).isFalse();
    }

    @Test
    void listeningOnAllInterfacesIsSaidOutLoud() throws Exception {
        ServerEndpoint server = bench.lab.startServer(ServerSpec.builder().host("0.0.0.0").port(0).build()).get(T);
        assertThat(bench.logTexts(server.id(), "main")).anyMatch(l -> l.startsWith("listening on ALL interfaces"));
        ClientEndpoint client = bench.runClient(ClientSpec.seed(HostPort.loopback(server.port())));
        assertThat(client.state()).isEqualTo(EndpointState.FINISHED);
        // 0.0.0.0 is every IPv4 interface and no more, as in asyncio: IPv6 (::1) is not taken
        assertThat(((HostPort) server.address()).host()).isEqualTo("0.0.0.0");
        try (java.net.Socket v6 = new java.net.Socket()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> v6.connect(
                    new java.net.InetSocketAddress(java.net.InetAddress.getByName("::1"), server.port()), 5000))
                    .isInstanceOf(java.net.ConnectException.class);
        }
    }
}
