package netlab.engine.transport;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import netlab.engine.net.HostPort;
import netlab.engine.bytes.Bytes;
import netlab.engine.errors.ConnectionResetError;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.net.Address;
import netlab.engine.testing.NettyLeaks;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.RecordingProtocol;
import netlab.engine.testing.TestLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * asyncio's protocol contract over real loopback sockets: connection_made, then data_received*,
 * at most one eof_received, then connection_lost, every one on the loop thread and every one
 * reported as an event in the same order.
 */
class ProtocolCallbackOrderTest {
    private final TestLoop t = new TestLoop();
    private final List<RecordingProtocol> accepted = Collections.synchronizedList(new ArrayList<>());
    private Server server;

    @BeforeAll
    static void watchLeaks() {
        NettyLeaks.install();
    }

    @AfterEach
    void close() throws Exception {
        if (server != null) {
            OnLoop.run(t.loop, () -> {
                server.close();
                server.abortClients();
            });
        }
        t.close();
        NettyLeaks.assertNone();
    }

    private int serve(Supplier<RecordingProtocol> factory) throws Exception {
        server = OnLoop.call(t.loop, () -> TcpSockets.createServer(t.loop, () -> {
            RecordingProtocol p = factory.get();
            accepted.add(p);
            return p;
        }, ServerOptions.of("srv", HostPort.loopback(0)))).get(T);
        return server.port();
    }

    private Connected<RecordingProtocol> connect(int port, RecordingProtocol client) throws Exception {
        return OnLoop.call(t.loop, () -> TcpSockets.createConnection(t.loop, () -> client,
                ConnectOptions.of("cli", "cli", HostPort.loopback(port)))).get(T);
    }

    private RecordingProtocol onlyAccepted() throws InterruptedException {
        org.awaitility.Awaitility.await().atMost(T).until(() -> !accepted.isEmpty());
        assertThat(accepted).hasSize(1);
        return accepted.get(0);
    }

    /** Echo with a half-close each way: the full life of a connection on both sides. */
    @Test
    void aHalfClosedEchoRunsEveryCallbackInOrderOnTheLoopThread() throws Exception {
        Thread loopThread = t.thread();
        int port = serve(() -> new RecordingProtocol().echo()
                .onEof(true, tr -> { // keep open: this side still has something to say
                    tr.write(Bytes.utf8(" bye"));
                    tr.close();
                }));
        RecordingProtocol client = new RecordingProtocol()
                .onConnectionMade(tr -> {
                    tr.write(Bytes.utf8("hello"));
                    tr.writeEof();
                })
                .onEof(false, tr -> { }); // false: the transport closes itself, as in asyncio
        Connected<RecordingProtocol> c = connect(port, client);
        assertThat(c.protocol()).isSameAs(client);
        client.await("connection_lost", T);
        RecordingProtocol serverSide = onlyAccepted();
        serverSide.await("connection_lost", T);

        assertThat(client.shape()).containsExactly("connection_made", "data_received*", "eof_received", "connection_lost(None)");
        assertThat(serverSide.shape()).containsExactly("connection_made", "data_received*", "eof_received", "connection_lost(None)");
        assertThat(client.received().utf8()).isEqualTo("hello bye");
        assertThat(serverSide.received().utf8()).isEqualTo("hello");
        assertThat(client.threads()).allMatch(th -> th == loopThread);
        assertThat(serverSide.threads()).allMatch(th -> th == loopThread);

        // the events say the same, connection by connection, with byte offsets
        for (RecordingProtocol p : List.of(client, serverSide)) {
            String conn = OnLoop.call(t.loop, () -> p.transport().origin().connection());
            List<LabEvent> events = t.log.all().stream().filter(e -> conn.equals(e.origin().connection())).toList();
            List<String> received = events.stream().map(LabEvent::kind)
                    .filter(k -> k != EventKind.DATA_SENT && k != EventKind.EOF_SENT && k != EventKind.CLOSE_CALLED)
                    .map(EventKind::asyncioName).toList();
            assertThat(received.get(0)).isEqualTo("connection_made");
            assertThat(received.subList(received.size() - 2, received.size())).containsExactly("eof_received", "connection_lost");
            long offset = 0;
            for (LabEvent e : events) {
                if (e.kind() == EventKind.DATA_RECEIVED) {
                    assertThat(e.offset()).isEqualTo(offset);
                    offset += e.amount();
                }
            }
            assertThat(offset).isEqualTo(p.received().size());
        }
        List<LabEvent> made = t.log.ofKind(EventKind.CONNECTION_MADE);
        assertThat(made).extracting(LabEvent::text).allMatch(s -> s.matches("connection_made: \\('127\\.0\\.0\\.1', \\d+\\) <-> \\('127\\.0\\.0\\.1', \\d+\\)"));
    }

