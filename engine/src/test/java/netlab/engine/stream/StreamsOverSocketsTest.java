package netlab.engine.stream;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import netlab.engine.net.HostPort;
import netlab.engine.bytes.Bytes;
import netlab.engine.errors.ConnectionResetError;
import netlab.engine.errors.IncompleteReadError;
import netlab.engine.errors.LimitOverrunError;
import netlab.engine.errors.ValueError;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Role;
import netlab.engine.loop.Coroutine;
import netlab.engine.testing.NettyLeaks;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.TestLoop;
import netlab.engine.transport.ConnectOptions;
import netlab.engine.transport.Server;
import netlab.engine.transport.ServerOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** start_server / open_connection with StreamReader and StreamWriter over real loopback sockets. */
class StreamsOverSocketsTest {
    private final TestLoop t = new TestLoop();
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

    private int serve(ClientConnected handler) throws Exception {
        server = OnLoop.call(t.loop, () -> Streams.startServer(t.loop, handler, ServerOptions.of("srv", HostPort.loopback(0)))).get(T);
        return server.port();
    }

    private StreamPair connect(int port, int limit) {
        return Streams.openConnection(t.loop, ConnectOptions.of("cli", "cli", HostPort.loopback(port)), limit).await();
    }

    private <V> V client(Coroutine<V> body) throws Exception {
        return OnLoop.task(t.loop, body);
    }

    private void sleep(long ms) {
        t.loop.sleep(Duration.ofMillis(ms)).await();
    }

    private static Bytes b(String s) {
        return Bytes.latin1(s);
    }

