package netlab.engine.stream;

import java.nio.channels.SocketChannel;
import java.util.function.Supplier;

import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.transport.ConnectOptions;
import netlab.engine.transport.Connected;
import netlab.engine.transport.ExistingSockets;
import netlab.engine.transport.Server;
import netlab.engine.transport.ServerOptions;
import netlab.engine.transport.TcpSockets;
import netlab.engine.transport.UnixConnectOptions;
import netlab.engine.transport.UnixServerOptions;
import netlab.engine.transport.UnixSockets;

/**
 * {@code asyncio.open_connection} and {@code asyncio.start_server}, over TCP (with TLS when the
 * options ask for it), over Unix domain sockets ({@code open_unix_connection},
 * {@code start_unix_server}) and over a socket already connected ({@code sock=}). Loop thread only.
 */
public final class Streams {
    private Streams() {
    }

    public static LoopFuture<StreamPair> openConnection(EventLoop loop, ConnectOptions options) {
        return openConnection(loop, options, StreamReader.DEFAULT_LIMIT);
    }

    public static LoopFuture<StreamPair> openConnection(EventLoop loop, ConnectOptions options, int limit) {
        StreamReader reader = new StreamReader(loop, limit);
        return pair(reader, TcpSockets.createConnection(loop, () -> new StreamReaderProtocol(loop, reader), options), loop);
    }

    public static LoopFuture<StreamPair> openUnixConnection(EventLoop loop, UnixConnectOptions options) {
        return openUnixConnection(loop, options, StreamReader.DEFAULT_LIMIT);
    }

    public static LoopFuture<StreamPair> openUnixConnection(EventLoop loop, UnixConnectOptions options, int limit) {
        StreamReader reader = new StreamReader(loop, limit);
        return pair(reader, UnixSockets.createUnixConnection(loop, () -> new StreamReaderProtocol(loop, reader), options), loop);
    }

    /** {@code open_connection(sock=sock)}: streams over a socket that is already connected; the loop owns it from now on. */
    public static LoopFuture<StreamPair> openConnection(EventLoop loop, SocketChannel sock, String endpoint, String label) {
        StreamReader reader = new StreamReader(loop);
        return pair(reader, ExistingSockets.createConnection(loop, () -> new StreamReaderProtocol(loop, reader), sock,
                endpoint, label), loop);
    }

    private static LoopFuture<StreamPair> pair(StreamReader reader, LoopFuture<Connected<StreamReaderProtocol>> connecting,
                                               EventLoop loop) {
        LoopFuture<StreamPair> result = loop.createFuture();
        connecting.addDoneCallback(f -> {
            if (f.cancelled()) {
                return;
            }
            if (f.exception() != null) {
                result.trySetException(f.exception());
            } else if (!result.trySetResult(new StreamPair(reader, f.result().protocol().writer()))) {
                f.result().transport().abort(); // open_connection was cancelled meanwhile
            }
        });
        // cancelling the awaited open_connection (a stopped client) cancels the connect under it
        result.addDoneCallback(r -> {
            if (r.cancelled()) {
                connecting.cancel();
            }
        });
        return result;
    }

    /** Serves each connection by running {@code handler(reader, writer)} as its own task. */
    public static LoopFuture<Server> startServer(EventLoop loop, ClientConnected handler, ServerOptions options) {
        return startServer(loop, handler, options, StreamReader.DEFAULT_LIMIT);
    }

    public static LoopFuture<Server> startServer(EventLoop loop, ClientConnected handler, ServerOptions options, int limit) {
        return TcpSockets.createServer(loop, protocols(loop, handler, limit), options);
    }

    public static LoopFuture<Server> startUnixServer(EventLoop loop, ClientConnected handler, UnixServerOptions options) {
        return startUnixServer(loop, handler, options, StreamReader.DEFAULT_LIMIT);
    }

    public static LoopFuture<Server> startUnixServer(EventLoop loop, ClientConnected handler, UnixServerOptions options, int limit) {
        return UnixSockets.createUnixServer(loop, protocols(loop, handler, limit), options);
    }

    private static Supplier<StreamReaderProtocol> protocols(EventLoop loop, ClientConnected handler, int limit) {
        return () -> new StreamReaderProtocol(loop, new StreamReader(loop, limit), handler, "client_connected_cb");
    }
}
