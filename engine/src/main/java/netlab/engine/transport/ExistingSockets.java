package netlab.engine.transport;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.function.Supplier;

import io.netty.channel.Channel;
import io.netty.channel.socket.nio.NioSocketChannel;
import netlab.engine.event.Role;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.UnixStreamChannel;

/**
 * {@code create_connection(protocol_factory, sock=sock)}: a protocol and transport over a socket
 * that is already connected (one end of a socket pair, say). The socket is handed to the loop,
 * which owns it from then on. Needs the NIO transport: epoll cannot adopt a Java socket.
 */
public final class ExistingSockets {
    private ExistingSockets() {
    }

    public static <P extends Protocol> LoopFuture<Connected<P>> createConnection(EventLoop loop, Supplier<P> factory,
                                                                                SocketChannel sock, String endpoint, String label) {
        LoopFuture<Connected<P>> result = loop.createFuture();
        if (!loop.transport().adoptsJavaSockets()) {
            result.setException(new IllegalStateException("sock= needs the NIO transport, not " + loop.transport().name()));
            return result;
        }
        if (!sock.isConnected()) {
            result.setException(new IllegalArgumentException("the socket is not connected"));
            return result;
        }
        Channel channel;
        try {
            sock.configureBlocking(false);
            channel = sock.getLocalAddress() instanceof UnixDomainSocketAddress
                    ? new UnixStreamChannel(null, sock) : new NioSocketChannel(sock);
        } catch (IOException e) {
            result.setException(e);
            return result;
        }
        LoopFuture<Connected<Protocol>> connected = loop.createFuture();
        ConnectionSetup setup = new ConnectionSetup(loop, endpoint, Role.CLIENT, peer -> label, factory,
                WaterMarks.DEFAULT, new ConnectionGroup(endpoint), connected);
        setup.initChannel(channel);
        connected.addDoneCallback(c -> {
            if (c.exception() != null) {
                result.trySetException(c.exception());
            } else {
                @SuppressWarnings("unchecked")
                Connected<P> made = (Connected<P>) (Connected<?>) c.result();
                result.trySetResult(made);
            }
        });
        loop.netty().register(channel).addListener(f -> {
            if (!f.isSuccess()) {
                result.trySetException(f.cause());
            }
        });
        return result;
    }
}
