package netlab.engine.subprocess;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.stream.StreamReader;

/**
 * asyncio's {@code SubprocessStreamProtocol}: feeds the child's stdout and stderr into
 * StreamReaders (which pause the pipe when they hold more than twice their limit) and keeps the
 * stdin writer's flow control for {@code drain()}.
 */
final class SubprocessStreamProtocol implements SubprocessProtocol {
    private final EventLoop loop;
    private final int limit;
    private final List<LoopFuture<Void>> drainWaiters = new ArrayList<>();
    private StreamReader stdout;
    private StreamReader stderr;
    private boolean paused;
    private Throwable stdinLost;
    private boolean stdinClosed;

    SubprocessStreamProtocol(EventLoop loop, int limit) {
        this.loop = loop;
        this.limit = limit;
    }

    @Override
    public void connectionMade(SubprocessTransport transport) {
        if (transport.getPipeTransport(1) != null) {
            stdout = new StreamReader(loop, limit);
            stdout.setTransport(transport.getPipeTransport(1));
            stdout.setOrigin(transport.origin());
        }
        if (transport.getPipeTransport(2) != null) {
            stderr = new StreamReader(loop, limit);
            stderr.setTransport(transport.getPipeTransport(2));
            stderr.setOrigin(transport.origin());
        }
    }

    @Override
    public void pipeDataReceived(int fd, Bytes data) {
        StreamReader reader = fd == 1 ? stdout : fd == 2 ? stderr : null;
        if (reader != null) {
            reader.feedData(data);
        }
    }

    @Override
    public void pipeConnectionLost(int fd, Throwable cause) {
        if (fd == 0) {
            stdinClosed = true;
            stdinLost = cause;
            release(cause);
            return;
        }
        StreamReader reader = fd == 1 ? stdout : stderr;
        if (reader == null) {
            return;
        }
        if (cause == null) {
            reader.feedEof();
        } else {
            reader.setException(cause);
        }
    }

    @Override
    public void pauseWriting() {
        paused = true;
    }

    @Override
    public void resumeWriting() {
        paused = false;
        release(null);
    }

    private void release(Throwable cause) {
        List<LoopFuture<Void>> waiters = new ArrayList<>(drainWaiters);
        drainWaiters.clear();
        for (LoopFuture<Void> w : waiters) {
            if (cause == null) {
                w.trySetResult(null);
            } else {
                w.trySetException(cause);
            }
        }
    }

    /** Done at once unless the pipe's buffer is over its high water mark; fails once the pipe broke. */
    LoopFuture<Void> drain() {
        LoopFuture<Void> f = loop.<Void>createFuture().label("stdin.drain()");
        if (stdinLost != null) {
            f.setException(stdinLost);
        } else if (!paused || stdinClosed) {
            f.setResult(null);
        } else {
            drainWaiters.add(f);
        }
        return f;
    }

    StreamReader stdout() {
        return stdout;
    }

    StreamReader stderr() {
        return stderr;
    }
}
