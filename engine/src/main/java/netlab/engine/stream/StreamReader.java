package netlab.engine.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import netlab.engine.bytes.Bytes;
import netlab.engine.errors.IncompleteReadError;
import netlab.engine.errors.LimitOverrunError;
import netlab.engine.errors.PyException;
import netlab.engine.errors.ValueError;
import netlab.engine.event.ErrorInfo;
import netlab.engine.event.EventKind;
import netlab.engine.event.Origin;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.transport.ReadTransport;

/**
 * asyncio's {@code StreamReader}: a buffer that {@code data_received} fills and the read methods
 * empty, with CPython's semantics case by case. When more than twice the limit is buffered the
 * transport stops reading, and it resumes once the buffer is back under the limit.
 *
 * <p>Each read method returns a future to await; only one may wait for data at a time. Loop
 * thread only.
 *
 * <p>Once it has a transport, each read that returns, waits or raises is reported as an event
 * ({@link EventKind#STREAM_READLINE} and its siblings) with the bytes it took out of the buffer
 * and what is left, so that a pane can show the buffer filling (data_received) and emptying.
 */
public final class StreamReader {
    public static final int DEFAULT_LIMIT = 64 * 1024;
    private static final Bytes NEWLINE = Bytes.of((byte) '\n');

    private final EventLoop loop;
    private final int limit;
    private final ReadBuffer buffer = new ReadBuffer();
    private boolean eof;
    private Throwable exception;
    private ReadTransport transport;
    private boolean paused;
    private PendingRead<?> pending;
    private Origin origin;
    /** What readline dropped past the limit in its last attempt, for the event. */
    private Bytes dropped = Bytes.EMPTY;

    public StreamReader(EventLoop loop) {
        this(loop, DEFAULT_LIMIT);
    }

