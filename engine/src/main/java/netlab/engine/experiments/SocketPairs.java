package netlab.engine.experiments;

import java.nio.ByteBuffer;

import netlab.engine.bytes.Bytes;
import netlab.engine.log.Logger;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.FdReaders;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.SocketPair;
import netlab.engine.stream.StreamPair;
import netlab.engine.stream.Streams;
import netlab.engine.transport.ExistingSockets;
import netlab.engine.transport.Protocol;
import netlab.engine.transport.Transport;

/**
 * Seed 001 #3, #10 and #13: a connected socket pair, and the same three bytes written to one end
 * and seen at the other three ways — by a reader callback ({@code add_reader}), by a protocol
 * ({@code create_connection(MyProtocol, sock=rsock)}) and by a stream reader
 * ({@code open_connection(sock=rsock)}). Each prints "Received: abc".
 *
 * <pre>
 * rsock, wsock = socketpair()
 * def reader():
 *     data = rsock.recv(100)
 *     print("Received:", data.decode())
 *     loop.remove_reader(rsock)
 *     loop.stop()
 * loop.add_reader(rsock, reader)
 * loop.call_soon(wsock.send, 'abc'.encode())
 * </pre>
 * (and #10, #13 likewise with MyProtocol and with wait_for_data). The pair is made as
 * {@link SocketPair} says: AF_UNIX, through a listening socket that is gone at once.
 */
public final class SocketPairs {
    private static final Bytes ABC = Bytes.utf8("abc");

    private SocketPairs() {
    }

    public static void run(ExperimentContext ctx) throws Exception {
        String parts = ctx.param("parts", "add_reader,protocol,streams");
        for (String part : parts.split(",")) {
            switch (part.strip()) {
                case "add_reader" -> addReader(ctx);
                case "protocol" -> protocol(ctx);
                case "streams" -> streams(ctx);
                default -> throw new IllegalArgumentException("parts: unknown part '" + part + "' (add_reader, protocol, streams)");
            }
        }
    }

    /** #3: a callback that runs when rsock is readable and reads it itself. */
    static void addReader(ExperimentContext ctx) throws Exception {
        EventLoop loop = ctx.loop();
        Logger log = ctx.logger("reader");
        try (SocketPair pair = SocketPair.open()) {
            LoopFuture<Void> stopped = loop.createFuture();
            FdReaders.Reader[] watching = new FdReaders.Reader[1];
            watching[0] = FdReaders.addReader(loop, pair.first(), ctx.origin(), () -> {
                ByteBuffer buf = ByteBuffer.allocate(100);
                try {
                    int n = pair.first().read(buf);
                    log.info("Received: " + Bytes.of(buf.array(), 0, Math.max(n, 0)).utf8());
                } catch (java.io.IOException e) {
                    log.error("recv failed", e);
                }
                watching[0].remove();
                stopped.trySetResult(null);
            }).await();
            loop.callSoon(() -> send(pair, log));
            stopped.await();
        }
    }

    /** #10: the protocol's data_received prints, closes the transport, connection_lost stops. */
    static void protocol(ExperimentContext ctx) throws Exception {
        EventLoop loop = ctx.loop();
        Logger log = ctx.logger("MyProtocol");
        try (SocketPair pair = SocketPair.open()) {
            LoopFuture<Void> stopped = loop.createFuture();
            ExistingSockets.createConnection(loop, () -> new Protocol() {
                private Transport transport;

                @Override
                public void connectionMade(Transport transport) {
                    this.transport = transport;
                }

                @Override
                public void dataReceived(Bytes data) {
                    log.info("Received: " + data.utf8());
                    transport.close();
                }

                @Override
                public void connectionLost(Throwable cause) {
                    stopped.trySetResult(null);
                }
            }, pair.first(), ctx.origin().endpoint(), "MyProtocol").await();
            loop.callSoon(() -> send(pair, log));
            stopped.await();
        }
    }

    /** #13: a stream reader over rsock. */
    static void streams(ExperimentContext ctx) throws Exception {
        EventLoop loop = ctx.loop();
        Logger log = ctx.logger("wait_for_data");
        try (SocketPair pair = SocketPair.open()) {
            StreamPair streams = Streams.openConnection(loop, pair.first(), ctx.origin().endpoint(), "wait_for_data").await();
            loop.callSoon(() -> send(pair, log));
            Bytes data = streams.reader().read(100).await();
            log.info("Received: " + data.utf8());
            streams.writer().close();
            streams.writer().waitClosed().await();
        }
    }

    /** {@code wsock.send(b'abc')}: the pair's buffer has room, so a blocking send returns at once. */
    private static void send(SocketPair pair, Logger log) {
        try {
            pair.second().write(ByteBuffer.wrap(ABC.toByteArray()));
        } catch (java.io.IOException e) {
            log.error("send failed", e);
        }
    }
}
