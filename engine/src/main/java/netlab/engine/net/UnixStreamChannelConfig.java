package netlab.engine.net;

import java.io.IOException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.util.Map;

import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelException;
import io.netty.channel.ChannelOption;
import io.netty.channel.DefaultChannelConfig;
import io.netty.channel.MessageSizeEstimator;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.SocketChannelConfig;

/**
 * The config of a {@link UnixStreamChannel}. It is a {@link SocketChannelConfig} because that is
 * the type Netty's NIO read loop checks before it honours {@code ALLOW_HALF_CLOSURE}; the options
 * a Unix domain socket has (half-closure, SO_SNDBUF, SO_RCVBUF, SO_LINGER) work, and the TCP/IP
 * ones (TCP_NODELAY, SO_KEEPALIVE, IP_TOS, SO_REUSEADDR) read as off and refuse to be set.
 */
public final class UnixStreamChannelConfig extends DefaultChannelConfig implements SocketChannelConfig {
    private final UnixStreamChannel owner;
    private final SocketChannel socket;
    private volatile boolean allowHalfClosure;

    UnixStreamChannelConfig(UnixStreamChannel owner, SocketChannel socket) {
        super(owner);
        this.owner = owner;
        this.socket = socket;
    }

    @Override
    protected void autoReadCleared() {
        owner.readPendingCleared();
    }

    // ---- what a Unix domain socket has ----

    @Override
    public boolean isAllowHalfClosure() {
        return allowHalfClosure;
    }

    @Override
    public UnixStreamChannelConfig setAllowHalfClosure(boolean allow) {
        this.allowHalfClosure = allow;
        return this;
    }

    @Override
    public int getSendBufferSize() {
        return get(StandardSocketOptions.SO_SNDBUF);
    }

    @Override
    public UnixStreamChannelConfig setSendBufferSize(int size) {
        set(StandardSocketOptions.SO_SNDBUF, size);
        return this;
    }

    @Override
    public int getReceiveBufferSize() {
        return get(StandardSocketOptions.SO_RCVBUF);
    }

    @Override
    public UnixStreamChannelConfig setReceiveBufferSize(int size) {
        set(StandardSocketOptions.SO_RCVBUF, size);
        return this;
    }

    @Override
    public int getSoLinger() {
        return get(StandardSocketOptions.SO_LINGER);
    }

    @Override
    public UnixStreamChannelConfig setSoLinger(int seconds) {
        set(StandardSocketOptions.SO_LINGER, seconds);
        return this;
    }

    private int get(SocketOption<Integer> option) {
        try {
            return socket.getOption(option);
        } catch (IOException e) {
            throw new ChannelException(e);
        }
    }

    private void set(SocketOption<Integer> option, int value) {
        try {
            socket.setOption(option, value);
        } catch (IOException e) {
            throw new ChannelException(e);
        }
    }

    @Override
    public Map<ChannelOption<?>, Object> getOptions() {
        return getOptions(super.getOptions(), ChannelOption.ALLOW_HALF_CLOSURE, ChannelOption.SO_SNDBUF,
                ChannelOption.SO_RCVBUF, ChannelOption.SO_LINGER);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getOption(ChannelOption<T> option) {
        if (option == ChannelOption.ALLOW_HALF_CLOSURE) {
            return (T) Boolean.valueOf(isAllowHalfClosure());
        }
        if (option == ChannelOption.SO_SNDBUF) {
            return (T) Integer.valueOf(getSendBufferSize());
        }
        if (option == ChannelOption.SO_RCVBUF) {
            return (T) Integer.valueOf(getReceiveBufferSize());
        }
        if (option == ChannelOption.SO_LINGER) {
            return (T) Integer.valueOf(getSoLinger());
        }
        return super.getOption(option);
    }

    @Override
    public <T> boolean setOption(ChannelOption<T> option, T value) {
        validate(option, value);
        if (option == ChannelOption.ALLOW_HALF_CLOSURE) {
            setAllowHalfClosure((Boolean) value);
        } else if (option == ChannelOption.SO_SNDBUF) {
            setSendBufferSize((Integer) value);
        } else if (option == ChannelOption.SO_RCVBUF) {
            setReceiveBufferSize((Integer) value);
        } else if (option == ChannelOption.SO_LINGER) {
            setSoLinger((Integer) value);
        } else {
            return super.setOption(option, value);
        }
        return true;
    }

    // ---- TCP/IP only: off, and not to be set ----

    private static UnsupportedOperationException notUnix(String option) {
        return new UnsupportedOperationException(option + " is a TCP/IP option; a Unix domain socket has none");
    }

    @Override
    public boolean isTcpNoDelay() {
        return false;
    }

    @Override
    public UnixStreamChannelConfig setTcpNoDelay(boolean on) {
        throw notUnix("TCP_NODELAY");
    }

    @Override
    public boolean isKeepAlive() {
        return false;
    }

    @Override
    public UnixStreamChannelConfig setKeepAlive(boolean on) {
        throw notUnix("SO_KEEPALIVE");
    }

    @Override
    public int getTrafficClass() {
        return 0;
    }

    @Override
    public UnixStreamChannelConfig setTrafficClass(int trafficClass) {
        throw notUnix("IP_TOS");
    }

    @Override
    public boolean isReuseAddress() {
        return false;
    }

    @Override
    public UnixStreamChannelConfig setReuseAddress(boolean on) {
        throw notUnix("SO_REUSEADDR");
    }

    @Override
    public UnixStreamChannelConfig setPerformancePreferences(int connectionTime, int latency, int bandwidth) {
        throw notUnix("performance preferences");
    }

    // ---- the common ones, with this type ----

    @Override
    public UnixStreamChannelConfig setConnectTimeoutMillis(int millis) {
        super.setConnectTimeoutMillis(millis);
        return this;
    }

    @Override
    @Deprecated
    public UnixStreamChannelConfig setMaxMessagesPerRead(int max) {
        super.setMaxMessagesPerRead(max);
        return this;
    }

    @Override
    public UnixStreamChannelConfig setWriteSpinCount(int count) {
        super.setWriteSpinCount(count);
        return this;
    }

    @Override
    public UnixStreamChannelConfig setAllocator(ByteBufAllocator allocator) {
        super.setAllocator(allocator);
        return this;
    }

    @Override
    public UnixStreamChannelConfig setRecvByteBufAllocator(RecvByteBufAllocator allocator) {
        super.setRecvByteBufAllocator(allocator);
        return this;
    }

    @Override
    public UnixStreamChannelConfig setAutoRead(boolean autoRead) {
        super.setAutoRead(autoRead);
        return this;
    }

    @Override
    public UnixStreamChannelConfig setAutoClose(boolean autoClose) {
        super.setAutoClose(autoClose);
        return this;
    }

    @Override
    public UnixStreamChannelConfig setMessageSizeEstimator(MessageSizeEstimator estimator) {
        super.setMessageSizeEstimator(estimator);
        return this;
    }

    @Override
    public UnixStreamChannelConfig setWriteBufferWaterMark(WriteBufferWaterMark waterMark) {
        super.setWriteBufferWaterMark(waterMark);
        return this;
    }
}
