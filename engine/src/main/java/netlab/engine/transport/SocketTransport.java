package netlab.engine.transport;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.DuplexChannel;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.Origin;
import netlab.engine.loop.EventLoop;
import netlab.engine.net.SocketAddr;

/**
 * A {@link Transport} over a Netty stream channel. As in asyncio, {@code close} and
 * {@code write_eof} wait for the buffered bytes to be sent; {@code abort} does not.
 */
final class SocketTransport implements Transport {
    private final EventLoop loop;
    private final EventStream events;
    private final Channel channel;
    private final Origin origin;
    private final SocketAddr peer;
    private final SocketAddr local;
    private WaterMarks limits;
    private long sentOffset;
    private boolean closing;
    private boolean eofWritten;
    private boolean reading = true;
    private long droppedWrites;
    private boolean inWrite;
    private Runnable afterWrite = () -> { };

    SocketTransport(EventLoop loop, Channel channel, Origin origin, SocketAddr local, SocketAddr peer, WaterMarks limits) {
        this.loop = loop;
        this.events = loop.events();
        this.channel = channel;
        this.origin = origin;
        this.local = local;
        this.peer = peer;
        setWriteBufferLimits(limits);
    }

    @Override
    public void write(Bytes data) {
        if (eofWritten) {
            throw new IllegalStateException("Cannot call write() after write_eof()");
        }
        if (data.isEmpty()) {
            return;
        }
        if (closing || !channel.isActive()) {
            // asyncio ignores writes to a closing transport; the pane says so once
            if (droppedWrites++ == 0) {
                events.publish(origin, EventKind.ERROR, null, "write() on a closing transport: " + data.size()
                        + " bytes dropped", data, sentOffset, data.size(), null);
            }
            return;
        }
        events.publish(origin, EventKind.DATA_SENT, null, null, data, sentOffset, data.size(), null);
        sentOffset += data.size();
        // Netty counts the bytes as buffered before it tries to send them; asyncio sends first and
        // pauses the protocol only for what the kernel did not take. So writability is settled
        // after the flush, not while it runs.
        inWrite = true;
        try {
            channel.writeAndFlush(Unpooled.wrappedBuffer(data.unsafeBackingArray(), data.unsafeOffset(), data.size()),
                    channel.voidPromise());
        } finally {
            inWrite = false;
        }
        afterWrite.run();
    }

    /** True while {@link #write} hands bytes to Netty: writability changes then are not final. */
    boolean inWrite() {
        return inWrite;
    }

    /** What to run once a write was flushed as far as the kernel took it. */
    void afterWrite(Runnable action) {
        this.afterWrite = action;
    }

    @Override
    public void writeEof() {
        if (closing || eofWritten) {
            return;
        }
        eofWritten = true;
        events.publish(origin, EventKind.EOF_SENT, null, "write_eof()", null, sentOffset, 0, null);
        channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener((ChannelFutureListener) f -> {
            if (channel.isActive() && channel instanceof DuplexChannel duplex) {
                duplex.shutdownOutput();
            }
        });
    }

    @Override
    public boolean canWriteEof() {
        return channel instanceof DuplexChannel;
    }

    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        channel.config().setAutoRead(false);
        channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void abort() {
        closing = true;
        channel.close();
    }

    @Override
    public boolean isClosing() {
        return closing || !channel.isOpen();
    }

    @Override
    public long getWriteBufferSize() {
        ChannelOutboundBuffer buffer = channel.unsafe().outboundBuffer();
        return buffer == null ? 0 : buffer.totalPendingWriteBytes();
    }

    @Override
    public WaterMarks getWriteBufferLimits() {
        return limits;
    }

    @Override
    public void setWriteBufferLimits(WaterMarks limits) {
        this.limits = limits;
        channel.config().setWriteBufferWaterMark(new WriteBufferWaterMark(limits.low(), Math.max(limits.high(), 1)));
    }

    @Override
    public void pauseReading() {
        reading = false;
        channel.config().setAutoRead(false);
    }

    @Override
    public void resumeReading() {
        if (closing) {
            return;
        }
        reading = true;
        channel.config().setAutoRead(true);
    }

    @Override
    public boolean isReading() {
        return reading && !closing;
    }

    @Override
    public SocketAddr peername() {
        return peer;
    }

    @Override
    public SocketAddr sockname() {
        return local;
    }

    @Override
    public Object getExtraInfo(String name) {
        return switch (name) {
            case "peername" -> peer;
            case "sockname" -> local;
            case "socket" -> channel;
            default -> null;
        };
    }

    @Override
    public Origin origin() {
        return origin;
    }

    boolean channelWritable() {
        return channel.isWritable();
    }

    EventLoop loop() {
        return loop;
    }

    long sentOffset() {
        return sentOffset;
    }

    @Override
    public String toString() {
        return "<Transport " + origin.connection() + " " + local + " -> " + peer + (closing ? " closing" : "") + ">";
    }
}