    public StreamReader(EventLoop loop, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("Limit cannot be <= 0");
        }
        this.loop = loop;
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }

    /** Bytes buffered and not yet read. */
    public int bufferedSize() {
        return buffer.size();
    }

    public Throwable exception() {
        return exception;
    }

    /** True once EOF was fed and the buffer is empty. */
    public boolean atEof() {
        return eof && buffer.size() == 0;
    }

    public void setTransport(ReadTransport transport) {
        this.transport = transport;
        if (transport instanceof netlab.engine.transport.Transport t) {
            this.origin = t.origin();
        }
    }

    /** Where this reader's events go when it has no transport (a subprocess pipe, say). */
    public void setOrigin(Origin origin) {
        this.origin = origin;
    }

    /** Bytes the read methods have handed out so far. */
    public long consumed() {
        return buffer.consumed();
    }

    // ---- fed by the protocol ----

    public void feedData(Bytes data) {
        if (eof) {
            throw new IllegalStateException("feed_data after feed_eof");
        }
        if (data.isEmpty()) {
            return;
        }
        buffer.add(data);
        wakeup();
        if (transport != null && !paused && buffer.size() > 2 * limit) {
            transport.pauseReading(buffer.size());
            paused = true;
        }
    }

    public void feedEof() {
        eof = true;
        wakeup();
    }

    public void setException(Throwable error) {
        exception = error;
        wakeup();
    }

    // ---- read methods ----

    /**
     * Up to {@code n} bytes, as soon as at least one is buffered; an empty result means EOF.
     * {@code n < 0} reads until EOF.
     */
    public LoopFuture<Bytes> read(int n) {
        if (exception != null) {
            // as CPython: the connection's error comes first, even for read(0)
            return failed(EventKind.STREAM_READ, exception);
        }
        if (n == 0) {
            return done(EventKind.STREAM_READ, Bytes.EMPTY);
        }
        if (n < 0) {
            List<Bytes> blocks = new ArrayList<>();
            return attempt("read", EventKind.STREAM_READ, () -> {
                throwIfFailed();
                if (buffer.size() > 0) {
                    blocks.add(take(buffer.size()));
                }
                return eof ? Bytes.concat(blocks) : null;
            });
        }
        return attempt("read", EventKind.STREAM_READ, () -> {
            throwIfFailed();
            if (buffer.size() > 0) {
                return take(Math.min(n, buffer.size()));
            }
            return eof ? Bytes.EMPTY : null;
        });
    }

    /** Exactly {@code n} bytes; {@link IncompleteReadError} with what there was if EOF comes first. */
    public LoopFuture<Bytes> readexactly(int n) {
        if (n < 0) {
            return failed(EventKind.STREAM_READEXACTLY, new ValueError("readexactly size can not be less than zero"));
        }
        if (exception != null) {
            return failed(EventKind.STREAM_READEXACTLY, exception);
        }
        if (n == 0) {
            return done(EventKind.STREAM_READEXACTLY, Bytes.EMPTY);
        }
        return attempt("readexactly", EventKind.STREAM_READEXACTLY, () -> {
            if (buffer.size() >= n) {
                return take(n);
            }
            if (eof) {
                throw new IncompleteReadError(take(buffer.size()), n);
            }
            return null;
        });
    }

    /**
     * Up to and including {@code separator}. {@link LimitOverrunError} if the limit is passed
     * without it (the data stays buffered); {@link IncompleteReadError} with everything buffered
     * if EOF comes first.
     */
    public LoopFuture<Bytes> readuntil(Bytes separator) {
        if (separator.isEmpty()) {
            return failed(EventKind.STREAM_READUNTIL, new ValueError("Separator should be at least one-byte string"));
        }
        if (exception != null) {
            return failed(EventKind.STREAM_READUNTIL, exception);
        }
        return attempt("readuntil", EventKind.STREAM_READUNTIL, untilSeparator(separator));
    }

    /** One attempt of readuntil; it keeps how far it searched between attempts, as CPython's loop does. */
    private Supplier<Bytes> untilSeparator(Bytes separator) {
        int seplen = separator.size();
        int[] offset = {0};
        return () -> {
            if (buffer.size() - offset[0] >= seplen) {
                Bytes held = compact();
                int isep = held.indexOf(separator, offset[0]);
                if (isep >= 0) {
                    if (isep > limit) {
                        throw new LimitOverrunError("Separator is found, but chunk is longer than limit", isep);
                    }
                    return take(isep + seplen);
                }
                offset[0] = buffer.size() + 1 - seplen;
                if (offset[0] > limit) {
                    throw new LimitOverrunError("Separator is not found, and chunk exceed the limit", offset[0]);
                }
            }
            if (eof) {
                throw new IncompleteReadError(take(buffer.size()), null);
            }
            return null;
        };
    }

    /**
     * One line, ending with {@code \n}, or what is left at EOF. Past the limit it raises
     * {@link ValueError} and drops the overlong data, as CPython does.
     */
    public LoopFuture<Bytes> readline() {
        if (exception != null) {
            return failed(EventKind.STREAM_READLINE, exception);
        }
        Supplier<Bytes> until = untilSeparator(NEWLINE);
        return attempt("readuntil", EventKind.STREAM_READLINE, () -> {
            try {
                return until.get();
            } catch (IncompleteReadError incomplete) {
                return incomplete.partial();
            } catch (LimitOverrunError overrun) {
                // Dropped in the same step that found the overrun, as in CPython's readline: done
                // any later (in a callback, say) it would also drop bytes that arrived since.
                Bytes held = compact();
                if (held.indexOf(NEWLINE, overrun.consumed()) == overrun.consumed()) {
                    dropped = take(overrun.consumed() + 1);
                } else {
                    dropped = take(buffer.size());
                }
                throw new ValueError(overrun.getMessage());
            }
        });
    }

    // ---- internals ----

    private void throwIfFailed() {
        if (exception != null) {
            throw exception instanceof RuntimeException r ? r : new PyException(exception.getClass().getSimpleName(),
                    String.valueOf(exception.getMessage()), exception);
        }
    }

    private <T> LoopFuture<T> done(EventKind kind, T value) {
        LoopFuture<T> f = loop.createFuture();
        reportReturned(kind, value);
        f.setResult(value);
        return f;
    }

    private <T> LoopFuture<T> failed(EventKind kind, Throwable error) {
        LoopFuture<T> f = loop.createFuture();
        reportRaised(kind, error);
        f.setException(error);
        return f;
    }

    private <T> LoopFuture<T> attempt(String op, EventKind kind, Supplier<T> tryNow) {
        if (pending != null && !pending.done()) {
            // CPython refuses a second *waiter* only: a read the buffer can serve now succeeds
            return tryWithoutWaiting(op, kind, tryNow);
        }
        // no done callback clears `pending`: one that is done (served, or cancelled with its
        // task) counts as none everywhere it is looked at, as asyncio's _waiter after its await
        PendingRead<T> read = new PendingRead<>(loop, kind, tryNow);
        retry(read);
        return read;
    }

    private <T> LoopFuture<T> tryWithoutWaiting(String op, EventKind kind, Supplier<T> tryNow) {
        T value;
        try {
            value = tryNow.get();
        } catch (RuntimeException e) {
            maybeResumeTransport();
            return failed(kind, e);
        }
        if (value != null) {
            return done(kind, value);
        }
        return failed(kind, new PyException("RuntimeError",
                op + "() called while another coroutine is already waiting for incoming data"));
    }

    private <T> void retry(PendingRead<T> read) {
        if (read.done()) {
            return;
        }
        T value;
        try {
            value = read.tryNow.get();
        } catch (RuntimeException e) {
            maybeResumeTransport();
            reportRaised(read.kind, e);
            read.setException(e);
            return;
        }
        if (value != null) {
            reportReturned(read.kind, value);
            read.setResult(value);
        } else {
            pending = read;
            if (!read.waiting) {
                read.waiting = true;
                if (origin != null) {
                    loop.events().publish(origin, EventKind.STREAM_READ_WAITING, null, read.kind.asyncioName(), null,
                            buffer.consumed(), buffer.size(), null);
                }
            }
        }
    }

    private void reportReturned(EventKind kind, Object value) {
        if (origin != null && value instanceof Bytes data) {
            loop.events().publish(origin, kind, null, null, data, buffer.consumed() - data.size(), buffer.size(), null);
        }
    }

    private void reportRaised(EventKind kind, Throwable error) {
        Bytes taken = dropped;
        dropped = Bytes.EMPTY;
        if (origin == null) {
            return;
        }
        if (error instanceof IncompleteReadError incomplete) {
            taken = incomplete.partial();
        }
        loop.events().publish(origin, EventKind.STREAM_READ_FAILED, null, kind.asyncioName(), taken,
                buffer.consumed() - taken.size(), buffer.size(), ErrorInfo.of(error));
    }

    private void wakeup() {
        PendingRead<?> read = pending;
        if (read != null) {
            pending = null;
            if (exception != null && !read.done()) {
                // as asyncio's waiter does: whoever waits for data gets the connection's error
                reportRaised(read.kind, exception);
                read.setException(exception);
            } else {
                retry(read);
            }
        }
    }

    /** Removes and returns the first {@code n} buffered bytes; the transport reads again once the buffer is small enough. */
    private Bytes take(int n) {
        Bytes out = buffer.take(n);
        maybeResumeTransport();
        return out;
    }

    private Bytes compact() {
        return buffer.compact();
    }

    private void maybeResumeTransport() {
        if (paused && buffer.size() <= limit) {
            paused = false;
            transport.resumeReading(buffer.size());
        }
    }

    @Override
    public String toString() {
        return "<StreamReader " + buffer.size() + " bytes" + (eof ? " eof" : "") + (paused ? " paused" : "")
                + (pending != null && !pending.done() ? " waiting in " + pending.kind.asyncioName() + "()" : "") + ">";
    }

    /** The future a read method returns, with what it needs to try again: one object per read, not two. */
    private static final class PendingRead<T> extends LoopFuture<T> {
        final EventKind kind;
        final Supplier<T> tryNow;
        boolean waiting;

        PendingRead(EventLoop loop, EventKind kind, Supplier<T> tryNow) {
            super(loop);
            this.kind = kind;
            this.tryNow = tryNow;
        }
    }
}
