package netlab.engine.experiments;

import java.util.function.Supplier;

import netlab.engine.loop.LoopFuture;
import netlab.engine.stream.StreamPair;
import netlab.engine.transport.Connected;
import netlab.engine.transport.Protocol;

/**
 * Where a seed's client connects, whatever the transport (TCP, TLS, a Unix socket): the seed's
 * {@code open_connection(...)} or {@code create_connection(factory, ...)} call, with its arguments
 * already bound.
 */
public interface Dial {
    /** As the seeds log a target: {@code 127.0.0.1 port 8888}, or the socket path. */
    String where();

    LoopFuture<StreamPair> openStreams();

    <P extends Protocol> LoopFuture<Connected<P>> connect(Supplier<P> factory);
}
