package netlab.engine.stream;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import netlab.engine.net.HostPort;
import netlab.engine.bytes.Bytes;
import netlab.engine.errors.IncompleteReadError;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.TestLoop;
import netlab.engine.transport.ConnectOptions;
import netlab.engine.transport.Server;
import netlab.engine.transport.ServerOptions;
import netlab.engine.transport.WaterMarks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the stream reader and writer report: each read with what it took and left, and drain waiting and released. */
class ReaderEventsTest {
    private final TestLoop t = new TestLoop();
    private Server server;

    @AfterEach
    void close() {
        if (server != null) {
            OnLoop.run(t.loop, () -> {
                server.close();
                server.abortClients();
            });
        }
        t.close();
    }

    @Test
    void eachReadSaysWhatItTookAndWhatIsLeftAndWhereAnIncompleteReadComesFrom() throws Exception {
        server = OnLoop.call(t.loop, () -> Streams.startServer(t.loop, (reader, writer) -> {
            writer.write(Bytes.utf8("First line.\nSecond line.\nabc"));
            writer.writeEof();
        }, ServerOptions.of("srv", HostPort.loopback(0)))).get(T);
        int port = server.port();
        OnLoop.task(t.loop, () -> {
            StreamPair s = Streams.openConnection(t.loop, ConnectOptions.of("cli", "cli", HostPort.loopback(port))).await();
            s.reader().readline().await();
            s.reader().readline().await();
            try {
                s.reader().readexactly(5).await();
            } catch (IncompleteReadError expected) {
                // the partial b'abc' is in the event too
            }
            s.writer().close();
            return null;
        });
        List<LabEvent> reads = t.log.all().stream().filter(e -> e.origin().role() == netlab.engine.event.Role.CLIENT
                && (e.kind().isStreamRead() || e.kind() == EventKind.STREAM_READ_FAILED || e.kind() == EventKind.STREAM_READ_WAITING)).toList();
        List<LabEvent> done = reads.stream().filter(e -> e.kind() != EventKind.STREAM_READ_WAITING).toList();
        assertThat(done).hasSize(3);
        assertThat(done.get(0).describe()).startsWith("readline() \u2192 b'First line.\\n'");
        assertThat(done.get(0).offset()).isZero();
        assertThat(done.get(1).data().utf8()).isEqualTo("Second line.\n");
        assertThat(done.get(1).offset()).isEqualTo(12);
        LabEvent failed = done.get(2);
        assertThat(failed.kind()).isEqualTo(EventKind.STREAM_READ_FAILED);
        assertThat(failed.text()).isEqualTo("readexactly");
        assertThat(failed.error().type()).isEqualTo("IncompleteReadError");
        assertThat(failed.data().utf8()).isEqualTo("abc");
        assertThat(failed.amount()).isZero();
        // the buffer is what data_received put in minus what the reads took out
        long fed = t.log.all().stream().filter(e -> e.kind() == EventKind.DATA_RECEIVED && e.origin().role() == netlab.engine.event.Role.CLIENT)
                .mapToLong(LabEvent::amount).sum();
        assertThat(fed).isEqualTo(28);
    }

    @Test
    void drainWaitsUnderASlowReaderAndIsReleasedUnderTheLowWaterMark() throws Exception {
        // the peer does not read until told to, so the writer's buffer fills
        netlab.engine.loop.LoopFuture<Void> startReading = OnLoop.call(t.loop, t.loop::createFuture);
        server = OnLoop.call(t.loop, () -> Streams.startServer(t.loop, (reader, writer) -> {
            startReading.await();
            while (!reader.read(1 << 16).await().isEmpty()) {
                // drop it
            }
            writer.close();
        }, ServerOptions.of("srv", HostPort.loopback(0)))).get(T);
        int port = server.port();
        ConnectOptions options = ConnectOptions.of("cli", "cli", HostPort.loopback(port)).withLimits(new WaterMarks(64 * 1024, 16 * 1024));
        OnLoop.task(t.loop, () -> {
            StreamPair s = Streams.openConnection(t.loop, options).await();
            Bytes block = Bytes.wrap(new byte[1 << 20]);
            int writes = 0;
            // write until drain really has to wait (the kernel's buffers are full), bounded
            while (writes < 256) {
                s.writer().write(block);
                writes++;
                if (s.writer().transport().getWriteBufferSize() > 64 * 1024) {
                    break;
                }
            }
            t.loop.callLater(0.2, () -> startReading.trySetResult(null));
            s.writer().drain().await();
            s.writer().writeEof();
            System.out.println("drain test: " + writes + " MiB written before drain had to wait");
            return s.reader().read(-1).await();
        });
        LabEvent waiting = t.log.await(e -> e.kind() == EventKind.DRAIN_WAITING, T);
        LabEvent released = t.log.await(e -> e.kind() == EventKind.DRAIN_RELEASED, T);
        assertThat(waiting.amount()).isGreaterThan(64 * 1024);
        assertThat(released.amount()).isLessThanOrEqualTo(16 * 1024);
        assertThat(released.seq()).isGreaterThan(waiting.seq());
        LabEvent pause = t.log.await(e -> e.kind() == EventKind.PAUSE_WRITING, T);
        assertThat(pause.seq()).isLessThan(waiting.seq());
    }
}
