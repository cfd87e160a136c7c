package netlab.engine.transport;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import netlab.engine.net.HostPort;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.testing.NettyLeaks;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.RecordingProtocol;
import netlab.engine.testing.TestLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** pause_writing / resume_writing and pause_reading / resume_reading over real loopback sockets. */
class FlowControlTest {
    private static final int CHUNK = 64 * 1024;
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

    /** Byte {@code i} of the stream a producer sends, so the receiver can check every byte. */
    private static byte pattern(long i) {
        return (byte) (i * 31 + (i >>> 11));
    }

    /**
     * A producer in asyncio's style writes while it is not paused. The client does not read at
     * first, so the kernel buffers fill and the server transport's buffer goes over its high water
     * mark: pause_writing. Once the client reads again: resume_writing, and the producer finishes.
     */
    @Test
    void aSlowReaderPausesTheWriterAndReadingAgainResumesIt() throws Exception {
        long total = 48L * 1024 * 1024;
        AtomicLong written = new AtomicLong();
        AtomicLong atPause = new AtomicLong(-1);
        server = OnLoop.call(t.loop, () -> TcpSockets.createServer(t.loop, () -> {
            RecordingProtocol producer = new RecordingProtocol() {
                private boolean paused;

                private void produce(Transport tr) {
                    while (!paused && written.get() < total) {
                        int n = (int) Math.min(CHUNK, total - written.get());
                        byte[] chunk = new byte[n];
                        long base = written.get();
                        for (int i = 0; i < n; i++) {
                            chunk[i] = pattern(base + i);
                        }
                        written.addAndGet(n);
                        tr.write(Bytes.wrap(chunk));
                    }
                    if (written.get() == total) {
                        tr.close();
                    }
                }

                @Override
                public void connectionMade(Transport transport) {
                    super.connectionMade(transport);
                    produce(transport);
                }

                @Override
                public void pauseWriting() {
                    super.pauseWriting();
                    paused = true;
                    atPause.compareAndSet(-1, written.get());
                }

                @Override
                public void resumeWriting() {
                    super.resumeWriting();
                    paused = false;
                    produce(transport());
                }
            };
            accepted.add(producer);
            return producer;
        }, ServerOptions.of("srv", HostPort.loopback(0)))).get(T);
        int port = server.port();

        AtomicLong checked = new AtomicLong();
        AtomicLong firstBad = new AtomicLong(-1);
        RecordingProtocol client = new RecordingProtocol()
                .onConnectionMade(Transport::pauseReading)
                .onData((tr, d) -> {
                    long at = checked.get();
                    for (int i = 0; i < d.size(); i++) {
                        if (d.byteAt(i) != pattern(at + i) && firstBad.get() < 0) {
                            firstBad.set(at + i);
                        }
                    }
                    checked.addAndGet(d.size());
                });
        OnLoop.call(t.loop, () -> TcpSockets.createConnection(t.loop, () -> client,
                ConnectOptions.of("cli", "cli", HostPort.loopback(port)))).get(T);

        org.awaitility.Awaitility.await().atMost(T).until(() -> !accepted.isEmpty());
        RecordingProtocol producer = accepted.get(0);
        producer.await("pause_writing", T);
        assertThat(atPause.get()).as("paused before it wrote everything").isLessThan(total);
        assertThat(OnLoop.call(t.loop, () -> client.transport().isReading())).isFalse();

        OnLoop.run(t.loop, () -> client.transport().resumeReading());
        producer.await("resume_writing", T);
        client.await("connection_lost", T);
        assertThat(checked.get()).isEqualTo(total);
        assertThat(firstBad.get()).as("first corrupted byte").isEqualTo(-1);

        LabEvent paused = t.log.await(e -> e.kind() == EventKind.PAUSE_WRITING, T);
        LabEvent resumed = t.log.await(e -> e.kind() == EventKind.RESUME_WRITING, T);
        assertThat(paused.amount()).isGreaterThan(WaterMarks.DEFAULT.high());
        assertThat(resumed.amount()).isLessThanOrEqualTo(WaterMarks.DEFAULT.low());
        assertThat(paused.text()).startsWith("pause_writing() buffer ");
        assertThat(producer.calls()).containsSubsequence("connection_made", "pause_writing", "resume_writing", "connection_lost(None)");
    }

    /**
     * CPython tries to send a write at once and buffers only what the kernel did not take, so a
     * 1 MB write to a peer that reads is never paused (checked with CPython 3.11 on loopback).
     */
    @Test
    void aBigWriteTheKernelTakesAtOnceDoesNotPause() throws Exception {
        int size = 1024 * 1024;
        server = OnLoop.call(t.loop, () -> TcpSockets.createServer(t.loop, () -> {
            RecordingProtocol p = new RecordingProtocol();
            accepted.add(p);
            return p;
        }, ServerOptions.of("srv", HostPort.loopback(0)))).get(T);
        int port = server.port();
        RecordingProtocol client = new RecordingProtocol().onConnectionMade(tr -> {
            tr.write(Bytes.wrap(new byte[size]));
            tr.close();
        });
        OnLoop.call(t.loop, () -> TcpSockets.createConnection(t.loop, () -> client,
                ConnectOptions.of("cli", "cli", HostPort.loopback(port)))).get(T);
        client.await("connection_lost", T);
        org.awaitility.Awaitility.await().atMost(T).until(() -> !accepted.isEmpty() && accepted.get(0).received().size() >= size);
        assertThat(accepted.get(0).received().size()).isEqualTo(size);
        assertThat(client.calls()).containsExactly("connection_made", "connection_lost(None)");
        assertThat(t.log.ofKind(EventKind.PAUSE_WRITING)).isEmpty();
    }
}
