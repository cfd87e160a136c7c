package netlab.engine.stream;

import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.transport.ConnectOptions;
import netlab.engine.transport.Connected;
import netlab.engine.transport.TlsConnections;
import netlab.engine.transport.TlsOptions;

/** {@code asyncio.open_connection(host, port, ssl=...)}: a reader and writer over a TLS client connection. */
public final class TlsStreams {
    private TlsStreams() {
    }

    public static LoopFuture<StreamPair> openConnection(EventLoop loop, ConnectOptions options, TlsOptions tls) {
        StreamReader reader = new StreamReader(loop, StreamReader.DEFAULT_LIMIT);
        LoopFuture<StreamPair> result = loop.createFuture();
        LoopFuture<Connected<StreamReaderProtocol>> connecting =
                TlsConnections.createConnection(loop, () -> new StreamReaderProtocol(loop, reader), options, tls);
        connecting.addDoneCallback(f -> {
            if (f.cancelled()) {
                return;
            }
            if (f.exception() != null) {
                result.trySetException(f.exception());
            } else if (!result.trySetResult(new StreamPair(reader, f.result().protocol().writer()))) {
                f.result().transport().abort();
            }
        });
        result.addDoneCallback(r -> {
            if (r.cancelled()) {
                connecting.cancel();
            }
        });
        return result;
    }
}
