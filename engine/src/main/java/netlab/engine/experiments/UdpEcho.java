package netlab.engine.experiments;

import netlab.engine.bytes.Bytes;
import netlab.engine.bytes.PyRepr;
import netlab.engine.errors.PyErrors;
import netlab.engine.event.Origin;
import netlab.engine.log.Logger;
import netlab.engine.log.Logging;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.HostPort;
import netlab.engine.transport.DatagramProtocol;
import netlab.engine.transport.DatagramTransport;

/**
 * Seed 001 #9: a UDP echo server and client ({@code create_datagram_endpoint}).
 *
 * <pre>
 * class EchoServerProtocol:
 *     def datagram_received(self, data, addr):
 *         message = data.decode()
 *         print('Received %r from %s' % (message, addr))
 *         print('Send %r to %s' % (message, addr))
 *         self.transport.sendto(data, addr)
 *
 * class EchoClientProtocol:
 *     def connection_made(self, transport):
 *         print('Send:', self.message)
 *         self.transport.sendto(self.message.encode())
 *     def datagram_received(self, data, addr):
 *         print("Received:", data.decode())
 *         print("Close the socket")
 *         self.transport.close()
 *     def error_received(self, exc):
 *         print('Error received:', exc)
 *     def connection_lost(self, exc):
 *         print("Socket closed, stop the event loop")
 * </pre>
 *
 * The seed's client waits for ever after an error; NetLab's closes the socket after reporting it
 * ("Close the socket"), so that a run against a port nobody listens on ends.
 */
public final class UdpEcho {
    public static final String SERVER_LOGGER = "EchoServerProtocol";
    public static final String CLIENT_LOGGER = "EchoClientProtocol";

    private UdpEcho() {
    }

    public static final class ServerProtocol implements DatagramProtocol {
        private final Logger log;
        private DatagramTransport transport;

        public ServerProtocol(Logging logging, Origin origin) {
            this.log = logging.getLogger(SERVER_LOGGER, origin);
        }

        @Override
        public void connectionMade(DatagramTransport transport) {
            this.transport = transport;
        }

        @Override
        public void datagramReceived(Bytes data, HostPort addr) {
            String message = data.utf8();
            log.info("Received " + PyRepr.str(message) + " from " + addr.pyRepr());
            log.info("Send " + PyRepr.str(message) + " to " + addr.pyRepr());
            transport.sendto(data, addr);
        }

        @Override
        public void errorReceived(Throwable error) {
            log.info("Error received: " + PyErrors.message(error));
        }
    }

    public static final class ClientProtocol implements DatagramProtocol {
        private final Logger log;
        private final Bytes message;
        private final LoopFuture<Void> lost;
        private DatagramTransport transport;
        private Throwable error;

        public ClientProtocol(EventLoop loop, Logging logging, Origin origin, Bytes message) {
            this.log = logging.getLogger(CLIENT_LOGGER, origin);
            this.message = message;
            this.lost = loop.createFuture();
        }

        @Override
        public void connectionMade(DatagramTransport transport) {
            this.transport = transport;
            log.info("Send: " + message.utf8());
            transport.sendto(message);
        }

        @Override
        public void datagramReceived(Bytes data, HostPort addr) {
            log.info("Received: " + data.utf8());
            log.info("Close the socket");
            transport.close();
        }

        @Override
        public void errorReceived(Throwable error) {
            this.error = error;
            log.info("Error received: " + PyErrors.message(error));
            log.info("Close the socket");
            transport.close();
        }

        @Override
        public void connectionLost(Throwable cause) {
            log.info("Socket closed, stop the event loop");
            lost.trySetResult(null);
        }

        public LoopFuture<Void> lost() {
            return lost;
        }

        /** The error_received that ended the client (its datagram refused, or never sent); null when none came. */
        public Throwable error() {
            return error;
        }

        /** Closes the socket if it is still open (a stopped client). */
        public void close() {
            if (transport != null && !transport.isClosing()) {
                transport.close();
            }
        }
    }
}
