package netlab.engine.testing;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import netlab.engine.bytes.Bytes;
import netlab.engine.errors.PyErrors;
import netlab.engine.transport.Protocol;
import netlab.engine.transport.Transport;

/**
 * A {@link Protocol} that records every callback it gets, in order, with the thread it ran on,
 * and can be told what to do on each (echo, write, close, keep a half-closed connection open).
 * The record is read from test threads, so it is synchronized.
 */
public class RecordingProtocol implements Protocol {
    private final List<String> calls = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private Consumer<Transport> onMade = t -> { };
    private BiConsumer<Transport, Bytes> onData = (t, d) -> { };
    private Consumer<Transport> onEof = t -> { };
    private boolean keepOpenOnEof;
    private Transport transport;
    private Throwable lostCause;

    public RecordingProtocol onConnectionMade(Consumer<Transport> action) {
        this.onMade = action;
        return this;
    }

    public RecordingProtocol onData(BiConsumer<Transport, Bytes> action) {
        this.onData = action;
        return this;
    }

    /** What to do on eof_received; {@code keepOpen} is what the callback returns. */
    public RecordingProtocol onEof(boolean keepOpen, Consumer<Transport> action) {
        this.keepOpenOnEof = keepOpen;
        this.onEof = action;
        return this;
    }

    /** Writes every received chunk straight back. */
    public RecordingProtocol echo() {
        return onData(Transport::write);
    }

    private synchronized void record(String call) {
        calls.add(call);
        threads.add(Thread.currentThread());
        notifyAll();
    }

    @Override
    public void connectionMade(Transport transport) {
        synchronized (this) {
            this.transport = transport;
        }
        record("connection_made");
        onMade.accept(transport);
    }

    @Override
    public void dataReceived(Bytes data) {
        synchronized (this) {
            received.writeBytes(data.toByteArray());
        }
        record("data_received");
        onData.accept(transport, data);
    }

    @Override
    public boolean eofReceived() {
        record("eof_received");
        onEof.accept(transport);
        return keepOpenOnEof;
    }

    @Override
    public void connectionLost(Throwable cause) {
        synchronized (this) {
            lostCause = cause;
        }
        record(cause == null ? "connection_lost(None)" : "connection_lost(" + PyErrors.typeName(cause) + ")");
    }

    @Override
    public void pauseWriting() {
        record("pause_writing");
    }

    @Override
    public void resumeWriting() {
        record("resume_writing");
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Thread> threads() {
        return List.copyOf(threads);
    }

    public synchronized Bytes received() {
        return Bytes.wrap(received.toByteArray());
    }

    public synchronized Transport transport() {
        return transport;
    }

    public synchronized Throwable lostCause() {
        return lostCause;
    }

    /**
     * The calls with runs of data_received collapsed into one {@code data_received*}, so that an
     * order can be checked without depending on how TCP split the bytes.
     */
    public synchronized List<String> shape() {
        List<String> out = new ArrayList<>();
        for (String c : calls) {
            String s = c.equals("data_received") ? "data_received*" : c;
            if (!(s.equals("data_received*") && !out.isEmpty() && out.get(out.size() - 1).equals(s))) {
                out.add(s);
            }
        }
        return out;
    }

    /** Waits, bounded, until a callback whose name starts with {@code prefix} was recorded. */
    public synchronized void await(String prefix, java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (calls.stream().noneMatch(c -> c.startsWith(prefix))) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + prefix + " within " + timeout + "; calls: " + calls);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
