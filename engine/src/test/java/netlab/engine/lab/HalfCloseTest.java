package netlab.engine.lab;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import netlab.engine.net.HostPort;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.experiments.StreamEchoClient;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** write_eof is what ends seed 000's conversation: without it the echo server waits for more. */
class HalfCloseTest {
    private final LabBench bench = new LabBench();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void writeEofMakesTheServerSeeEofEchoEverythingAndClose() {
        ServerEndpoint server = bench.echoServer(128);
        ClientEndpoint client = bench.runClient(ClientSpec.seed(HostPort.loopback(server.port())));
        assertThat(client.state()).isEqualTo(EndpointState.FINISHED);
        bench.log.await(e -> e.kind() == EventKind.CONNECTION_LOST && e.origin().endpoint().equals(server.id()), T);

        List<LabEvent> all = bench.log.all();
        long clientEofSent = seq(all, client.id(), EventKind.EOF_SENT, null);
        long serverEof = seq(all, server.id(), EventKind.EOF_RECEIVED, null);
        long serverClosing = seq(all, server.id(), EventKind.LOG, "closing");
        long clientEof = seq(all, client.id(), EventKind.EOF_RECEIVED, null);
        long clientClosing = seq(all, client.id(), EventKind.LOG, "closing");
        assertThat(clientEofSent).isLessThan(serverEof);
        assertThat(serverEof).isLessThan(serverClosing);
        assertThat(serverClosing).isLessThan(clientEof);
        assertThat(clientEof).isLessThan(clientClosing);
        // everything the server read came before its EOF, and it sent all of it back
        LabEvent eof = all.stream().filter(e -> e.seq() == serverEof).findFirst().orElseThrow();
        assertThat(eof.offset()).isEqualTo(bench.received(server.id()).size()).isEqualTo(46);
        assertThat(bench.sent(server.id())).isEqualTo(bench.received(server.id()));
    }

    @Test
    void withoutWriteEofTheServerKeepsWaitingUntilTheClientIsStopped() throws Exception {
        ServerEndpoint server = bench.echoServer(128);
        ClientEndpoint client = bench.startClient(ClientSpec.builder().port(server.port()).parts(StreamEchoClient.SEED_MESSAGES).halfClose(false).build());
        bench.log.await(e -> e.origin().endpoint().equals(client.id()) && e.kind() == EventKind.DATA_RECEIVED
                && bench.received(client.id()).size() == 46, T);
        assertThat(client.state()).isEqualTo(EndpointState.RUNNING);
        assertThat(bench.events(server.id(), EventKind.EOF_RECEIVED)).isEmpty();

        long stopping = bench.lab.events().published();
        client.stop().get(T);
        assertThat(client.state()).isEqualTo(EndpointState.STOPPED);
        // the stopped client's socket is closed, so now the server sees EOF and closes too
        bench.log.await(e -> e.origin().endpoint().equals(server.id()) && e.kind() == EventKind.LOG
                && e.text().equals("closing"), T);
        bench.log.await(e -> e.origin().endpoint().equals(server.id()) && e.kind() == EventKind.CONNECTION_LOST, T);
        // order, not time: the server's only EOF came after the client was stopped, however long it waited before
        assertThat(bench.events(server.id(), EventKind.EOF_RECEIVED)).singleElement()
                .satisfies(e -> assertThat(e.seq()).isGreaterThan(stopping));
        assertThat(server.connectionCount()).isZero();
        assertThat(server.state()).isEqualTo(EndpointState.RUNNING);
    }

    private static long seq(List<LabEvent> all, String endpoint, EventKind kind, String text) {
        return all.stream().filter(e -> e.origin().endpoint().equals(endpoint) && e.kind() == kind
                        && (text == null || text.equals(e.text())))
                .mapToLong(LabEvent::seq).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + text + " from " + endpoint));
    }
}
