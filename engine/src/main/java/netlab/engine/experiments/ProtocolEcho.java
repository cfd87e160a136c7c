package netlab.engine.experiments;

import netlab.engine.bytes.Bytes;
import netlab.engine.bytes.PyRepr;
import netlab.engine.event.Origin;
import netlab.engine.log.Logger;
import netlab.engine.log.Logging;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.transport.Protocol;
import netlab.engine.transport.Transport;

/**
 * Seed 001 #8: the echo server and client written as protocols ({@code create_server},
 * {@code create_connection}). Each connection gets its own server protocol instance.
 *
 * <pre>
 * class EchoServerClientProtocol(asyncio.Protocol):
 *     def connection_made(self, transport):
 *         peername = transport.get_extra_info('peername')
 *         print('Connection from {}'.format(peername))
 *         self.transport = transport
 *     def data_received(self, data):
 *         message = data.decode()
 *         print('Data received: {!r}'.format(message))
 *         print('Send: {!r}'.format(message))
 *         self.transport.write(data)
 *         print('Close the client socket')
 *         self.transport.close()
 *
 * class EchoClientProtocol(asyncio.Protocol):
 *     def connection_made(self, transport):
 *         transport.write(self.message.encode())
 *         print('Data sent: {!r}'.format(self.message))
 *     def data_received(self, data):
 *         print('Data received: {!r}'.format(data.decode()))
 *     def connection_lost(self, exc):
 *         print('The server closed the connection')
 *         print('Stop the event loop')
 *         self.loop.stop()
 * </pre>
 *
 * NetLab's server protocol can also be told to keep a half-closed connection open
 * ({@code eof_received} returning True) — see {@link HalfClose}.
 */
public final class ProtocolEcho {
    public static final String SERVER_LOGGER = "EchoServerClientProtocol";
    public static final String CLIENT_LOGGER = "EchoClientProtocol";

    private ProtocolEcho() {
    }

    /** The server protocol; one instance per connection. */
    public static final class ServerProtocol implements Protocol {
        private final Logger log;
        private Transport transport;

        public ServerProtocol(Logging logging) {
            this.log = logging.getLogger(SERVER_LOGGER);
        }

        @Override
        public void connectionMade(Transport transport) {
            log.info("Connection from " + PeerNames.repr(transport.getExtraInfo("peername")));
            this.transport = transport;
        }

        @Override
        public void dataReceived(Bytes data) {
            String message = data.utf8();
            log.info("Data received: " + PyRepr.str(message));
            log.info("Send: " + PyRepr.str(message));
            transport.write(data);
            log.info("Close the client socket");
            transport.close();
        }
    }

    /** The client protocol; {@link #lost()} is done when connection_lost ran (the seed's loop.stop()). */
    public static final class ClientProtocol implements Protocol {
        private final Logger log;
        private final Bytes message;
        private final LoopFuture<Void> lost;

        public ClientProtocol(EventLoop loop, Logging logging, Origin origin, Bytes message) {
            this.log = logging.getLogger(CLIENT_LOGGER, origin);
            this.message = message;
            this.lost = loop.createFuture();
        }

        @Override
        public void connectionMade(Transport transport) {
            transport.write(message);
            log.info("Data sent: " + PyRepr.str(message.utf8()));
        }

        @Override
        public void dataReceived(Bytes data) {
            log.info("Data received: " + PyRepr.str(data.utf8()));
        }

        @Override
        public void connectionLost(Throwable cause) {
            log.info("The server closed the connection");
            log.info("Stop the event loop");
            lost.trySetResult(null);
        }

        public LoopFuture<Void> lost() {
            return lost;
        }
    }

    /** The seed's client program: connect with the protocol and run until connection_lost. */
    public static void client(EventLoop loop, Logging logging, Origin origin, Dial dial, Bytes message) {
        var connected = dial.connect(() -> new ClientProtocol(loop, logging, origin, message)).await();
        try {
            connected.protocol().lost().await();
        } finally {
            if (!connected.transport().isClosing()) {
                connected.transport().abort(); // a stopped client
            }
        }
    }
}
