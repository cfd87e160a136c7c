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
 * Which Netty transport the loop uses: native epoll on Linux when it loads, else Java NIO.
 * {@code -Dnetlab.transport=nio} forces NIO.
 */
public record NettyTransport(String name, IoHandlerFactory ioHandlerFactory,
                             Class<? extends ServerChannel> serverChannel,
                             Class<? extends SocketChannel> socketChannel,
                             Class<? extends DatagramChannel> datagramChannel) {

    public static NettyTransport best() {
        String forced = System.getProperty("netlab.transport", "");
        if (!forced.equalsIgnoreCase("nio") && Epoll.isAvailable()) {
            return epoll();
        }
        return nio();
    }

    public static NettyTransport epoll() {
        return new NettyTransport("epoll", EpollIoHandler.newFactory(), EpollServerSocketChannel.class,
                EpollSocketChannel.class, EpollDatagramChannel.class);
    }

    public static NettyTransport nio() {
        return new NettyTransport("nio", NioIoHandler.newFactory(), NioServerSocketChannel.class,
                NioSocketChannel.class, NioDatagramChannel.class);
    }
}
