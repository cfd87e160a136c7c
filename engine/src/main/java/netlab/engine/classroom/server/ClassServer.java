package netlab.engine.classroom.server;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleStateHandler;
import netlab.engine.classroom.ClassEvent;
import netlab.engine.classroom.ClassSession;
import netlab.engine.net.Hosts;

/**
 * The class server (issue 14): Netty's HTTP and WebSocket codecs on a loop thread of its own,
 * serving the student page and one WebSocket per student to a {@link ClassSession}. It listens on
 * the interface chosen (loopback by default; {@link #beyondThisMachine()} says when not) and stops
 * with the session: when the session ends, its pages are told and closed and the listening socket
 * is closed, so nothing is left listening.
 */
public final class ClassServer implements AutoCloseable {
    private final ClassSession session;
    private final ClassServerOptions options;
    private final EventLoopGroup group;
    private final ChannelGroup channels;
    private final ClassRoom room;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private Channel listening;
    private AutoCloseable subscription;

    private ClassServer(ClassSession session, ClassServerOptions options) {
        this.session = session;
        this.options = options;
        this.group = new MultiThreadIoEventLoopGroup(1, r -> {
            Thread t = new Thread(r, "netlab-class-server");
            t.setDaemon(true);
            return t;
        }, NioIoHandler.newFactory());
        this.channels = new DefaultChannelGroup("class-connections", group.next());
        this.room = new ClassRoom(group.next());
    }

    /** Starts listening; completes with the server, or with why it could not (the port is taken, say). */
    public static CompletableFuture<ClassServer> start(ClassSession session, ClassServerOptions options, StudentPage page) {
        ClassServer server = new ClassServer(session, options);
        session.connections().caps(options.studentCaps());
        return server.bind(page);
    }

    private CompletableFuture<ClassServer> bind(StudentPage page) {
        WrongCodes wrongCodes = new WrongCodes(options.wrongCodesPerMinute());
        CompletableFuture<ClassServer> started = new CompletableFuture<>();
        ServerBootstrap b = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (channels.size() >= options.maxConnections()) {
                            session.notice(netlab.engine.classroom.ClassNotice.TOO_MANY_CONNECTIONS, String.valueOf(options.maxConnections()));
                            ch.close();
                            return;
                        }
                        channels.add(ch);
                        long idle = options.idleTimeout().toMillis();
                        ch.pipeline()
                                .addLast(new IdleStateHandler(idle, idle / 3, 0, TimeUnit.MILLISECONDS))
                                .addLast(new HttpServerCodec(4096, 8192, 8192))
                                .addLast(new HttpObjectAggregator(8192))
                                .addLast(new PageHandler(session, page, wrongCodes,
                                        address -> session.notice(netlab.engine.classroom.ClassNotice.WRONG_CODE, String.valueOf(address))))
                                .addLast(new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                                        .websocketPath(PageHandler.WEBSOCKET_PATH)
                                        .checkStartsWith(true)
                                        .handleCloseFrames(false) // StudentSocket answers them: see Closing
                                        .decoderConfig(WebSocketDecoderConfig.newBuilder()
                                                .maxFramePayloadLength(options.maxFrameBytes())
                                                .closeOnProtocolViolation(true)
                                                .build())
                                        .build()))
                                .addLast(new WebSocketFrameAggregator(options.maxFrameBytes()))
                                .addLast(new StudentSocket(session, options, room));
                    }
                });
        b.bind(Hosts.unbracket(options.host()), options.port()).addListener(f -> {
            if (f.isSuccess()) {
                listening = ((io.netty.channel.ChannelFuture) f).channel();
                try {
                    subscription = session.subscribe(this::on);
                } catch (RuntimeException e) {
                    stop();
                    started.completeExceptionally(e);
                    return;
                }
                started.complete(this);
            } else {
                group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
                started.completeExceptionally(f.cause());
            }
        });
        return started;
    }

    private void on(ClassEvent e) {
        room.on(e);
        if (e instanceof ClassEvent.Ended) {
            stop();
        }
    }

    /** Where it listens. */
    public InetSocketAddress address() {
        return (InetSocketAddress) listening.localAddress();
    }

    /** Whether students beyond this machine can reach it (it does not listen on loopback only). */
    public boolean beyondThisMachine() {
        InetAddress a = address().getAddress();
        return !a.isLoopbackAddress();
    }

    /**
     * The addresses students open, best first: the interface chosen, or for all interfaces
     * each address of this machine's interfaces that are up (IPv4 first); loopback last.
     */
    public List<String> urls() {
        InetSocketAddress at = address();
        List<String> out = new ArrayList<>();
        if (at.getAddress().isAnyLocalAddress()) {
            List<InetAddress> found = new ArrayList<>();
            try {
                for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    if (nif.isUp() && !nif.isLoopback()) {
                        for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                            if (!a.isLinkLocalAddress() && (a instanceof Inet4Address || at.getAddress() instanceof Inet6Address)) {
                                found.add(a);
                            }
                        }
                    }
                }
            } catch (SocketException e) {
                // no list of interfaces: loopback is still there
            }
            found.sort((x, y) -> Boolean.compare(x instanceof Inet6Address, y instanceof Inet6Address));
            found.forEach(a -> out.add(url(a, at.getPort())));
            out.add(url(InetAddress.getLoopbackAddress(), at.getPort()));
        } else {
            out.add(url(at.getAddress(), at.getPort()));
        }
        return out;
    }

    /** The first of {@link #urls()}: what the projector shows. */
    public String url() {
        return urls().get(0);
    }

    /** {@link #url()} with the code after {@code #}: the page fills it in (the QR code says this). */
    public String joinUrl() {
        return url() + "#" + session.code().value();
    }

    private static String url(InetAddress a, int port) {
        String host = Hosts.format(a);
        return "http://" + (a instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port + "/";
    }

    /** Students' pages connected now. */
    public int studentsConnected() {
        return room.size();
    }

    /** Closes every connection and the listening socket; completes when the server's thread has ended. */
    public CompletableFuture<Void> stop() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // removing a listener does not fail
            }
        }
        if (listening != null) {
            listening.close();
        }
        channels.close().addListener(f -> group.shutdownGracefully(0, 2, TimeUnit.SECONDS)
                .addListener(g -> stopped.complete(null)));
        return stopped.copy();
    }

    /** Completes when the server has stopped (by {@link #stop()} or with its session). */
    public CompletableFuture<Void> stopped() {
        return stopped.copy();
    }

    @Override
    public void close() {
        stop().join();
    }
}
