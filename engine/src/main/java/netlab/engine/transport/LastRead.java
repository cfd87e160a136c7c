package netlab.engine.transport;

import java.util.concurrent.RejectedExecutionException;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import netlab.engine.bytes.Bytes;

/**
 * The buffer Netty read a connection's latest {@code data_received} bytes into, kept for a moment
 * so that writing those very bytes back (an echo: the stream echo's task in the next iteration, a
 * protocol's {@code data_received} at once) sends the buffer itself instead of copying the bytes
 * into a new one. The {@link Bytes} the protocol sees are still their own copy: this only saves the
 * copy on the way out.
 *
 * <p>Held only until the Netty task queue next runs (the loop's next iteration runs before it when
 * it was asked for first, as it is when the read woke a task; else the bytes are copied), a later read, or the connection's
 * end, whichever comes first: an idle connection never pins a read buffer. Whatever is written
 * without it is copied as before. Loop thread only.
 */
final class LastRead {
    private final Channel channel;
    private final Runnable queuedRelease = () -> {
        releaseQueued = false;
        release();
    };
    private boolean releaseQueued;
    private Bytes bytes;
    private ByteBuf buffer;

    LastRead(Channel channel) {
        this.channel = channel;
    }

    /** Keeps {@code buffer} (owned from now on, released here) as the source of {@code bytes}. */
    void keep(Bytes bytes, ByteBuf buffer) {
        release();
        this.bytes = bytes;
        this.buffer = buffer;
    }

    /**
     * Releases the kept buffer when Netty next runs its tasks: after data_received, so that the
     * loop iteration its bytes woke (asked for during data_received) runs first.
     */
    void releaseSoon() {
        if (buffer == null || releaseQueued) {
            return;
        }
        releaseQueued = true;
        try {
            channel.eventLoop().execute(queuedRelease);
        } catch (RejectedExecutionException e) {
            releaseQueued = false;
            release(); // the loop is shutting down
        }
    }

    /** The kept buffer if {@code data} is the very bytes it was read as (handed over: the caller writes it), else null. */
    ByteBuf take(Bytes data) {
        if (data != bytes || buffer == null || !channel.eventLoop().inEventLoop()) {
            return null;
        }
        ByteBuf out = buffer;
        buffer = null;
        bytes = null;
        return out;
    }

    void release() {
        ByteBuf b = buffer;
        buffer = null;
        bytes = null;
        if (b != null) {
            b.release();
        }
    }
}
