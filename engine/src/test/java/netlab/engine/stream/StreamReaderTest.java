package netlab.engine.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import netlab.engine.bytes.Bytes;
import netlab.engine.errors.IncompleteReadError;
import netlab.engine.errors.LimitOverrunError;
import netlab.engine.errors.ValueError;
import netlab.engine.loop.LoopFuture;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.TestLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The StreamReader's Java face: its exceptions' contents, its guards, and when a read is decided. */
class StreamReaderTest {
    private final TestLoop t = new TestLoop();

    @AfterEach
    void close() {
        t.close();
    }

    private StreamReader reader(int limit) {
        return OnLoop.call(t.loop, () -> new StreamReader(t.loop, limit));
    }

    private static Bytes b(String s) {
        return Bytes.latin1(s);
    }

    /**
     * An overlong line, then more lines, in chunks that arrive back to back (one Netty read loop
     * can deliver several). Whatever the reader decided the overlong line was, every byte after
     * the newline that ends what it dropped is still there for the next readline.
     *
     * <p>CPython decides when the task runs, after both chunks, and so drops "xxx…abc\n" as one
     * overlong line and returns "next\n"; NetLab decides as each chunk arrives, drops the 15 bytes
     * it had, and returns "abc\n", then "next\n". Over a socket CPython runs the task between two
     * reads, so there it decides as NetLab does.
     */
    @Test
    void readlinePastTheLimitNeverDropsBytesThatArriveAfterIt() {
        StreamReader r = reader(10);
        LoopFuture<Bytes> first = OnLoop.call(t.loop, r::readline);
        OnLoop.run(t.loop, () -> {
            r.feedData(b("x".repeat(15)));
            r.feedData(b("abc\nnext\n"));
            r.feedEof();
        });
        OnLoop.settle(t.loop);
        assertThatThrownBy(first::result).isInstanceOf(ValueError.class);
        LoopFuture<Bytes> second = OnLoop.call(t.loop, r::readline);
        OnLoop.settle(t.loop);
        LoopFuture<Bytes> third = OnLoop.call(t.loop, r::readline);
        OnLoop.settle(t.loop);
        assertThat(second.result().utf8() + third.result().utf8()).isEqualTo("abc\nnext\n");
    }

    /** NetLab's reads are decided when the data is fed, not one loop turn later. */
    @Test
    void aWaitingReadIsDecidedWhenTheDataIsFed() {
        StreamReader r = reader(100);
        boolean[] doneRightAfterFeed = new boolean[1];
        LoopFuture<Bytes> read = OnLoop.call(t.loop, () -> r.readexactly(3));
        OnLoop.run(t.loop, () -> {
            r.feedData(b("abcd"));
            doneRightAfterFeed[0] = read.done();
        });
        assertThat(doneRightAfterFeed[0]).isTrue();
        assertThat(read.result()).isEqualTo(b("abc"));
        assertThat(r.bufferedSize()).isEqualTo(1);
    }

    @Test
    void incompleteReadErrorCarriesThePartialBytesAndTheCount() {
        StreamReader r = reader(100);
        LoopFuture<Bytes> read = OnLoop.call(t.loop, () -> {
            r.feedData(b("abc"));
            r.feedEof();
            return r.readexactly(5);
        });
        IncompleteReadError e = (IncompleteReadError) read.exception();
        assertThat(e.partial()).isEqualTo(b("abc"));
        assertThat(e.expected()).isEqualTo(5);
        assertThat(e.pyType()).isEqualTo("IncompleteReadError");
        assertThat(e).hasMessage("3 bytes read on a total of 5 expected bytes"); // CPython's wording
        LoopFuture<Bytes> until = OnLoop.call(t.loop, () -> r.readuntil(b("\n")));
        assertThat(((IncompleteReadError) until.exception()).getMessage())
                .isEqualTo("0 bytes read on a total of undefined expected bytes");
    }

    @Test
    void limitOverrunErrorSaysHowMuchCouldBeTakenAndKeepsIt() {
        StreamReader r = reader(4);
        LoopFuture<Bytes> until = OnLoop.call(t.loop, () -> {
            r.feedData(b("abcdefgh\nrest"));
            return r.readuntil(b("\n"));
        });
        LimitOverrunError e = (LimitOverrunError) until.exception();
        assertThat(e.consumed()).isEqualTo(8);
        assertThat(e.pyType()).isEqualTo("LimitOverrunError");
        assertThat(r.bufferedSize()).isEqualTo(13);
        // the caller may take what the error says and carry on, as the asyncio docs suggest
        LoopFuture<Bytes> taken = OnLoop.call(t.loop, () -> r.readexactly(e.consumed() + 1));
        assertThat(taken.result()).isEqualTo(b("abcdefgh\n"));
    }

    @Test
    void guards() {
        assertThatThrownBy(() -> new StreamReader(t.loop, 0)).hasMessage("Limit cannot be <= 0");
        StreamReader r = reader(10);
        Throwable afterEof = OnLoop.call(t.loop, () -> {
            r.feedEof();
            try {
                r.feedData(b("late"));
                return null;
            } catch (IllegalStateException e) {
                return e;
            }
        });
        assertThat(afterEof).hasMessage("feed_data after feed_eof");
        assertThat(r.atEof()).isTrue();
        assertThat(r.limit()).isEqualTo(10);
        assertThat(r.toString()).isEqualTo("<StreamReader 0 bytes eof>");
    }
}
