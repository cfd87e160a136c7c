package netlab.engine.experiments;

import java.util.function.Supplier;

import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.stream.StreamPair;
import netlab.engine.stream.Streams;
import netlab.engine.transport.ConnectOptions;
import netlab.engine.transport.Connected;
import netlab.engine.transport.Protocol;
import netlab.engine.transport.TcpSockets;
import netlab.engine.transport.UnixConnectOptions;
import netlab.engine.transport.UnixSockets;

/** The {@link Dial}s: TCP (with TLS when the options say so) and Unix domain sockets. */
public final class Dials {
    private Dials() {
    }

    public static Dial tcp(EventLoop loop, ConnectOptions options) {
        return new Dial() {
            @Override
            public String where() {
                return options.target().host() + " port " + options.target().port();
            }

            @Override
            public LoopFuture<StreamPair> openStreams() {
                return Streams.openConnection(loop, options);
            }

            @Override
            public <P extends Protocol> LoopFuture<Connected<P>> connect(Supplier<P> factory) {
                return TcpSockets.createConnection(loop, factory, options);
            }
        };
    }

    public static Dial unix(EventLoop loop, UnixConnectOptions options) {
        return new Dial() {
            @Override
            public String where() {
                return options.target().path();
            }

            @Override
            public LoopFuture<StreamPair> openStreams() {
                return Streams.openUnixConnection(loop, options);
            }

            @Override
            public <P extends Protocol> LoopFuture<Connected<P>> connect(Supplier<P> factory) {
                return UnixSockets.createUnixConnection(loop, factory, options);
            }
        };
    }
}