    @Test
    void eofReceivedReturningFalseClosesTheTransport() throws Exception {
        int port = serve(() -> new RecordingProtocol().onEof(false, tr -> { }));
        RecordingProtocol client = new RecordingProtocol().onConnectionMade(Transport::writeEof).onEof(true, tr -> { });
        connect(port, client);
        // the server side closed on its own after eof_received; the client sees that as EOF
        client.await("eof_received", T);
        onlyAccepted().await("connection_lost", T);
        assertThat(onlyAccepted().calls()).containsExactly("connection_made", "eof_received", "connection_lost(None)");
        // the client kept its half open (returned true) until it closes it
        assertThat(client.calls()).containsExactly("connection_made", "eof_received");
        OnLoop.run(t.loop, () -> client.transport().close());
        client.await("connection_lost", T);
    }

    /** A peer that resets (SO_LINGER 0 then close) is connection_lost(ConnectionResetError), with no EOF. */
    @Test
    void aResetFromThePeerIsConnectionLostWithConnectionResetError() throws Exception {
        int port = serve(RecordingProtocol::new);
        RecordingProtocol client = new RecordingProtocol();
        connect(port, client);
        RecordingProtocol serverSide = onlyAccepted();
        OnLoop.run(t.loop, () -> {
            Channel ch = (Channel) client.transport().getExtraInfo("socket");
            ch.config().setOption(ChannelOption.SO_LINGER, 0);
            client.transport().abort();
        });
        serverSide.await("connection_lost", T);
        assertThat(serverSide.calls()).containsExactly("connection_made", "connection_lost(ConnectionResetError)");
        assertThat(serverSide.lostCause()).isInstanceOf(ConnectionResetError.class).hasMessageContaining("[Errno 104]");
        LabEvent lost = t.log.await(e -> e.kind() == EventKind.CONNECTION_LOST && e.origin().role() == netlab.engine.event.Role.SERVER, T);
        assertThat(lost.error().type()).isEqualTo("ConnectionResetError");
        assertThat(client.calls()).containsExactly("connection_made", "connection_lost(None)");
    }

    @Test
    void aProtocolThatRaisesLosesItsConnectionWithThatCause() throws Exception {
        int port = serve(() -> new RecordingProtocol().onData((tr, d) -> {
            throw new IllegalStateException("handler bug");
        }));
        RecordingProtocol client = new RecordingProtocol().onConnectionMade(tr -> tr.write(Bytes.utf8("x")));
        connect(port, client);
        RecordingProtocol serverSide = onlyAccepted();
        serverSide.await("connection_lost", T);
        assertThat(serverSide.calls()).containsExactly("connection_made", "data_received", "connection_lost(IllegalStateException)");
        LabEvent fatal = t.log.await(e -> e.kind() == EventKind.ERROR && e.text().startsWith("Fatal error"), T);
        assertThat(fatal.text()).isEqualTo("Fatal error: protocol.data_received() call failed: IllegalStateException: handler bug");
        client.await("connection_lost", T); // the peer is closed too
    }

    @Test
    void transportFactsAndMisuse() throws Exception {
        int port = serve(RecordingProtocol::new);
        RecordingProtocol client = new RecordingProtocol();
        Connected<RecordingProtocol> c = connect(port, client);
        OnLoop.run(t.loop, () -> {
            Transport tr = c.transport();
            assertThat(tr.peername()).isEqualTo(HostPort.loopback(port));
            assertThat(tr.getExtraInfo("peername")).isEqualTo(tr.peername());
            assertThat(tr.getExtraInfo("sockname")).isEqualTo(tr.sockname());
            assertThat(tr.getExtraInfo("socket")).isInstanceOf(Channel.class);
            assertThat(tr.getExtraInfo("no such thing")).isNull();
            assertThat(tr.canWriteEof()).isTrue();
            assertThat(tr.isClosing()).isFalse();
            assertThat(tr.getWriteBufferLimits()).isEqualTo(WaterMarks.DEFAULT);
            tr.writeEof();
            // asyncio raises RuntimeError here
            assertThatThrownBy(() -> tr.write(Bytes.utf8("late"))).hasMessage("Cannot call write() after write_eof()");
            tr.close();
            assertThat(tr.isClosing()).isTrue();
            assertThat(tr.isReading()).isFalse();
        });
        client.await("connection_lost", T);
    }

    @Test
    void writesToAClosingTransportAreDroppedAndSaidOnce() throws Exception {
        int port = serve(RecordingProtocol::new);
        RecordingProtocol client = new RecordingProtocol();
        Connected<RecordingProtocol> c = connect(port, client);
        OnLoop.run(t.loop, () -> {
            c.transport().close();
            c.transport().write(Bytes.utf8("one"));
            c.transport().write(Bytes.utf8("two"));
        });
        client.await("connection_lost", T);
        RecordingProtocol serverSide = onlyAccepted();
        serverSide.await("connection_lost", T);
        assertThat(serverSide.received()).isEqualTo(Bytes.EMPTY);
        List<LabEvent> dropped = t.log.all().stream()
                .filter(e -> e.kind() == EventKind.ERROR && e.text().contains("closing transport")).toList();
        assertThat(dropped).hasSize(1);
        assertThat(dropped.get(0).text()).isEqualTo("write() on a closing transport: 3 bytes dropped");
    }
}
