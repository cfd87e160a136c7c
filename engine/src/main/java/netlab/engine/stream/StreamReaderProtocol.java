package netlab.engine.stream;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.errors.ConnectionResetError;
import netlab.engine.event.ErrorInfo;
import netlab.engine.event.EventKind;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.Task;
import netlab.engine.transport.Protocol;
import netlab.engine.transport.Transport;

/**
 * asyncio's {@code StreamReaderProtocol}: feeds a {@link StreamReader} from the transport's
 * callbacks and, on a server, starts the connection's handler as a task. Also the flow control
 * that {@link StreamWriter#drain()} waits on.
 */
public final class StreamReaderProtocol implements Protocol {
    private final EventLoop loop;
    private final StreamReader reader;
    private final ClientConnected handler;
    private final String handlerName;
    private final LoopFuture<Void> closed;
    private final List<LoopFuture<Void>> drainWaiters = new ArrayList<>();
    private Transport transport;
    private StreamWriter writer;
    private Task<Void> task;
    private boolean paused;
    private boolean connectionLost;
    /** The finished future {@link #drainHelper()} hands out while nothing is paused and nothing traced. */
    private LoopFuture<Void> drained;

    /** A client's protocol: the streams are handed out by {@code open_connection}. */
    public StreamReaderProtocol(EventLoop loop, StreamReader reader) {
        this(loop, reader, null, null);
    }

    /** A server's protocol: each connection runs {@code handler} as a task named {@code handlerName}. */
    public StreamReaderProtocol(EventLoop loop, StreamReader reader, ClientConnected handler, String handlerName) {
        this.loop = loop;
        this.reader = reader;
        this.handler = handler;
        this.handlerName = handlerName;
        this.closed = loop.createFuture();
    }

    @Override
    public void connectionMade(Transport transport) {
        this.transport = transport;
        reader.setTransport(transport);
        writer = new StreamWriter(loop, transport, this, reader);
        if (handler != null) {
            task = loop.createTask(handlerName, transport.origin(), () -> {
                handler.handle(reader, writer);
                return null;
            });
            task.addDoneCallback(t -> {
                if (!t.cancelled() && t.exception() != null) {
                    // asyncio logs "Unhandled exception in client_connected_cb" and closes the transport
                    ErrorInfo info = ErrorInfo.of(t.exception());
                    loop.events().publish(transport.origin(), EventKind.ERROR, null,
                            netlab.engine.event.LabSentences.HANDLER_FAILED.say(info), null, -1, 0, info);
                    transport.close();
                }
            });
        }
    }

    @Override
    public void dataReceived(Bytes data) {
        reader.feedData(data);
    }

    @Override
    public boolean eofReceived() {
        reader.feedEof();
        // keep the connection half-open: the handler decides when to close
        return true;
    }

    @Override
    public void connectionLost(Throwable cause) {
        connectionLost = true;
        if (cause == null) {
            reader.feedEof();
        } else {
            reader.setException(cause);
        }
        closed.trySetResult(null);
        List<LoopFuture<Void>> waiters = new ArrayList<>(drainWaiters);
        drainWaiters.clear();
        if (!waiters.isEmpty()) {
            loop.events().publish(transport.origin(), EventKind.DRAIN_RELEASED, null, null, null, -1, 0, null);
        }
        for (LoopFuture<Void> w : waiters) {
            if (cause == null) {
                w.trySetResult(null);
            } else {
                w.trySetException(cause);
            }
        }
    }

    @Override
    public void pauseWriting() {
        paused = true;
    }

    @Override
    public void resumeWriting() {
        paused = false;
        List<LoopFuture<Void>> waiters = new ArrayList<>(drainWaiters);
        drainWaiters.clear();
        if (!waiters.isEmpty()) {
            loop.events().publish(transport.origin(), EventKind.DRAIN_RELEASED, null, null, null, -1,
                    transport.getWriteBufferSize(), null);
        }
        waiters.forEach(w -> w.trySetResult(null));
    }

    /** Done at once unless writing is paused; then when it resumes or the connection is lost. */
    LoopFuture<Void> drainHelper() {
        if (!connectionLost && !paused && !loop.controls().tracing()) {
            // the common case under load: one finished future serves every drain (awaiting it does
            // not suspend); while the scheduler view traces futures each drain gets its own, as before
            if (drained == null) {
                drained = loop.createFuture();
                drained.setResult(null);
            }
            return drained;
        }
        LoopFuture<Void> f = loop.createFuture();
        if (connectionLost) {
            f.setException(new ConnectionResetError(0, "Connection lost", null));
        } else if (!paused) {
            f.setResult(null);
        } else {
            loop.events().publish(transport.origin(), EventKind.DRAIN_WAITING, null, null, null, -1,
                    transport.getWriteBufferSize(), null);
            drainWaiters.add(f);
        }
        return f;
    }

    boolean isPaused() {
        return paused;
    }

    LoopFuture<Void> closedFuture() {
        return closed;
    }

    public StreamWriter writer() {
        return writer;
    }

    public StreamReader reader() {
        return reader;
    }

    /** The server-side handler task, or null on a client. */
    public Task<Void> task() {
        return task;
    }
}
