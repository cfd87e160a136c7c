package netlab.engine.net;

import java.io.IOException;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.unix.Errors;

/**
 * A write sent straight from its array while a TCP channel on epoll has nothing queued: what the
 * kernel takes at once needs no copy into a direct buffer first (docs/performance.md, "two servers
 * at a time"), and what it does not take goes Netty's way after it, so the order on the wire is
 * the order of the writes. An error is told as Netty's own write would have told it.
 */
public final class ArraySends {
    /** {@code -Dnetlab.arraySends=false} leaves every write to Netty (for comparisons). */
    private static final boolean ENABLED = !"false".equals(System.getProperty("netlab.arraySends"));

    private ArraySends() {
    }

    /**
     * How many of the {@code length} bytes at {@code offset} the kernel took from the array now;
     * 0 when the channel's own path must send them all (another transport, data queued, or the
     * socket full); below 0, the send failed and {@link #error} says how.
     */
    public static long trySend(Channel channel, byte[] array, int offset, int length) {
        if (!ENABLED || !(channel instanceof EpollSocketChannel epoll) || !SocketCalls.available()) {
            return 0;
        }
        ChannelOutboundBuffer queued = channel.unsafe().outboundBuffer();
        if (queued == null || !queued.isEmpty() || queued.totalPendingWriteBytes() != 0) {
            return 0;
        }
        return SocketCalls.send(epoll.fd().intValue(), array, offset, length);
    }

    /** The error a failed {@link #trySend} stands for, worded as Netty words a failed write. */
    public static IOException error(long failed) {
        if (failed >= 0) {
            throw new IllegalArgumentException("not a failed send: " + failed);
        }
        return Errors.newIOException("send", (int) failed);
    }
}
