package netlab.engine.lab;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import netlab.engine.net.HostPort;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A telnet-style client: what a person types goes out when typed, what comes back is shown as it comes. */
class InteractiveClientTest {
    private final LabBench bench = new LabBench();

    @AfterEach
    void close() {
        bench.close();
    }

    private InteractiveClientEndpoint connect(int port) throws Exception {
        return bench.lab.startInteractiveClient(InteractiveClientSpec.of(HostPort.loopback(port))).get(T);
    }

    @Test
    void keystrokesGoOutOneWriteEachAndTheEchoComesBackUntilEof() throws Exception {
        ServerEndpoint server = bench.echoServer(128);
        InteractiveClientEndpoint client = connect(server.port());
        // sent at once, before the connection is made: they wait for it, in order
        for (String key : new String[] {"a", "b", "c"}) {
            client.send(Bytes.utf8(key));
        }
        bench.log.await(e -> e.origin().endpoint().equals(client.id()) && e.kind() == EventKind.DATA_RECEIVED
                && bench.received(client.id()).size() == 3, T);
        assertThat(bench.received(client.id()).utf8()).isEqualTo("abc");
        assertThat(bench.events(client.id(), EventKind.DATA_SENT)).extracting(e -> e.data().utf8()).containsExactly("a", "b", "c");
        assertThat(bench.logTexts(client.id(), InteractiveClientEndpoint.LOGGER))
                .startsWith("connecting to 127.0.0.1 port " + server.port(), "sending b'a'", "sending b'b'", "sending b'c'");

        client.send(Bytes.utf8("line\n")).get(T);
        client.writeEof().get(T);
        client.finished().get(T);
        assertThat(client.state()).isEqualTo(EndpointState.FINISHED);
        assertThat(bench.received(client.id()).utf8()).isEqualTo("abcline\n");
        assertThat(bench.logTexts(client.id(), InteractiveClientEndpoint.LOGGER)).endsWith("closing");
        assertThat(bench.events(client.id(), EventKind.EOF_SENT)).hasSize(1);
        // the sending lines belong to the connection, beside its bytes
        LabEvent sending = bench.events(client.id(), EventKind.LOG).stream().filter(e -> e.text().startsWith("sending")).findFirst().orElseThrow();
        assertThat(sending.origin().isConnection()).isTrue();
    }

    @Test
    void afterHalfCloseOrTheEndNothingMoreIsSent() throws Exception {
        ServerEndpoint server = bench.echoServer(128);
        InteractiveClientEndpoint client = connect(server.port());
        client.send(Bytes.utf8("x")).get(T);
        client.writeEof().get(T);
        // the echo server closes at EOF, so the client may already be over by now: refused either way
        assertThatThrownBy(() -> client.send(Bytes.utf8("y")).get(T)).isInstanceOf(IllegalStateException.class)
                .hasMessageMatching(".*(has half-closed|is over).*");
        client.finished().get(T);
        assertThatThrownBy(() -> client.send(Bytes.utf8("z")).get(T)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is over");
        assertThatThrownBy(() -> client.send(Bytes.EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(bench.sent(client.id()).utf8()).isEqualTo("x");
    }

    @Test
    void aRefusedConnectionFailsAndWhatWasTypedIsRefused() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        InteractiveClientEndpoint client = connect(port);
        var typed = client.send(Bytes.utf8("lost"));
        client.finished().get(T);
        assertThat(client.state()).isEqualTo(EndpointState.FAILED);
        assertThat(bench.events(client.id(), EventKind.ERROR).get(0).error().type()).isEqualTo("ConnectionRefusedError");
        assertThatThrownBy(() -> typed.get(T)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stoppingItClosesTheConnection() throws Exception {
        ServerEndpoint server = bench.echoServer(128);
        InteractiveClientEndpoint client = connect(server.port());
        client.send(Bytes.utf8("hi")).get(T);
        client.stop().get(T);
        assertThat(client.state()).isEqualTo(EndpointState.STOPPED);
        bench.log.await(e -> e.origin().endpoint().equals(server.id()) && e.kind() == EventKind.CONNECTION_LOST, T);
    }
}
