package netlab.engine.stream;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventClock;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.LabEvent;
import netlab.engine.loop.EventLoop;
import netlab.engine.net.HostPort;
import netlab.engine.net.NettyTransport;
import netlab.engine.testing.EventLog;
import netlab.engine.testing.OnLoop;
import netlab.engine.transport.Server;
import netlab.engine.transport.ServerOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * On epoll, a large read (one the transport reads into an array of its own) is answered before the
 * next ready connection of the same wait is read: the task the read woke runs at once, while what
 * it read is still in the core's cache (docs/performance.md, eleventh session). Small reads keep
 * asyncio's batch: every ready connection is read, then the tasks run.
 */
class LargeReadAnsweredInTurnTest {
    private static final int SIZE = 32 * 1024;

    private final EventStream events = new EventStream(new EventClock());
    private final EventLog log = new EventLog(events);
    private final EventLoop loop = new EventLoop(events, NettyTransport.epoll());
    private Server server;

    @AfterEach
    void close() {
        if (server != null) {
            OnLoop.run(loop, () -> {
                server.close();
                server.abortClients();
            });
        }
        loop.close();
        log.close();
        events.close();
    }

    @Test
    void twoLargeReadsReadyInOneWaitAreEachAnsweredBeforeTheNextIsRead() throws Exception {
        List<String> order = echoTwoAtOnce(SIZE);
        // each connection's data_received is followed by its own write before the other is read
        assertThat(order).containsExactlyInAnyOrder("data_received 1", "write 1", "data_received 2", "write 2");
        assertThat(order.get(1)).isEqualTo(order.get(0).replace("data_received", "write"));
        assertThat(order.get(3)).isEqualTo(order.get(2).replace("data_received", "write"));
    }

    @Test
    void twoSmallReadsReadyInOneWaitAreBothReadBeforeEitherIsAnswered() throws Exception {
        List<String> order = echoTwoAtOnce(100);
        assertThat(order.subList(0, 2)).allMatch(s -> s.startsWith("data_received"));
        assertThat(order.subList(2, 4)).allMatch(s -> s.startsWith("write"));
    }

    /**
     * Two clients of an echo server each send {@code size} bytes while the loop is held in a
     * callback, so that one epoll wait finds both ready; returns the server's data_received and
     * write events in order, named by connection.
     */
    private List<String> echoTwoAtOnce(int size) throws Exception {
        server = OnLoop.call(loop, () -> Streams.startServer(loop, (reader, writer) -> {
            while (true) {
                Bytes data = reader.read(65536).await();
                if (data.isEmpty()) {
                    writer.close();
                    return;
                }
                writer.write(data);
            }
        }, ServerOptions.of("srv", HostPort.loopback(0)))).get(T);
        try (Socket a = new Socket("127.0.0.1", server.port()); Socket b = new Socket("127.0.0.1", server.port())) {
            // both handlers wait in read() before anything is sent
            awaitCount(EventKind.STREAM_READ_WAITING, 2);
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            loop.callSoonThreadsafe(() -> {
                held.countDown();
                try {
                    release.await(T.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(held.await(T.toSeconds(), TimeUnit.SECONDS)).isTrue();
            byte[] sent = new byte[size];
            a.getOutputStream().write(sent);
            b.getOutputStream().write(sent);
            release.countDown();
            byte[] echoed = new byte[size];
            new DataInputStream(a.getInputStream()).readFully(echoed);
            new DataInputStream(b.getInputStream()).readFully(echoed);
        }
        List<LabEvent> seen = log.all();
        List<String> connections = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (LabEvent e : seen) {
            if (e.origin() == null || !e.origin().isConnection() || !e.origin().endpoint().equals("srv")
                    || (e.kind() != EventKind.DATA_RECEIVED && e.kind() != EventKind.DATA_SENT)) {
                continue;
            }
            if (!connections.contains(e.origin().connection())) {
                connections.add(e.origin().connection());
            }
            order.add(e.kind().asyncioName() + " " + (connections.indexOf(e.origin().connection()) + 1));
        }
        return order;
    }

    private void awaitCount(EventKind kind, int n) {
        org.awaitility.Awaitility.await().atMost(T).until(() -> log.ofKind(kind).size() >= n);
    }
}
