package netlab.engine.stream;

import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.transport.ConnectOptions;
import netlab.engine.transport.Connected;
import netlab.engine.transport.Server;
import netlab.engine.transport.ServerOptions;
import netlab.engine.transport.TcpSockets;

/** {@code asyncio.open_connection} and {@code asyncio.start_server}. Loop thread only. */
public final class Streams {
    private Streams() {
    }

    public static LoopFuture<StreamPair> openConnection(EventLoop loop, ConnectOptions options) {
        return openConnection(loop, options, StreamReader.DEFAULT_LIMIT);
    }

    public static LoopFuture<StreamPair> openConnection(EventLoop loop, ConnectOptions options, int limit) {
        StreamReader reader = new StreamReader(loop, limit);
        LoopFuture<StreamPair> result = loop.createFuture();
        LoopFuture<Connected<StreamReaderProtocol>> connecting =
                TcpSockets.createConnection(loop, () -> new StreamReaderProtocol(loop, reader), options);
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
        return TcpSockets.createServer(loop,
                () -> new StreamReaderProtocol(loop, new StreamReader(loop, limit), handler, "client_connected_cb"),
                options);
    }
}
