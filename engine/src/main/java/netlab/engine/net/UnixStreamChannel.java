package netlab.engine.net;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelException;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelPromise;
import io.netty.channel.FileRegion;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.channel.nio.AbstractNioByteChannel;
import io.netty.channel.socket.DuplexChannel;

/**
 * A Unix domain stream socket on the NIO loop that honours half-closure, as TCP does.
 *
 * <p>Why not Netty's own {@code NioDomainSocketChannel} (4.2.18): when a read returns EOF,
 * {@code AbstractNioByteChannel.NioByteUnsafe.closeOnRead} keeps the channel open only if
 * {@code isAllowHalfClosure(config)} says so, and that private check reads
 * {@code config instanceof SocketChannelConfig && isAllowHalfClosure()}. The domain socket's
 * config is only a {@code DuplexChannelConfig}, so its allowHalfClosure flag is never consulted:
 * the peer's {@code write_eof()} closes the whole connection, {@code eof_received} never runs and
 * a reply written after it is lost. This channel's config ({@link UnixStreamChannelConfig}) is a
 * {@code SocketChannelConfig}, so Netty's read loop shuts the input down and fires
 * {@code ChannelInputShutdownEvent} instead, exactly as for TCP.
 */
public final class UnixStreamChannel extends AbstractNioByteChannel implements DuplexChannel {
    private final UnixStreamChannelConfig config;
    private volatile boolean inputShutdown;
    private volatile boolean outputShutdown;

    /** A new, unconnected socket (what a client bootstrap makes). */
    public UnixStreamChannel() {
        this(null, open());
    }

    /** A socket already connected: accepted by {@code parent}, or one end of a socket pair. */
    public UnixStreamChannel(Channel parent, SocketChannel socket) {
        super(parent, socket);
        this.config = new UnixStreamChannelConfig(this, socket);
    }

    private static SocketChannel open() {
        try {
            return SocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (IOException e) {
            throw new ChannelException("cannot open a Unix domain socket", e);
        }
    }

    @Override
    public UnixStreamChannelConfig config() {
        return config;
    }

    @Override
    protected SocketChannel javaChannel() {
        return (SocketChannel) super.javaChannel();
    }

    @Override
    public boolean isActive() {
        SocketChannel ch = javaChannel();
        return ch.isOpen() && ch.isConnected();
    }

    // ---- half-closure ----

    @Override
    public boolean isInputShutdown() {
        return inputShutdown || !isActive();
    }

    @Override
    protected boolean isInputShutdown0() {
        return isInputShutdown();
    }

    @Override
    public boolean isOutputShutdown() {
        return outputShutdown || !isActive();
    }

    @Override
    public boolean isShutdown() {
        return (isInputShutdown() && isOutputShutdown()) || !isActive();
    }

    @Override
    public ChannelFuture shutdownInput() {
        return shutdownInput(newPromise());
    }

    @Override
    public ChannelFuture shutdownInput(ChannelPromise promise) {
        onLoop(() -> {
            try {
                javaChannel().shutdownInput();
                inputShutdown = true;
                promise.setSuccess();
            } catch (Throwable t) {
                promise.setFailure(t);
            }
        });
        return promise;
    }

    @Override
    public ChannelFuture shutdownOutput() {
        return shutdownOutput(newPromise());
    }

    /** Through the unsafe, as for TCP: it fails what is still queued and then calls {@link #doShutdownOutput()}. */
    @Override
    public ChannelFuture shutdownOutput(ChannelPromise promise) {
        onLoop(() -> ((AbstractUnsafe) unsafe()).shutdownOutput(promise));
        return promise;
    }

    @Override
    protected void doShutdownOutput() throws Exception {
        javaChannel().shutdownOutput();
        outputShutdown = true;
    }

    @Override
    public ChannelFuture shutdown() {
        return shutdown(newPromise());
    }

    @Override
    public ChannelFuture shutdown(ChannelPromise promise) {
        shutdownOutput().addListener(out -> shutdownInput().addListener(in -> {
            Throwable failed = out.cause() != null ? out.cause() : in.cause();
            if (failed != null) {
                promise.setFailure(failed);
            } else {
                promise.setSuccess();
            }
        }));
        return promise;
    }

    private void onLoop(Runnable r) {
        if (eventLoop().inEventLoop()) {
            r.run();
        } else {
            eventLoop().execute(r);
        }
    }

    // ---- addresses and connecting ----

    @Override
    protected SocketAddress localAddress0() {
        try {
            return javaChannel().getLocalAddress();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    protected SocketAddress remoteAddress0() {
        try {
            return javaChannel().getRemoteAddress();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    protected void doBind(SocketAddress localAddress) throws Exception {
        javaChannel().bind(localAddress);
    }

    @Override
    protected boolean doConnect(SocketAddress remoteAddress, SocketAddress localAddress) throws Exception {
        if (localAddress != null) {
            doBind(localAddress);
        }
        boolean ok = false;
        try {
            boolean connected = javaChannel().connect(remoteAddress);
            if (!connected) {
                selectionKey().interestOps(SelectionKey.OP_CONNECT);
            }
            ok = true;
            return connected;
        } finally {
            if (!ok) {
                doClose();
            }
        }
    }

    @Override
    protected void doFinishConnect() throws Exception {
        if (!javaChannel().finishConnect()) {
            throw new IllegalStateException("finishConnect() returned false on a selected connect");
        }
    }

    @Override
    protected void doDisconnect() throws Exception {
        doClose();
    }

    @Override
    protected void doClose() throws Exception {
        try {
            super.doClose();
        } finally {
            javaChannel().close();
        }
    }

    // ---- bytes ----

    @Override
    protected int doReadBytes(ByteBuf buf) throws Exception {
        RecvByteBufAllocator.Handle handle = unsafe().recvBufAllocHandle();
        handle.attemptedBytesRead(buf.writableBytes());
        return buf.writeBytes(javaChannel(), handle.attemptedBytesRead());
    }

    @Override
    protected int doWriteBytes(ByteBuf buf) throws Exception {
        return buf.readBytes(javaChannel(), buf.readableBytes());
    }

    @Override
    protected long doWriteFileRegion(FileRegion region) throws Exception {
        return region.transferTo(javaChannel(), region.transferred());
    }

    /** For the config: what Netty asks for when auto-read is switched off. */
    void readPendingCleared() {
        clearReadPending();
    }
}
