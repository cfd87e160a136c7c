package netlab.engine.transport;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import netlab.engine.net.HostPort;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.testing.NettyLeaks;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.RecordingProtocol;
import netlab.engine.testing.TestLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The request / write_eof / big reply pattern (an HTTP/1.0 exchange, seed 000 with a large
 * message): after the peer half-closed, the server writes more than the socket takes at once, to
 * a client that reads slowly. Every byte must arrive, whichever Netty transport the loop runs on.
 */
class HalfCloseThenBigReplyTest {
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

    /** Replies {@code delayMs} after eof_received, as a stream handler does in a later step (0: at once). */
    private int serveBigReplyAfterEof(int replySize, long delayMs) throws Exception {
        server = OnLoop.call(t.loop, () -> TcpSockets.createServer(t.loop, () -> {
            RecordingProtocol p = new RecordingProtocol().onEof(true, tr -> {
                Runnable reply = () -> {
                    tr.write(Bytes.wrap(new byte[replySize]));
                    tr.close();
                };
                if (delayMs == 0) {
                    reply.run();
                } else {
                    t.loop.callLater(java.time.Duration.ofMillis(delayMs), reply);
                }
            });
            accepted.add(p);
            return p;
        }, ServerOptions.of("srv", HostPort.loopback(0)))).get(T);
        return server.port();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "reply {0} ms after eof_received")
    @org.junit.jupiter.params.provider.ValueSource(longs = {0, 50})
    void aBigReplyAfterTheRequestersEofReachesASlowReaderWhole(long delayMs) throws Exception {
        int reply = 16 * 1024 * 1024;
        int port = serveBigReplyAfterEof(reply, delayMs);
        RecordingProtocol client = new RecordingProtocol().onConnectionMade(tr -> {
            tr.pauseReading(); // a slow reader: nothing is read for a while
            tr.write(Bytes.utf8("GET / HTTP/1.0\r\n\r\n"));
            tr.writeEof();
        });
        OnLoop.call(t.loop, () -> TcpSockets.createConnection(t.loop, () -> client,
                ConnectOptions.of("cli", "cli", HostPort.loopback(port)))).get(T);
        // slow enough: the reply has filled the kernel's buffers and the server's transport paused its writer
        t.log.await(e -> e.kind() == EventKind.PAUSE_WRITING && e.origin().role() == netlab.engine.event.Role.SERVER, T);
        OnLoop.run(t.loop, () -> client.transport().resumeReading());
        client.await("connection_lost", T);
        assertThat(t.log.ofKind(EventKind.ERROR)).as("errors").isEmpty();
        assertThat(client.received().size()).isEqualTo(reply);
        assertThat(client.shape()).containsExactly("connection_made", "data_received*", "eof_received", "connection_lost(None)");
    }

    /**
     * asyncio's pause_reading: while paused, no data_received and no eof_received, even once the
     * peer has sent everything and half-closed; resume_reading delivers both, in order. (CPython
     * 3.11: 0 bytes while paused, then all of them and eof_received.) A small request fits the
     * receive buffer, so its FIN arrives while paused; a big one holds the FIN back.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} bytes")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1000, 1_000_000})
    void whilePausedNothingIsDeliveredNotEvenTheEof(int request) throws Exception {
        server = OnLoop.call(t.loop, () -> TcpSockets.createServer(t.loop, () -> {
            RecordingProtocol p = new RecordingProtocol().onConnectionMade(Transport::pauseReading).onEof(true, Transport::close);
            accepted.add(p);
            return p;
        }, ServerOptions.of("srv", HostPort.loopback(0)))).get(T);
        int port = server.port();
        RecordingProtocol client = new RecordingProtocol().onConnectionMade(tr -> {
            tr.write(Bytes.wrap(new byte[request]));
            tr.writeEof();
        });
        OnLoop.call(t.loop, () -> TcpSockets.createConnection(t.loop, () -> client,
                ConnectOptions.of("cli", "cli", HostPort.loopback(port)))).get(T);
        int clientPort = OnLoop.call(t.loop, () -> ((HostPort) client.transport().sockname()).port());
        // The kernel says when the request is where a paused server must leave it: its data and FIN
        // acknowledged (the client in FIN_WAIT2), or, for a request bigger than the paused server's
        // receive buffer, bytes waiting unread on the server's side while the rest waits on the
        // client's. Then the loop runs a few turns, so whatever it would do with them, it has done.
        org.awaitility.Awaitility.await().atMost(T).pollInterval(java.time.Duration.ofMillis(10)).until(() -> {
            long[] c = socket(clientPort, port);
            long[] sv = socket(port, clientPort);
            return c != null && (c[0] == 5 || sv != null && sv[2] > 0 && c[1] > 0);
        });
        OnLoop.settle(t.loop);
        RecordingProtocol serverSide = accepted.get(0);
        assertThat(serverSide.calls()).as("while paused").containsExactly("connection_made");
        OnLoop.run(t.loop, () -> serverSide.transport().resumeReading());
        serverSide.await("connection_lost", T);
        assertThat(serverSide.received().size()).isEqualTo(request);
        assertThat(serverSide.shape()).containsExactly("connection_made", "data_received*", "eof_received", "connection_lost(None)");
    }

    /** The kernel's {state, tx_queue, rx_queue} of the TCP socket from {@code local} to {@code remote} port; null when none. */
    private static long[] socket(int local, int remote) throws java.io.IOException {
        String l = String.format(java.util.Locale.ROOT, ":%04X", local);
        String r = String.format(java.util.Locale.ROOT, ":%04X", remote);
        for (String table : java.util.List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            java.nio.file.Path p = java.nio.file.Path.of(table);
            if (!java.nio.file.Files.exists(p)) {
                continue;
            }
            for (String line : java.nio.file.Files.readAllLines(p)) {
                // sl local_address rem_address st tx_queue:rx_queue ...
                String[] f = line.trim().split("\\s+");
                if (f.length > 4 && f[1].endsWith(l) && f[2].endsWith(r)) {
                    String[] q = f[4].split(":");
                    return new long[] {Long.parseLong(f[3], 16), Long.parseLong(q[0], 16), Long.parseLong(q[1], 16)};
                }
            }
        }
        return null;
    }
}
