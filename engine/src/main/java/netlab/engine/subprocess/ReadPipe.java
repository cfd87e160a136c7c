package netlab.engine.subprocess;

import java.io.IOException;
import java.io.InputStream;

import netlab.engine.bytes.Bytes;
import netlab.engine.transport.ReadTransport;

/**
 * One of a child's output pipes (stdout or stderr), read on a thread of its own (Java cannot
 * register a pipe with the loop's selector) and handed to the loop chunk by chunk. The thread
 * reads only while the lab has room: at most {@value #IN_FLIGHT} chunks wait for the loop, and
 * none while reading is paused (a full StreamReader), so a child that floods its output is held
 * back by its own full pipe, never by memory.
 */
final class ReadPipe implements ReadTransport {
    static final int CHUNK = 8 * 1024;
    static final int IN_FLIGHT = 4;

    private final SubprocessTransport owner;
    private final int fd;
    private final InputStream in;
    private final Thread thread;
    private int inFlight;
    private boolean paused;
    private boolean stopped;

    ReadPipe(SubprocessTransport owner, int fd, InputStream in, String name) {
        this.owner = owner;
        this.fd = fd;
        this.in = in;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    int fd() {
        return fd;
    }

    void start() {
        thread.start();
    }

    private void run() {
        byte[] buf = new byte[CHUNK];
        try {
            while (awaitRoom()) {
                int n = in.read(buf);
                if (n < 0) {
                    owner.post(() -> owner.pipeEof(this, null));
                    return;
                }
                if (n == 0) {
                    continue;
                }
                Bytes data = Bytes.of(buf, 0, n);
                synchronized (this) {
                    inFlight++;
                }
                owner.post(() -> owner.pipeData(this, data));
            }
        } catch (IOException e) {
            owner.post(() -> owner.pipeEof(this, e));
        } catch (IllegalStateException closedLoop) {
            // the lab closed while the child still wrote: nobody is left to read it
        } finally {
            try {
                in.close();
            } catch (IOException ignored) {
                // closing a pipe the child may have closed first
            }
        }
    }

    /** Waits until another chunk may be read; false once stopped. */
    private synchronized boolean awaitRoom() {
        try {
            while (!stopped && (paused || inFlight >= IN_FLIGHT)) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !stopped;
    }

    /** The loop took one chunk. */
    synchronized void delivered() {
        inFlight--;
        notifyAll();
    }

    /** No more deliveries wanted: the thread drains nothing more and ends at its next read's return. */
    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    @Override
    public synchronized void pauseReading() {
        paused = true;
    }

    @Override
    public synchronized void resumeReading() {
        paused = false;
        notifyAll();
    }

    @Override
    public synchronized boolean isReading() {
        return !paused && !stopped;
    }
}