    /** Seed 003's lines, cut mid-line and sent with pauses so they really arrive in pieces. */
    @Test
    void readlineReassemblesLinesSplitAcrossSegments() throws Exception {
        int port = serve((reader, writer) -> {
            for (String piece : List.of("Fir", "st line.\nSec", "ond line.\nThird", " line.\n", "Last line.\n")) {
                writer.write(b(piece));
                writer.drain().await();
                sleep(15);
            }
            writer.close();
        });
        List<String> lines = client(() -> {
            StreamReader reader = connect(port, StreamReader.DEFAULT_LIMIT).reader();
            List<String> got = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String line = reader.readline().await().utf8();
                got.add(line);
                if (line.equals("Last line.\n")) {
                    break;
                }
            }
            assertThat(reader.readline().await()).isEqualTo(Bytes.EMPTY);
            assertThat(reader.atEof()).isTrue();
            return got;
        });
        assertThat(lines).containsExactly("First line.\n", "Second line.\n", "Third line.\n", "Last line.\n");
        assertThat(t.log.ofKind(EventKind.DATA_RECEIVED).stream().filter(e -> e.origin().role() == Role.CLIENT).count())
                .as("the pieces arrived as separate reads").isGreaterThan(1);
    }

    @Test
    void readuntilAndReadexactlyAcrossTinySegments() throws Exception {
        String message = "HEADER:0005hello";
        int port = serve((reader, writer) -> {
            for (char c : message.toCharArray()) {
                writer.write(b(String.valueOf(c)));
                writer.drain().await();
                sleep(2);
            }
            writer.close();
        });
        List<Object> got = client(() -> {
            StreamReader reader = connect(port, StreamReader.DEFAULT_LIMIT).reader();
            List<Object> out = new ArrayList<>();
            out.add(reader.readuntil(b(":")).await().utf8());
            int n = Integer.parseInt(reader.readexactly(4).await().utf8());
            out.add(reader.readexactly(n).await().utf8());
            try {
                reader.readexactly(1).await();
            } catch (IncompleteReadError e) {
                out.add("IncompleteReadError partial=" + e.partial().repr());
            }
            return out;
        });
        assertThat(got).containsExactly("HEADER:", "hello", "IncompleteReadError partial=b''");
    }

    @Test
    void readuntilOverTheLimitKeepsTheDataForTheNextRead() throws Exception {
        String big = "0123456789".repeat(4);
        int port = serve((reader, writer) -> {
            writer.write(b(big));
            writer.drain().await();
            sleep(20);
            writer.write(b("\n"));
            writer.close();
        });
        List<String> got = client(() -> {
            StreamReader reader = connect(port, 16).reader();
            List<String> out = new ArrayList<>();
            try {
                reader.readuntil(b("\n")).await();
            } catch (LimitOverrunError e) {
                out.add("LimitOverrunError consumed=" + e.consumed());
            }
            out.add(reader.read(-1).await().utf8());
            return out;
        });
        assertThat(got.get(0)).startsWith("LimitOverrunError consumed=");
        assertThat(got.get(1)).isEqualTo(big + "\n");
    }

    @Test
    void readlineOverTheLimitRaisesValueErrorAndGoesOnWithTheNextLine() throws Exception {
        int port = serve((reader, writer) -> {
            writer.write(b("x".repeat(100) + "\nshort\n"));
            writer.close();
        });
        List<String> got = client(() -> {
            StreamReader reader = connect(port, 16).reader();
            List<String> out = new ArrayList<>();
            try {
                reader.readline().await();
            } catch (ValueError e) {
                out.add("ValueError");
            }
            out.add(reader.readline().await().utf8());
            return out;
        });
        // however the 108 bytes were split into reads, the short line after the long one survives
        assertThat(got.get(0)).isEqualTo("ValueError");
        assertThat(got.get(got.size() - 1)).isEqualTo("short\n");
    }

    /**
     * A client that does not read: its reader stops the transport once more than twice its limit
     * is buffered, and resumes it when reading brings the buffer back under the limit.
     */
    @Test
    void theReaderPausesTheSocketAboveTwiceItsLimitAndResumesUnderIt() throws Exception {
        int total = 256 * 1024;
        int port = serve((reader, writer) -> {
            byte[] data = new byte[total];
            for (int i = 0; i < total; i++) {
                data[i] = (byte) (i % 251);
            }
            writer.write(Bytes.wrap(data));
            writer.drain().await();
            writer.close();
        });
        client(() -> {
            StreamPair pair = connect(port, 1024);
            StreamReader reader = pair.reader();
            for (int i = 0; i < 200 && reader.bufferedSize() <= 2048; i++) {
                sleep(5);
            }
            sleep(50);
            assertThat(reader.bufferedSize()).as("bounded near 2 x limit, not the whole 256 KiB")
                    .isGreaterThan(2048).isLessThan(2048 + 256 * 1024);
            assertThat(pair.writer().transport().isReading()).isFalse();
            Bytes first = reader.readexactly(reader.bufferedSize() - 1000).await();
            assertThat(pair.writer().transport().isReading()).isTrue();
            Bytes rest = reader.read(-1).await();
            Bytes all = first.concat(rest);
            assertThat(all.size()).isEqualTo(total);
            for (int i = 0; i < total; i++) {
                if (all.byteAt(i) != (byte) (i % 251)) {
                    throw new AssertionError("byte " + i + " differs");
                }
            }
            return null;
        });
    }

    /**
     * drain() under a slow reader: the server writes 32 MB in 256 KiB pieces, draining after each;
     * the client reads nothing for 300 ms. Some drain must really wait, the transport must report
     * pause_writing and resume_writing, and every byte must arrive.
     */
    @Test
    void drainWaitsForASlowReaderAndReleasesWhenItReads() throws Exception {
        int piece = 256 * 1024;
        int pieces = 128;
        List<Long> drainMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicLong writtenAt300 = new AtomicLong(-1);
        int port = serve((reader, writer) -> {
            byte[] data = new byte[piece];
            for (int p = 0; p < pieces; p++) {
                java.util.Arrays.fill(data, (byte) p);
                writer.write(Bytes.wrap(data.clone()));
                long t0 = System.nanoTime();
                writer.drain().await();
                drainMillis.add((System.nanoTime() - t0) / 1_000_000);
            }
            writer.close();
        });
        long received = client(() -> {
            StreamReader reader = connect(port, StreamReader.DEFAULT_LIMIT).reader();
            sleep(300);
            writtenAt300.set(drainMillis.size());
            long n = 0;
            int expectPiece = 0;
            int inPiece = 0;
            while (true) {
                Bytes data = reader.read(65536).await();
                if (data.isEmpty()) {
                    return n;
                }
                for (int i = 0; i < data.size(); i++) {
                    if (data.byteAt(i) != (byte) expectPiece) {
                        throw new AssertionError("byte " + (n + i) + " is from the wrong piece");
                    }
                    if (++inPiece == piece) {
                        inPiece = 0;
                        expectPiece++;
                    }
                }
                n += data.size();
            }
        });
        assertThat(received).isEqualTo((long) piece * pieces);
        assertThat(writtenAt300.get()).as("pieces written while nobody read").isLessThan(pieces);
        assertThat(drainMillis.stream().mapToLong(Long::longValue).max().orElse(0))
                .as("the longest drain").isGreaterThanOrEqualTo(150);
        List<LabEvent> flow = t.log.all().stream()
                .filter(e -> e.origin().role() == Role.SERVER
                        && (e.kind() == EventKind.PAUSE_WRITING || e.kind() == EventKind.RESUME_WRITING))
                .toList();
        assertThat(flow).isNotEmpty();
        assertThat(flow.get(0).kind()).isEqualTo(EventKind.PAUSE_WRITING);
        for (int i = 1; i < flow.size(); i++) {
            assertThat(flow.get(i).kind()).as("pause and resume alternate").isNotEqualTo(flow.get(i - 1).kind());
        }
    }

    /** A reset while the client waits in read(): the read raises ConnectionResetError, and so does drain. */
    @Test
    void aResetWhileWaitingRaisesFromTheReadAndFromDrain() throws Exception {
        int port = serve((reader, writer) -> {
            reader.readexactly(1).await();
            Channel ch = (Channel) writer.getExtraInfo("socket");
            ch.config().setOption(ChannelOption.SO_LINGER, 0);
            writer.transport().abort();
        });
        List<String> got = client(() -> {
            StreamPair pair = connect(port, StreamReader.DEFAULT_LIMIT);
            pair.writer().write(b("!"));
            List<String> out = new ArrayList<>();
            try {
                pair.reader().read(100).await();
                out.add("read returned");
            } catch (ConnectionResetError e) {
                out.add("read: " + e);
            }
            try {
                pair.writer().drain().await();
                out.add("drain returned");
            } catch (ConnectionResetError e) {
                out.add("drain: " + e.pyType());
            }
            return out;
        });
        assertThat(got).containsExactly("read: ConnectionResetError: [Errno 104] Connection reset by peer",
                "drain: ConnectionResetError");
    }

    @Test
    void aHandlerThatRaisesIsReportedAndItsConnectionClosed() throws Exception {
        int port = serve((reader, writer) -> {
            throw new ValueError("handler bug");
        });
        Bytes got = client(() -> connect(port, StreamReader.DEFAULT_LIMIT).reader().read(-1).await());
        assertThat(got).isEqualTo(Bytes.EMPTY);
        LabEvent error = t.log.await(e -> e.kind() == EventKind.ERROR && e.text().startsWith("Unhandled"), T);
        assertThat(error.text()).isEqualTo("Unhandled exception in client_connected_cb: ValueError: handler bug");
        assertThat(error.origin().role()).isEqualTo(Role.SERVER);
    }

    @Test
    void writerCloseWaitClosedAndDrainAfterwards() throws Exception {
        int port = serve((reader, writer) -> {
            reader.read(-1).await();
            writer.close();
        });
        List<String> got = client(() -> {
            StreamWriter writer = connect(port, StreamReader.DEFAULT_LIMIT).writer();
            List<String> out = new ArrayList<>();
            out.add("closing=" + writer.isClosing());
            writer.close();
            out.add("closing=" + writer.isClosing());
            writer.waitClosed().await();
            out.add("closed");
            try {
                writer.drain().await();
                out.add("drain returned");
            } catch (ConnectionResetError e) {
                out.add("drain: " + e.getMessage()); // CPython: ConnectionResetError('Connection lost')
            }
            return out;
        });
        assertThat(got).containsExactly("closing=false", "closing=true", "closed", "drain: Connection lost");
    }

    /** Closing a server with live connections: it stops listening, closes them, and wait_closed ends. */
    @Test
    void closingAServerWithLiveConnectionsEndsThemAndWaitClosedCompletes() throws Exception {
        int port = serve((reader, writer) -> {
            while (!reader.read(100).await().isEmpty()) {
                // hold the connection open until the client goes
            }
            writer.close();
        });
        List<StreamPair> clients = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clients.add(client(() -> connect(port, StreamReader.DEFAULT_LIMIT)));
        }
        org.awaitility.Awaitility.await().atMost(T).until(() -> OnLoop.call(t.loop, () -> server.connections().size()) >= 3);
        OnLoop.run(t.loop, () -> {
            assertThat(server.isServing()).isTrue();
            server.close();
            server.closeClients();
        });
        server.waitClosed().get(T);
        assertThat(OnLoop.call(t.loop, () -> server.isServing())).isFalse();
        assertThat(OnLoop.call(t.loop, () -> server.connections().size())).isZero();
        for (StreamPair c : clients) {
            assertThat(client(() -> c.reader().read(-1).await())).isEqualTo(Bytes.EMPTY);
        }
        assertThat(t.log.ofKind(EventKind.SERVER_CLOSED)).hasSize(1);
    }
}
