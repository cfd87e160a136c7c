package netlab.engine.net;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/**
 * Which Netty transport the loop uses: native epoll where it loads (Linux), else Java NIO;
 * {@code -Dnetlab.transport=nio} asks for NIO.
 *
 * <p>Netty 4.2.18's epoll transport is mended here to keep asyncio's semantics: an fd that left
 * epoll when its interest set emptied is put back instead of failing with ENOENT
 * ({@link ReaddingEpollIoHandler}); data and EOF it reads while reading is paused wait for
 * resume_reading; an EOF that comes with data waits for the next iteration (see
 * HalfCloseThenBigReplyTest, SlowPeerTest; the transport tests run on both). A program that
 * hands the loop a Java socket ({@code add_reader}, {@code sock=}: the socketpair experiment) runs
 * on a NIO loop of its own ({@link #adoptsJavaSockets}).
 */
public record NettyTransport(String name, IoHandlerFactory ioHandlerFactory,
                             Class<? extends ServerChannel> serverChannel,
                             Class<? extends SocketChannel> socketChannel,
                             Class<? extends DatagramChannel> datagramChannel) {

    public static NettyTransport best() {
        String chosen = System.getProperty("netlab.transport", "epoll");
        if (chosen.equalsIgnoreCase("epoll") && Epoll.isAvailable()) {
            return epoll();
        }
        return nio();
    }

    /** Whether a Java socket can be handed to this transport's loop (add_reader, sock=): NIO only. */
    public boolean adoptsJavaSockets() {
        return name.equals("nio");
    }

    public static NettyTransport epoll() {
        return new NettyTransport("epoll", ReaddingEpollIoHandler.usable() ? ReaddingEpollIoHandler.newFactory() : EpollIoHandler.newFactory(), EpollServerSocketChannel.class,
                EpollSocketChannel.class, EpollDatagramChannel.class);
    }

    public static NettyTransport nio() {
        // Netty swaps the selector's set of ready keys for an array whose contains() scans it,
        // and the JDK calls contains() once per ready key: with thousands of connections ready at
        // once, each select costs O(n^2). The JDK's own hash set is O(1). (Measured: 5,000
        // ping-pong connections, a third of the requests/s with the swap.)
        if (System.getProperty("io.netty.noKeySetOptimization") == null) {
            System.setProperty("io.netty.noKeySetOptimization", "true");
        }
        return new NettyTransport("nio", NioIoHandler.newFactory(), NioServerSocketChannel.class,
                NioSocketChannel.class, NioDatagramChannel.class);
    }
}
