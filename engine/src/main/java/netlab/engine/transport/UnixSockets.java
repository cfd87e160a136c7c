package netlab.engine.transport;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.WriteBufferWaterMark;
import netlab.engine.errors.ConnectionRefusedError;
import netlab.engine.errors.Errno;
import netlab.engine.errors.FileNotFoundError;
import netlab.engine.errors.OSError;
import netlab.engine.errors.PermissionError;
import netlab.engine.errors.PyErrors;
import netlab.engine.event.EventKind;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.DomainSockets;

/**
 * {@code loop.create_unix_server} and {@code loop.create_unix_connection}: stream sockets over a
 * path in the file system, with the same protocols and transports as TCP (half-close included).
 *
 * <p>Before binding, the path is checked so that each mistake gets its own message: a missing
 * directory, a directory we may not write, a file that is not a socket, a socket another server
 * listens on. A stale socket file (its server died) is removed first, as asyncio does; unlike
 * asyncio, a socket that still has a listener is never taken away from it. The socket file is
 * removed when the server closes.
 */
public final class UnixSockets {
    /** S_IFMT and S_IFSOCK of st_mode. */
    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;

    private UnixSockets() {
    }

    public static LoopFuture<Server> createUnixServer(EventLoop loop, Supplier<? extends Protocol> factory, UnixServerOptions options) {
        return createUnixServer(loop, factory, options, Role.SERVER, null);
    }

    /** As {@link TcpSockets#createServer(EventLoop, Supplier, ServerOptions, Role, ConnectionNamer)}, on a socket path. */
    public static LoopFuture<Server> createUnixServer(EventLoop loop, Supplier<? extends Protocol> factory, UnixServerOptions options,
                                                      Role role, ConnectionNamer namer) {
        LoopFuture<Server> result = loop.createFuture();
        Path path = options.address().toPath();
        RuntimeException refused = checkBindable(path);
        if (refused != null) {
            result.setException(refused);
            return result;
        }
        Origin origin = Origin.endpoint(options.endpoint(), role, options.endpoint());
        ConnectionGroup group = new ConnectionGroup(options.endpoint());
        group.limit(options.maxConnections());
        ConnectionSetup setup = new ConnectionSetup(loop, options.endpoint(), role, options.labeler(), factory,
                options.limits(), group, null, null, namer);
        new ServerBootstrap()
                .group(loop.netty())
                .channel(DomainSockets.serverChannel(loop.transport()))
                .option(ChannelOption.SO_BACKLOG, options.backlog())
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, waterMark(options.limits()))
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        setup.initChannel(ch);
                    }
                })
                .bind(DomainSockets.address(loop.transport(), path))
                .addListener((ChannelFuture f) -> {
                    if (!f.isSuccess()) {
                        result.setException(PyErrors.translate(f.cause(), "'" + path + "'"));
                        return;
                    }
                    f.channel().closeFuture().addListener(c -> removeSocketFile(path));
                    Server server = new Server(loop, origin, List.of(f.channel()), group);
                    loop.io().watchChannel(f.channel(), "listening", origin);
                    loop.events().publish(origin, EventKind.LISTENING, null, netlab.engine.event.EventTexts.listening(options.address()),
                            null, -1, 0, null);
                    result.setResult(server);
                });
        return result;
    }

    public static <P extends Protocol> LoopFuture<Connected<P>> createUnixConnection(EventLoop loop, Supplier<P> factory,
                                                                                    UnixConnectOptions options) {
        return createUnixConnection(loop, factory, options, null);
    }

    /** {@link #createUnixConnection(EventLoop, Supplier, UnixConnectOptions)} with the connection named by {@code namer}. */
    public static <P extends Protocol> LoopFuture<Connected<P>> createUnixConnection(EventLoop loop, Supplier<P> factory,
                                                                                    UnixConnectOptions options, ConnectionNamer namer) {
        LoopFuture<Connected<P>> result = loop.createFuture();
        Path path = options.target().toPath();
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            result.setException(new FileNotFoundError("No such file or directory: '" + path + "' (is the server running?)", null));
            return result;
        }
        LoopFuture<Connected<Protocol>> connected = loop.createFuture();
        ConnectionSetup setup = new ConnectionSetup(loop, options.endpoint(), Role.CLIENT, peer -> options.label(),
                factory, options.limits(), new ConnectionGroup(options.endpoint()), connected, null, namer);
        connected.addDoneCallback(c -> {
            if (c.exception() != null) {
                result.trySetException(c.exception());
            } else if (!result.trySetResult(cast(c.result()))) {
                c.result().transport().abort(); // cancelled while connecting
            }
        });
        ChannelFuture attempt = new Bootstrap()
                .group(loop.netty())
                .channel(DomainSockets.channel(loop.transport()))
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, options.timeout().toMillis()))
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, waterMark(options.limits()))
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        setup.initChannel(ch);
                    }
                })
                .connect(DomainSockets.address(loop.transport(), path));
        attempt.addListener((ChannelFuture f) -> {
            if (!f.isSuccess()) {
                String why = String.valueOf(f.cause().getMessage()).toLowerCase(java.util.Locale.ROOT);
                result.trySetException(why.contains("refused")
                        ? new ConnectionRefusedError("Connection refused: nobody listens on '" + path + "'", f.cause())
                        : PyErrors.translate(f.cause(), "'" + path + "'"));
            }
        });
        result.addDoneCallback(r -> {
            if (r.cancelled() && !attempt.isDone()) {
                attempt.channel().close();
            }
        });
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <P extends Protocol> Connected<P> cast(Connected<Protocol> c) {
        return (Connected<P>) (Connected<?>) c;
    }

    /** Null when {@code path} can be bound (a stale socket file is removed); else the error to raise. */
    static RuntimeException checkBindable(Path path) {
        String at = "error while attempting to bind on address '" + path + "': ";
        Path dir = path.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return new FileNotFoundError(at + "no such directory: " + dir, null);
        }
        if (!Files.isWritable(dir)) {
            return new PermissionError(at + "permission denied: cannot create a socket in " + dir, null);
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!isSocket(path)) {
            return new OSError(Errno.EADDRINUSE, at + "address already in use (" + path + " exists and is not a socket)");
        }
        if (someoneListens(path)) {
            return new OSError(Errno.EADDRINUSE, at + "address already in use (another server listens there)");
        }
        try {
            Files.delete(path);
            return null;
        } catch (IOException e) {
            return PyErrors.translate(e, "'" + path + "'");
        }
    }

    static boolean isSocket(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return (mode & S_IFMT) == S_IFSOCK;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean someoneListens(Path path) {
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return probe.connect(UnixDomainSocketAddress.of(path));
        } catch (IOException e) {
            return false;
        }
    }

    private static void removeSocketFile(Path path) {
        if (isSocket(path)) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // somebody else's now, or already gone
            }
        }
    }

    private static WriteBufferWaterMark waterMark(WaterMarks limits) {
        return new WriteBufferWaterMark(limits.low(), Math.max(limits.high(), 1));
    }
}
