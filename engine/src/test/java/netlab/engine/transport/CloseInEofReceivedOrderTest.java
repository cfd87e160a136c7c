package netlab.engine.transport;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import netlab.engine.loop.EventLoop;
import netlab.engine.net.HostPort;
import netlab.engine.testing.NettyLeaks;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.TestLoop;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * asyncio's close() only schedules connection_lost (call_soon), so a callback that eof_received
 * scheduled before closing runs first: {@code eof_received, scheduled, connection_lost}. The same
 * holds when eof_received returns false and the transport closes itself. Runs on NIO and on epoll
 * (the engine's transport tests run on both).
 */
class CloseInEofReceivedOrderTest {
    private final TestLoop t = new TestLoop();
    private final List<String> order = Collections.synchronizedList(new ArrayList<>());
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

    /** Schedules a callback in eof_received, then closes (or returns false to be closed). */
    private final class SchedulesThenCloses implements Protocol {
        private final EventLoop loop;
        private final boolean closeItself;
        private Transport transport;

        SchedulesThenCloses(EventLoop loop, boolean closeItself) {
            this.loop = loop;
            this.closeItself = closeItself;
        }

        @Override
        public void connectionMade(Transport transport) {
            this.transport = transport;
        }

        @Override
        public boolean eofReceived() {
            order.add("eof_received");
            loop.callSoon(() -> order.add("scheduled in eof_received"));
            if (closeItself) {
                transport.close();
            }
            return false;
        }

        @Override
        public void connectionLost(Throwable cause) {
            order.add("connection_lost");
        }
    }

    @ParameterizedTest(name = "close() called in eof_received: {0}")
    @ValueSource(booleans = {true, false})
    void connectionLostComesAfterWhatEofReceivedScheduled(boolean closeItself) throws Exception {
        server = OnLoop.call(t.loop, () -> TcpSockets.createServer(t.loop, () -> new SchedulesThenCloses(t.loop, closeItself),
                ServerOptions.of("srv", HostPort.loopback(0)))).get(T);
        int port = server.port();
        Connected<Protocol> client = OnLoop.call(t.loop, () -> TcpSockets.<Protocol>createConnection(t.loop, () -> new Protocol() { },
                ConnectOptions.of("cli", "cli", HostPort.loopback(port)))).get(T);
        OnLoop.run(t.loop, () -> client.transport().writeEof());
        Awaitility.await().atMost(T).until(() -> order.contains("connection_lost"));
        assertThat(order).containsExactly("eof_received", "scheduled in eof_received", "connection_lost");
        OnLoop.run(t.loop, () -> client.transport().close());
    }
}
