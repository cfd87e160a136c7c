package netlab.engine.subprocess;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.errors.BrokenPipeError;
import netlab.engine.transport.WaterMarks;

/**
 * The pipe to a child's stdin ({@code transport.get_pipe_transport(0)}). Writes never block the
 * loop: bytes go to a buffer that a thread of its own writes to the pipe, and the protocol is told
 * to pause over the high water mark and to resume under the low one, as a socket transport does.
 * Closing it (or {@code write_eof}) lets the child read EOF once the buffer is written.
 */
public final class WritePipe {
    private static final Bytes CLOSE = Bytes.EMPTY;

    private final SubprocessTransport owner;
    private final OutputStream out;
    private final ArrayDeque<Bytes> queue = new ArrayDeque<>();
    private final Thread thread;
    private WaterMarks limits = WaterMarks.DEFAULT;
    /** Loop thread only. */
    private long buffered;
    private long offset;
    private boolean closing;
    private boolean paused;
    private boolean lost;

    WritePipe(SubprocessTransport owner, OutputStream out, String name) {
        this.owner = owner;
        this.out = out;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Queues {@code data} for the child's stdin. */
    public void write(Bytes data) {
        owner.checkLoop("stdin write");
        if (data.isEmpty()) {
            return;
        }
        if (closing || lost) {
            owner.writeDropped(data);
            return;
        }
        owner.pipeWritten(data, offset);
        offset += data.size();
        buffered += data.size();
        synchronized (queue) {
            queue.add(data);
            queue.notifyAll();
        }
        if (!paused && buffered > limits.high()) {
            paused = true;
            owner.pauseWriting();
        }
    }

    public void writelines(List<Bytes> lines) {
        lines.forEach(this::write);
    }

    /** Closes the pipe once what is buffered is written: the child reads EOF. */
    public void writeEof() {
        close();
    }

    public boolean canWriteEof() {
        return true;
    }

    public void close() {
        owner.checkLoop("stdin close");
        if (closing || lost) {
            return;
        }
        closing = true;
        synchronized (queue) {
            queue.add(CLOSE);
            queue.notifyAll();
        }
    }

    public boolean isClosing() {
        return closing || lost;
    }

    /** Bytes written but not yet taken by the pipe. */
    public long getWriteBufferSize() {
        return buffered;
    }

    public void setWriteBufferLimits(WaterMarks limits) {
        this.limits = limits;
    }

    /** Drops what is buffered and closes the pipe at once. */
    public void abort() {
        synchronized (queue) {
            queue.clear();
            queue.add(CLOSE);
            queue.notifyAll();
        }
        closing = true;
    }

    private void run() {
        try {
            while (true) {
                Bytes next;
                synchronized (queue) {
                    while (queue.isEmpty()) {
                        queue.wait();
                    }
                    next = queue.poll();
                }
                if (next == CLOSE) {
                    out.close();
                    owner.post(() -> owner.stdinLost(this, null));
                    return;
                }
                out.write(next.unsafeBackingArray(), next.unsafeOffset(), next.size());
                out.flush();
                int n = next.size();
                owner.post(() -> written(n));
            }
        } catch (IOException e) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the child closed its end first
            }
            owner.post(() -> owner.stdinLost(this, new BrokenPipeError("Broken pipe", e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException closedLoop) {
            // the lab closed: nobody is left to tell
        }
    }

    /** Loop thread: the pipe took {@code n} more bytes. */
    private void written(int n) {
        buffered -= n;
        if (paused && buffered <= limits.low()) {
            paused = false;
            owner.resumeWriting();
        }
    }

    /** Loop thread: the pipe is gone (closed, broken, or the child exited). */
    void lost() {
        lost = true;
        synchronized (queue) {
            queue.clear();
            queue.add(CLOSE);
            queue.notifyAll();
        }
    }
}
