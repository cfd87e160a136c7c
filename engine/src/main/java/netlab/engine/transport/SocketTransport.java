package netlab.engine.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.ssl.SslHandler;
import netlab.engine.bytes.Bytes;
import netlab.engine.errors.Errno;
import netlab.engine.errors.OSError;
import netlab.engine.errors.PyException;
import netlab.engine.tls.Tls;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.Origin;
import netlab.engine.loop.EventLoop;
import netlab.engine.net.Address;
import netlab.engine.net.ArraySends;

/**
 * A {@link Transport} over a Netty stream channel. As in asyncio, {@code close} and
 * {@code write_eof} wait for the buffered bytes to be sent; {@code abort} does not.
 */
final class SocketTransport implements Transport {
    /**
     * The most a connection may hold in its write buffer. A protocol that honours pause_writing
     * (every seed's server does, through drain) stays near the high water mark; one that ignores
     * it, writing to a peer that does not read, would fill memory. Past the cap the connection is
     * aborted with OSError ENOBUFS and a {@link EventKind#LIMIT_REACHED} event. It equals the
     * largest message a lab client may send at once, so no lab client is ever stopped by it.
     */
    static final long MAX_WRITE_BUFFER = 64L * 1024 * 1024;

    private final EventLoop loop;
    private final EventStream events;
    private final Channel channel;
    private final Origin origin;
    private final Address peer;
    private final Address local;
    private WaterMarks limits;
    private long sentOffset;
    private boolean closing;
    private boolean eofWritten;
    private boolean reading = true;
    private long droppedWrites;
    private boolean inWrite;
    private Runnable afterWrite = () -> { };
    private Runnable afterResume = () -> { };
    private java.util.function.Consumer<Throwable> onFatal;
    private long capHits;
    private final SslHandler ssl;

    SocketTransport(EventLoop loop, Channel channel, Origin origin, Address local, Address peer, WaterMarks limits) {
        this.loop = loop;
        this.events = loop.events();
        this.channel = channel;
        this.origin = origin;
        this.local = local;
        this.peer = peer;
        this.ssl = channel.pipeline().get(SslHandler.class);
        this.onFatal = cause -> channel.close();
        this.limits = limits;
        channel.config().setWriteBufferWaterMark(new WriteBufferWaterMark(limits.low(), Math.max(limits.high(), 1)));
    }

    boolean isTls() {
        return ssl != null;
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
                events.publish(origin, EventKind.ERROR, null, netlab.engine.event.LabSentences.WRITE_CLOSING.say(data.size()), data, sentOffset, data.size(), null);
            }
            return;
        }
        long buffered = getWriteBufferSize();
        if (buffered + data.size() > MAX_WRITE_BUFFER) {
            overCap(buffered, data.size());
            return;
        }
        events.publish(origin, EventKind.DATA_SENT, null, null, data, sentOffset, data.size(), null);
        sentOffset += data.size();
        // Netty counts the bytes as buffered before it tries to send them; asyncio sends first and
        // pauses the protocol only for what the kernel did not take. So writability is settled
        // after the flush, not while it runs.
        inWrite = true;
        try {
            byte[] array = data.unsafeBackingArray();
            long sent = ssl == null ? ArraySends.trySend(channel, array, data.unsafeOffset(), data.size()) : 0;
            if (sent < 0) {
                onFatal.accept(ArraySends.error(sent)); // as a failed write through Netty: reported, then closed
            } else if (sent < data.size()) {
                // copied once into the kind of buffer the socket writes from (a heap buffer would be copied again)
                int rest = data.size() - (int) sent;
                ByteBuf out = channel.alloc().ioBuffer(rest);
                out.writeBytes(array, data.unsafeOffset() + (int) sent, rest);
                channel.writeAndFlush(out, channel.voidPromise());
            }
        } finally {
            inWrite = false;
        }
        afterWrite.run();
    }

    private void overCap(long buffered, int more) {
        closing = true;
        events.publish(origin, EventKind.LIMIT_REACHED, "netlab", netlab.engine.event.LabSentences.WRITE_BUFFER.say(buffered, more, MAX_WRITE_BUFFER),
                null, ++capHits, MAX_WRITE_BUFFER, null);
        onFatal.accept(new OSError(Errno.ENOBUFS, "No buffer space available: the write buffer passed "
                + MAX_WRITE_BUFFER + " bytes"));
    }

    /** What to do when the transport itself must end the connection with an error (the handler reports it). */
    void onFatal(java.util.function.Consumer<Throwable> action) {
        this.onFatal = action;
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
        if (ssl != null) {
            throw new PyException("NotImplementedError", "a TLS connection cannot half-close: can_write_eof() is False");
        }
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
        return ssl == null && channel instanceof DuplexChannel;
    }

    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        if (channel.isActive()) {
            events.publish(origin, EventKind.CLOSE_CALLED, null, null, null, -1, getWriteBufferSize(), null);
        }
        channel.config().setAutoRead(false);
        if (loop.inLoop() && !loop.isClosed()) {
            // asyncio's close() only schedules connection_lost (call_soon): what the protocol
            // scheduled before closing (in eof_received, say) runs first
            loop.callSoon("_call_connection_lost", this::closeWhenWritten);
        } else {
            closeWhenWritten();
        }
    }

    /** Closes the channel once what was written before is out. */
    private void closeWhenWritten() {
        channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void abort() {
        if (channel.isActive()) {
            events.publish(origin, EventKind.ABORT_CALLED, null, null, null, -1, getWriteBufferSize(), null);
        }
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
        events.publish(origin, EventKind.WRITE_BUFFER_LIMITS, null, null, null, limits.low(), limits.high(), null);
        afterWrite.run(); // new marks may pause or resume the protocol at once, as in asyncio
    }

    @Override
    public void pauseReading() {
        pauseReading(0);
    }

    /** pause_reading on behalf of a stream reader holding {@code buffered} bytes (for the event). */
    public void pauseReading(long buffered) {
        if (!reading || closing) {
            return;
        }
        reading = false;
        events.publish(origin, EventKind.PAUSE_READING, null, null, null, -1, buffered, null);
        channel.config().setAutoRead(false);
    }

    @Override
    public void resumeReading() {
        resumeReading(0);
    }

    public void resumeReading(long buffered) {
        if (closing || reading) {
            return;
        }
        reading = true;
        events.publish(origin, EventKind.RESUME_READING, null, null, null, -1, buffered, null);
        channel.config().setAutoRead(true);
        afterResume.run();
    }

    /** Runs after each resume_reading (the handler delivers what arrived while paused). */
    void afterResume(Runnable action) {
        this.afterResume = action;
    }

    /** Paused by pause_reading, and not closing. */
    boolean readingPaused() {
        return !reading && !closing;
    }

    @Override
    public boolean isReading() {
        return reading && !closing;
    }

    @Override
    public Address peername() {
        return peer;
    }

    @Override
    public Address sockname() {
        return local;
    }

    @Override
    public Object getExtraInfo(String name) {
        return switch (name) {
            case "peername" -> peer;
            case "sockname" -> local;
            case "socket" -> channel;
            case "sslcontext" -> ssl == null ? null : ssl.engine().getSSLParameters();
            case "ssl_object" -> ssl == null ? null : ssl.engine().getSession();
            case "peercert" -> ssl == null ? null : Tls.peerCertificate(ssl.engine().getSession());
            case "cipher" -> ssl == null ? null : java.util.List.of(ssl.engine().getSession().getCipherSuite(),
                    ssl.engine().getSession().getProtocol());
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
