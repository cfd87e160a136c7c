package netlab.engine.transport;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.WriteBufferWaterMark;
import netlab.engine.errors.OSError;
import netlab.engine.errors.PyErrors;
import netlab.engine.event.EventKind;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import netlab.engine.tls.Tls;

/** {@code loop.create_server} and {@code loop.create_connection} for TCP, on the lab's one Netty loop. */
public final class TcpSockets {
    private TcpSockets() {
    }

    /**
     * Binds every address {@code host} resolves to (one port for all of them, even when the port
     * is 0) and serves each accepted connection with a new protocol from {@code factory}.
     * Loop thread only.
     */
    public static LoopFuture<Server> createServer(EventLoop loop, Supplier<? extends Protocol> factory, ServerOptions options) {
        return createServer(loop, factory, options, Role.SERVER, null);
    }

    /**
     * {@link #createServer(EventLoop, Supplier, ServerOptions)} for an endpoint that is not a
     * server of its own ({@code role}: a relay) and names its connections with {@code namer}
     * (null: the options' labeler).
     */
    public static LoopFuture<Server> createServer(EventLoop loop, Supplier<? extends Protocol> factory, ServerOptions options,
                                                  Role role, ConnectionNamer namer) {
        LoopFuture<Server> result = loop.createFuture();
        Origin origin = Origin.endpoint(options.endpoint(), role, options.endpoint());
        ConnectionGroup group = new ConnectionGroup(options.endpoint());
        group.limit(options.maxConnections());
        ConnectionSetup setup = new ConnectionSetup(loop, options.endpoint(), role, options.labeler(), factory,
                options.limits(), group, null, options.tls().map(Tls::server).orElse(null), namer, options.guests());
        Resolver.resolve(loop, options.address()).addDoneCallback(resolved -> {
            if (resolved.exception() != null) {
                result.setException(resolved.exception());
                return;
            }
            try {
                bindAll(loop, setup, options, resolved.result(), 0, options.address().port(), new ArrayList<>(), origin, result);
            } catch (RuntimeException | Error e) {
                // thrown before any bind (making the channel factory, say): the start ends with it
                result.trySetException(e);
            }
        });
        return result;
    }

