package netlab.engine.net;

import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;

/**
 * The Unix domain socket channels of the loop's transport: NetLab's own over Java's UNIX sockets
 * under NIO ({@link UnixStreamChannel}: Netty's NIO domain channels close on the peer's EOF), the
 * native ones under epoll; each wants its own kind of address.
 */
public final class DomainSockets {
    /** sun_path holds 108 bytes on Linux, the last one the terminating NUL. */
    public static final int MAX_PATH_BYTES = 107;

    private DomainSockets() {
    }

    public static Class<? extends ServerChannel> serverChannel(NettyTransport transport) {
        return isEpoll(transport) ? EpollServerDomainSocketChannel.class : UnixServerChannel.class;
    }

    public static Class<? extends io.netty.channel.Channel> channel(NettyTransport transport) {
        return isEpoll(transport) ? EpollDomainSocketChannel.class : UnixStreamChannel.class;
    }

    public static SocketAddress address(NettyTransport transport, Path path) {
        return isEpoll(transport) ? new DomainSocketAddress(path.toString()) : UnixDomainSocketAddress.of(path);
    }

    /** The path's length as the kernel counts it (bytes, not characters). */
    public static int pathBytes(Path path) {
        return path.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static boolean isEpoll(NettyTransport transport) {
        return transport.name().equals("epoll");
    }
}
