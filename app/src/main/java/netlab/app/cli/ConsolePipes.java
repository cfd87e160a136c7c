package netlab.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;

import netlab.engine.bytes.Bytes;

/**
 * A child's stdout and stderr copied to ours, byte for byte, on a thread of its own so that a slow
 * terminal never holds the loop. At most {@value #HIGH} bytes wait; above that the child's pipes
 * are paused (the child then waits on its full pipe) until the console has caught up to
 * {@value #LOW}. Nothing is dropped.
 */
final class ConsolePipes implements AutoCloseable {
    static final int HIGH = 1024 * 1024;
    static final int LOW = 256 * 1024;

    /** What to do when the console falls behind and when it has caught up; called on the console's thread. */
    interface Pressure {
        void pause();

        void resume();

        /** Our own stdout or stderr is closed (the reader of a pipe went away). */
        void broken();
    }

    private record Chunk(int fd, Bytes data) {
    }

    private final OutputStream out;
    private final OutputStream err;
    private final ArrayDeque<Chunk> queue = new ArrayDeque<>();
    private final Thread thread;
    private Pressure pressure;
    private long queued;
    private boolean paused;
    private boolean closed;
    private boolean brokenReported;

    ConsolePipes(OutputStream out, OutputStream err) {
        this.out = out;
        this.err = err;
        this.thread = new Thread(this::run, "netlab-exec-console");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void pressure(Pressure p) {
        this.pressure = p;
    }

    /** Queues what the child wrote to fd 1 or 2; from the loop. */
    synchronized void offer(int fd, Bytes data) {
        queue.add(new Chunk(fd, data));
        queued += data.size();
        notifyAll();
        if (!paused && queued > HIGH && pressure != null) {
            paused = true;
            pressure.pause();
        }
    }

    private void run() {
        while (true) {
            Chunk next;
            synchronized (this) {
                while (queue.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (queue.isEmpty()) {
                    notifyAll();
                    return;
                }
                next = queue.poll();
            }
            OutputStream to = next.fd() == 2 ? err : out;
            try {
                to.write(next.data().unsafeBackingArray(), next.data().unsafeOffset(), next.data().size());
                to.flush();
            } catch (IOException e) {
                // our stdout is gone (`netlab exec -- yes | head`): the child is told as a shell
                // pipeline would tell it, and what it still writes is drained so it is not held
                Pressure p;
                synchronized (this) {
                    p = brokenReported ? null : pressure;
                    brokenReported = true;
                }
                if (p != null) {
                    p.broken();
                }
            }
            synchronized (this) {
                queued -= next.data().size();
                if (paused && queued <= LOW && pressure != null) {
                    paused = false;
                    pressure.resume();
                }
            }
        }
    }

    /** Writes out what is queued, then stops; waits up to {@code millis}. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
