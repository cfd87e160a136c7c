package netlab.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import netlab.engine.net.HostPort;
import netlab.engine.bytes.Bytes;
import netlab.engine.errors.IncompleteReadError;
import netlab.engine.errors.LimitOverrunError;
import netlab.engine.loop.Asyncio;
import netlab.engine.stream.StreamPair;
import netlab.engine.stream.Streams;
import netlab.engine.transport.ConnectOptions;
import netlab.engine.transport.Server;
import netlab.engine.transport.ServerOptions;
import netlab.engine.testing.OnLoop;
import netlab.ui.testing.HeadlessBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reader's buffer rebuilt from a real connection's events: what data_received put in, what
 * each read took out and when, and where IncompleteReadError and LimitOverrunError came from.
 * The server is real, over loopback; the window's view model is fed as the window feeds it.
 */
class ReaderLogTest {
    private final HeadlessBench bench = new HeadlessBench();
    private Server server;

    @AfterEach
    void close() {
        if (server != null) {
            OnLoop.run(bench.lab().loop(), () -> {
                server.close();
                server.abortClients();
            });
        }
        bench.close();
    }

    private ReaderLog log() {
        return bench.model().get(ReaderLog.class);
    }

    /** A server that writes {@code parts} with {@code pauseMs} between them, then closes. */
    private int serverWriting(long pauseMs, String... parts) throws Exception {
        server = OnLoop.call(bench.lab().loop(), () -> Streams.startServer(bench.lab().loop(), (reader, writer) -> {
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    Asyncio.sleep(pauseMs / 1000.0).await();
                }
                writer.write(Bytes.utf8(parts[i]));
                writer.drain().await();
            }
            writer.close();
        }, ServerOptions.of("srv", HostPort.loopback(0)))).get(OnLoop.T);
        return server.port();
    }

    private ReaderTrace clientTrace() {
        bench.awaitUntil(() -> log().readers().stream().anyMatch(t -> t.origin().endpoint().equals("cli") && t.isLost()),
                "the client's reader is done");
        return log().readers().stream().filter(t -> t.origin().endpoint().equals("cli")).findFirst().orElseThrow();
    }

    @Test
    void aLineSplitAcrossReadsWaitsForItsRestAndTheNextLineIsServedAtOnce() throws Exception {
        int port = serverWriting(300, "First li", "ne.\nSecond line.\n");
        List<Bytes> lines = OnLoop.task(bench.lab().loop(), () -> {
            StreamPair s = Streams.openConnection(bench.lab().loop(), ConnectOptions.of("cli", "cli", HostPort.loopback(port))).await();
            List<Bytes> got = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                got.add(s.reader().readline().await());
            }
            s.writer().close();
            return got;
        });
        assertThat(lines).containsExactly(Bytes.utf8("First line.\n"), Bytes.utf8("Second line.\n"), Bytes.EMPTY);

        List<ReaderStep> steps = clientTrace().steps();
        List<String> shape = steps.stream().map(s -> s.type() + (s.method().isEmpty() ? "" : " " + s.method())
                + (s.type() == ReaderStep.Type.DATA || s.type() == ReaderStep.Type.RETURN ? " " + s.moved().repr() : "")).toList();
        // the first readline waits (before or after 'First li' came: it has no b'\n' either way)
        assertThat(shape.subList(0, shape.indexOf("RETURN readline b'First line.\\n'"))).contains("WAIT readline");
        assertThat(shape).containsSubsequence(
                "DATA b'First li'",
                "DATA b'ne.\\nSecond line.\\n'",
                "RETURN readline b'First line.\\n'",
                "RETURN readline b'Second line.\\n'",
                "EOF",
                "RETURN readline b''");

        ReaderStep first = steps.stream().filter(s -> s.type() == ReaderStep.Type.RETURN).findFirst().orElseThrow();
        ReaderStep second = steps.stream().filter(s -> s.type() == ReaderStep.Type.RETURN).skip(1).findFirst().orElseThrow();
        System.out.printf("reader: first line waited %.1f ms, its first byte came %.1f ms before it returned; "
                        + "the second was served from the buffer %.1f ms after its bytes came%n",
                first.waitedNanos() / 1e6, first.firstAgo() / 1e6, second.firstAgo() / 1e6);
        // the first line waited for the rest: from its wait to the data_received that completed it, and
        // its first byte had come with the earlier data_received (times taken from the events, not the pause)
        ReaderStep head = steps.stream().filter(s -> s.type() == ReaderStep.Type.DATA).findFirst().orElseThrow();
        ReaderStep rest = steps.stream().filter(s -> s.type() == ReaderStep.Type.DATA).skip(1).findFirst().orElseThrow();
        ReaderStep waited = steps.subList(0, steps.indexOf(rest)).stream().filter(s -> s.type() == ReaderStep.Type.WAIT)
                .reduce((a, b) -> b).orElseThrow();
        assertThat(first.waitedNanos()).isEqualTo(first.nanos() - waited.nanos());
        assertThat(first.waitedNanos()).isGreaterThanOrEqualTo(rest.nanos() - waited.nanos());
        assertThat(first.firstAgo()).isEqualTo(first.nanos() - head.nanos());
        assertThat(first.lastAgo()).isEqualTo(first.nanos() - rest.nanos());
        assertThat(first.kept().utf8()).as("what stayed in the buffer").isEqualTo("Second line.\n");
        // the second was in the buffer already: it did not wait at all
        assertThat(second.servedFromBuffer()).isTrue();
        assertThat(second.keptSize()).isZero();
        // the buffer as it filled: 'First li' waited in it for the rest
        assertThat(rest.kept().utf8()).isEqualTo("First li");
        assertThat(rest.bufferAfter()).isEqualTo(8 + 17);
    }

    @Test
    void incompleteReadErrorAndLimitOverrunErrorAreShownWhereTheyCameFrom() throws Exception {
        int port = serverWriting(0, "0123456789abcdefghijklmnopqrstuvwxyz", "!");
        OnLoop.task(bench.lab().loop(), () -> {
            StreamPair s = Streams.openConnection(bench.lab().loop(), ConnectOptions.of("cli", "cli", HostPort.loopback(port)), 16).await();
            // no separator within the limit: LimitOverrunError, and the bytes stay
            assertThatThrownBy(() -> s.reader().readuntil(Bytes.utf8("\n")).await()).isInstanceOf(LimitOverrunError.class);
            Bytes some = s.reader().read(30).await();
            assertThat(some.size()).isEqualTo(30);
            // EOF comes before 10 more bytes: IncompleteReadError with what there was
            assertThatThrownBy(() -> s.reader().readexactly(10).await()).isInstanceOf(IncompleteReadError.class);
            s.writer().close();
            return null;
        });
        List<ReaderStep> steps = clientTrace().steps();
        ReaderStep overrun = steps.stream().filter(s -> s.type() == ReaderStep.Type.RAISE
                && s.error().type().equals("LimitOverrunError")).findFirst().orElseThrow();
        assertThat(overrun.method()).isEqualTo("readuntil");
        assertThat(overrun.movedSize()).as("LimitOverrunError takes nothing").isZero();
        assertThat(overrun.keptSize()).as("the data stays in the buffer").isGreaterThan(16);
        ReaderStep incomplete = steps.stream().filter(s -> s.type() == ReaderStep.Type.RAISE
                && s.error().type().equals("IncompleteReadError")).findFirst().orElseThrow();
        assertThat(incomplete.method()).isEqualTo("readexactly");
        assertThat(incomplete.moved().utf8()).as("the partial bytes").isEqualTo("uvwxyz!");
        assertThat(incomplete.keptSize()).isZero();
        int eofAt = steps.indexOf(steps.stream().filter(s -> s.type() == ReaderStep.Type.EOF).findFirst().orElseThrow());
        assertThat(steps.indexOf(incomplete)).as("raised at EOF, not before").isGreaterThan(eofAt);
        ReaderText.note(incomplete, bench.model().i18n());
        assertThat(ReaderText.note(incomplete, bench.model().i18n())).contains("IncompleteReadError", "7 B");
        assertThat(ReaderText.note(overrun, bench.model().i18n())).contains("LimitOverrunError", "stay in the buffer");
    }

    @Test
    void theLogStaysBoundedInConnectionsAndSteps() {
        ReaderLog small = new ReaderLog(3);
        netlab.engine.event.EventStream events = new netlab.engine.event.EventStream(new netlab.engine.event.EventClock());
        for (int c = 0; c < 10; c++) {
            netlab.engine.event.Origin o = new netlab.engine.event.Origin("cli", netlab.engine.event.Role.CLIENT, "cli/" + c,
                    "c", null, null);
            small.accept(events.publish(o, netlab.engine.event.EventKind.STREAM_READ_WAITING, null, "readline", null, 0, 0, null));
            for (int i = 0; i < ReaderTrace.MAX_STEPS + 49; i++) {
                small.accept(events.publish(o, netlab.engine.event.EventKind.DATA_RECEIVED, null, null, Bytes.utf8("x"), i, 1, null));
            }
        }
        assertThat(small.size()).isEqualTo(3);
        assertThat(small.forgotten()).isEqualTo(7);
        ReaderTrace last = small.trace("cli/9");
        assertThat(last.steps()).hasSize(ReaderTrace.MAX_STEPS);
        assertThat(last.elidedSteps()).isEqualTo(50);
        assertThat(last.bufferSize()).isEqualTo(ReaderTrace.MAX_STEPS + 49);
    }

    @Test
    void aConnectionNobodyReadsThroughAStreamReaderKeepsNoMorePiecesThanCouldBeShown() {
        ReaderLog log = new ReaderLog(3);
        netlab.engine.event.EventStream events = new netlab.engine.event.EventStream(new netlab.engine.event.EventClock());
        netlab.engine.event.Origin o = new netlab.engine.event.Origin("srv", netlab.engine.event.Role.SERVER, "srv/1", "s", null, null);
        int received = ByteWindow.MAX_PIECES + 100;
        for (int i = 0; i < received; i++) {
            log.accept(events.publish(o, netlab.engine.event.EventKind.DATA_RECEIVED, null, null, Bytes.utf8("x"), i, 1, null));
        }
        ReaderTrace trace = log.trace("srv/1");
        assertThat(trace.bufferPieces()).isEqualTo(ReaderTrace.MAX_STEPS);
        assertThat(trace.bufferSize()).as("every byte still counted").isEqualTo(received);
        assertThat(trace.bufferHead()).as("the oldest bytes, merged, still known").isEqualTo(Bytes.utf8("x".repeat(Math.min(received, ReaderStep.PREVIEW))));
        // a reader showing up late reads what was buffered, and from then on the buffer keeps its usual pieces
        log.accept(events.publish(o, netlab.engine.event.EventKind.STREAM_READ_WAITING, null, "read", null, 0, received, null));
        assertThat(trace.usesReader()).isTrue();
        assertThat(trace.steps()).hasSizeLessThanOrEqualTo(ReaderTrace.MAX_STEPS).isNotEmpty();
        for (int i = received; i < received + ReaderTrace.MAX_STEPS * 2; i++) {
            log.accept(events.publish(o, netlab.engine.event.EventKind.DATA_RECEIVED, null, null, Bytes.utf8("x"), i, 1, null));
        }
        assertThat(trace.bufferPieces()).isGreaterThan(ReaderTrace.MAX_STEPS * 2);
        assertThat(trace.bufferSize()).isEqualTo(received + ReaderTrace.MAX_STEPS * 2);
    }

    @Test
    void connectionsReadingInTurnBeyondTheBoundDoNotPushEachOtherOut() {
        ReaderLog small = new ReaderLog(3);
        netlab.engine.event.EventStream events = new netlab.engine.event.EventStream(new netlab.engine.event.EventClock());
        netlab.engine.event.Origin[] conns = new netlab.engine.event.Origin[5];
        for (int c = 0; c < conns.length; c++) {
            conns[c] = new netlab.engine.event.Origin("srv", netlab.engine.event.Role.SERVER, "srv/" + c, "s", null, null);
        }
        for (int round = 0; round < 10; round++) {
            for (netlab.engine.event.Origin o : conns) {
                small.accept(events.publish(o, netlab.engine.event.EventKind.DATA_RECEIVED, null, null, Bytes.utf8("x"), round, 1, null));
            }
        }
        // the first two went to make room, once; the three kept saw every read of theirs
        assertThat(small.size()).isEqualTo(3);
        assertThat(small.forgotten()).isEqualTo(2);
        assertThat(small.trace("srv/0")).isNull();
        assertThat(small.trace("srv/2").bufferSize()).isEqualTo(10);
        small.clear();
        small.accept(events.publish(conns[0], netlab.engine.event.EventKind.DATA_RECEIVED, null, null, Bytes.utf8("x"), 10, 1, null));
        assertThat(small.trace("srv/0")).as("after Clear every connection starts over").isNotNull();
    }
}