    private static void bindAll(EventLoop loop, ConnectionSetup setup, ServerOptions options, List<InetSocketAddress> addresses,
                                int index, int port, List<Channel> bound, Origin origin, LoopFuture<Server> result) {
        if (index == addresses.size()) {
            Server server = new Server(loop, origin, bound, setup.group());
            for (Address addr : server.sockets()) {
                loop.events().publish(origin, EventKind.LISTENING, null, netlab.engine.event.EventTexts.listening(addr), null, -1, 0, null);
            }
            result.setResult(server);
            return;
        }
        InetSocketAddress target = new InetSocketAddress(addresses.get(index).getAddress(), port);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(loop.netty())
                .channelFactory(serverChannels(loop, target))
                .option(ChannelOption.SO_BACKLOG, options.backlog())
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, waterMark(options.limits()))
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        setup.initChannel(ch);
                    }
                });
        bootstrap.bind(target).addListener((ChannelFuture f) -> {
            // Netty only logs what a listener throws: anything thrown here must still end the start
            try {
                if (!f.isSuccess()) {
                    bound.forEach(Channel::close);
                    result.trySetException(PyErrors.translate(f.cause(), HostPort.of(target).pyRepr()));
                    return;
                }
                bound.add(f.channel());
                loop.io().watchChannel(f.channel(), "listening", origin);
                int boundPort = ((InetSocketAddress) f.channel().localAddress()).getPort();
                bindAll(loop, setup, options, addresses, index + 1, boundPort, bound, origin, result);
            } catch (RuntimeException | Error e) {
                bound.forEach(Channel::close);
                if (f.isSuccess()) {
                    f.channel().close();
                }
                result.trySetException(e);
            }
        });
    }

    /**
     * 0.0.0.0 is every IPv4 interface, as in asyncio; the JDK's default dual-stack socket would
     * bind it as :: and take IPv6 connections too, more than was asked for. So it gets an IPv4 socket.
     */
    private static io.netty.channel.ChannelFactory<? extends io.netty.channel.ServerChannel> serverChannels(EventLoop loop,
                                                                                                          InetSocketAddress target) {
        boolean anyIpv4 = target.getAddress() instanceof java.net.Inet4Address && target.getAddress().isAnyLocalAddress();
        if (anyIpv4 && loop.transport().serverChannel() == io.netty.channel.socket.nio.NioServerSocketChannel.class) {
            return () -> new io.netty.channel.socket.nio.NioServerSocketChannel(
                    java.nio.channels.spi.SelectorProvider.provider(), io.netty.channel.socket.SocketProtocolFamily.INET);
        }
        if (anyIpv4 && loop.transport().serverChannel() == io.netty.channel.epoll.EpollServerSocketChannel.class) {
            return () -> new io.netty.channel.epoll.EpollServerSocketChannel(io.netty.channel.socket.SocketProtocolFamily.INET);
        }
        return new io.netty.channel.ReflectiveChannelFactory<>(loop.transport().serverChannel());
    }

    /**
     * Resolves {@code host}, then tries each address in turn until one connects; done once the
     * protocol's {@code connection_made} has run. Loop thread only.
     */
    public static <P extends Protocol> LoopFuture<Connected<P>> createConnection(EventLoop loop, Supplier<P> factory,
                                                                                ConnectOptions options) {
        return createConnection(loop, factory, options, null);
    }

    /** {@link #createConnection(EventLoop, Supplier, ConnectOptions)} with the connection named by {@code namer} (null: as a client). */
    public static <P extends Protocol> LoopFuture<Connected<P>> createConnection(EventLoop loop, Supplier<P> factory,
                                                                                ConnectOptions options, ConnectionNamer namer) {
        LoopFuture<Connected<P>> result = loop.createFuture();
        Resolver.resolve(loop, options.target()).addDoneCallback(resolved -> {
            if (result.done()) {
                return; // cancelled while the name was being resolved
            }
            if (resolved.exception() != null) {
                result.setException(resolved.exception());
                return;
            }
            tryConnect(loop, factory, options, namer, resolved.result(), 0, new ArrayList<>(), result);
        });
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <P extends Protocol> void tryConnect(EventLoop loop, Supplier<P> factory, ConnectOptions options,
                                                        ConnectionNamer namer, List<InetSocketAddress> addresses, int index,
                                                        List<RuntimeException> failures, LoopFuture<Connected<P>> result) {
        if (result.done()) {
            return; // cancelled: try no further address
        }
        if (index == addresses.size()) {
            result.setException(failures.size() == 1 ? failures.get(0)
                    : new OSError(0, "Multiple exceptions: " + failures.stream().map(Object::toString).toList()));
            return;
        }
        InetSocketAddress target = addresses.get(index);
        LoopFuture<Connected<Protocol>> connected = loop.createFuture();
        ConnectionGroup group = new ConnectionGroup(options.endpoint());
        ConnectionSetup setup = new ConnectionSetup(loop, options.endpoint(), Role.CLIENT, peer -> options.label(),
                factory, options.limits(), group, connected,
                options.tls().map(tls -> Tls.client(tls, options.target().host(), options.target().port())).orElse(null), namer);
        connected.addDoneCallback(c -> {
            if (c.exception() != null) {
                result.trySetException(c.exception());
            } else if (!result.trySetResult((Connected<P>) (Connected<?>) c.result())) {
                // cancelled while connecting: as in asyncio, what the call opened is closed
                c.result().transport().abort();
            }
        });
        ChannelFuture attempt = new Bootstrap()
                .group(loop.netty())
                .channel(loop.transport().socketChannel())
                .option(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, options.timeout().toMillis()))
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, waterMark(options.limits()))
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        setup.initChannel(ch);
                    }
                })
                .connect(target, options.source().map(a -> new InetSocketAddress(a.host(), a.port())).orElse(null));
        attempt.addListener((ChannelFuture f) -> {
            if (!f.isSuccess()) {
                failures.add(PyErrors.translate(f.cause(), HostPort.of(target).pyRepr()));
                tryConnect(loop, factory, options, namer, addresses, index + 1, failures, result);
            }
        });
        result.addDoneCallback(r -> {
            if (r.cancelled() && !attempt.isDone()) {
                attempt.channel().close(); // a connect still under way is given up
            }
        });
    }

    private static WriteBufferWaterMark waterMark(WaterMarks limits) {
        return new WriteBufferWaterMark(limits.low(), Math.max(limits.high(), 1));
    }
}
