package netlab.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import netlab.engine.bytes.Bytes;
import netlab.engine.errors.IncompleteReadError;
import netlab.engine.errors.LimitOverrunError;
import netlab.engine.errors.ValueError;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.stream.StreamReader;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.TestLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The StreamReader under random chunkings: the same bytes fed in one piece, or cut anywhere
 * and fed over many loop iterations (several pieces in one callback at times, as one Netty read
 * loop delivers them), give the same reads. CPython's semantics are checked case by case in
 * {@code netlab.engine.stream}; this checks that no chunking changes them.
 *
 * <p>{@code read(n)} returns what is buffered, up to n: its sizes depend on the chunking by
 * design (that is TCP's lesson). So the first property leaves it out; the second keeps it and
 * checks that every byte is handed out exactly once, in order.
 */
@Tag("fuzz")
class StreamReaderChunkingPropertyTest {
    private static final Duration BUDGET = Duration.ofSeconds(4);
    private static final Bytes[] SEPARATORS = {Bytes.latin1("\n"), Bytes.latin1("\r\n"), Bytes.latin1("ab"), Bytes.of((byte) 0, (byte) -1)};
    private final TestLoop t = new TestLoop();

    @AfterEach
    void close() {
        t.close();
    }

    /** One read method call. */
    record Op(String method, int n, Bytes separator) {
        LoopFuture<Bytes> apply(StreamReader r) {
            return switch (method) {
                case "read" -> r.read(n);
                case "readline" -> r.readline();
                case "readexactly" -> r.readexactly(n);
                case "readuntil" -> r.readuntil(separator);
                default -> throw new IllegalStateException(method);
            };
        }

        @Override
        public String toString() {
            return method + "(" + (method.equals("readuntil") ? separator.repr() : method.equals("readline") ? "" : n) + ")";
        }
    }

    /** What a read gave: its bytes, or what it raised (with the partial bytes it carried). */
    record Outcome(String what, Bytes bytes) {
        @Override
        public String toString() {
            return what + " " + bytes.repr();
        }
    }

    @Test
    void anyChunkingGivesTheSameReadsAsOnePiece() {
        Fuzz.run("StreamReader: any chunking, same reads", 3_000, BUDGET, (r, i) -> {
            Bytes data = data(r, 600);
            List<Op> ops = ops(r, false);
            int limit = 64 * 1024; // no overrun here: the limit has its own property below
            List<Outcome> whole = run(data, List.of(data), false, ops, limit);
            List<Bytes> chunks = chunks(r, data);
            boolean backToBack = r.nextBoolean();
            List<Outcome> cut = run(data, chunks, backToBack, ops, limit);
            assertThat(cut).as("%s in %d chunks%s, reads %s", data.repr(), chunks.size(), backToBack ? " (several per callback)" : "", ops)
                    .isEqualTo(whole);
        });
    }

    @Test
    void everyByteIsHandedOutOnceInOrderWhateverTheReadsAndTheLimit() {
        Fuzz.run("StreamReader: every byte once", 3_000, BUDGET, (r, i) -> {
            Bytes data = data(r, 600);
            List<Op> ops = ops(r, true);
            ops.add(new Op("read", -1, null)); // the rest, to EOF
            int limit = 1 + r.nextInt(r.nextBoolean() ? 16 : 400);
            List<Bytes> chunks = chunks(r, data);
            List<Outcome> out = run(data, chunks, r.nextBoolean(), ops, limit);
            List<Bytes> handedOut = new ArrayList<>();
            for (int k = 0; k < out.size(); k++) {
                Outcome o = out.get(k);
                Op op = ops.get(k);
                if (op.method().equals("read") && op.n() > 0) {
                    assertThat(o.bytes().size()).as("%s gave %s", op, o).isLessThanOrEqualTo(op.n());
                }
                if (o.what().equals("LimitOverrunError")) {
                    assertThat(o.bytes().size()).as("a LimitOverrunError takes nothing").isZero();
                }
                handedOut.add(o.bytes());
            }
            assertThat(Bytes.concat(handedOut)).as("limit %d, %d chunks, reads %s: %s", limit, chunks.size(), ops, out).isEqualTo(data);
        });
    }

    /** Bytes from a small alphabet, so that separators and newlines come often. */
    private static Bytes data(Random r, int max) {
        byte[] alphabet = {'a', 'b', '\n', '\r', 0, -1, 'x'};
        byte[] b = new byte[r.nextInt(max + 1)];
        for (int k = 0; k < b.length; k++) {
            b[k] = alphabet[r.nextInt(alphabet.length)];
        }
        return Bytes.wrap(b);
    }

    /** Reads to make; with {@code withRead}, read(n) of any n too, and no readline (it drops what is over the limit). */
    private static List<Op> ops(Random r, boolean withRead) {
        List<Op> ops = new ArrayList<>();
        int n = 1 + r.nextInt(30);
        for (int k = 0; k < n; k++) {
            switch (r.nextInt(withRead ? 4 : 5)) {
                case 0 -> ops.add(new Op("readexactly", r.nextInt(40), null));
                case 1 -> ops.add(new Op("readuntil", 0, SEPARATORS[r.nextInt(SEPARATORS.length)]));
                case 2 -> ops.add(withRead ? new Op("read", r.nextInt(60) - 1, null) : new Op("read", r.nextInt(8) == 0 ? -1 : 0, null));
                case 3 -> ops.add(withRead ? new Op("readuntil", 0, SEPARATORS[0]) : new Op("readline", 0, null));
                default -> ops.add(new Op("readline", 0, null));
            }
        }
        return ops;
    }

    private static List<Bytes> chunks(Random r, Bytes data) {
        List<Bytes> out = new ArrayList<>();
        int at = 0;
        while (at < data.size()) {
            int n = 1 + r.nextInt(Math.min(data.size() - at, r.nextBoolean() ? 3 : 200));
            out.add(data.slice(at, at + n));
            at += n;
        }
        return out;
    }

    /**
     * Feeds {@code chunks} (then EOF) while a task makes the reads: in one piece before the first
     * read when there is one chunk, else one chunk per loop callback, or several at once.
     */
    private List<Outcome> run(Bytes data, List<Bytes> chunks, boolean backToBack, List<Op> ops, int limit) throws Exception {
        EventLoop loop = t.loop;
        return OnLoop.task(loop, () -> {
            StreamReader reader = new StreamReader(loop, limit);
            if (chunks.size() == 1 && chunks.get(0).equals(data)) {
                reader.feedData(data);
                reader.feedEof();
            } else {
                feedFrom(loop, reader, chunks, 0, backToBack);
            }
            List<Outcome> out = new ArrayList<>();
            for (Op op : ops) {
                try {
                    out.add(new Outcome("ok", op.apply(reader).await()));
                } catch (IncompleteReadError e) {
                    out.add(new Outcome("IncompleteReadError", e.partial()));
                } catch (LimitOverrunError e) {
                    out.add(new Outcome("LimitOverrunError", Bytes.EMPTY));
                } catch (ValueError e) {
                    out.add(new Outcome("ValueError", Bytes.EMPTY));
                }
            }
            return out;
        });
    }

    private static void feedFrom(EventLoop loop, StreamReader reader, List<Bytes> chunks, int from, boolean backToBack) {
        loop.callSoon(() -> {
            int next = from;
            int burst = backToBack ? 1 + (from % 3) : 1;
            for (int k = 0; k < burst && next < chunks.size(); k++) {
                reader.feedData(chunks.get(next++));
            }
            if (next < chunks.size()) {
                feedFrom(loop, reader, chunks, next, backToBack);
            } else {
                reader.feedEof();
            }
        });
    }
}
