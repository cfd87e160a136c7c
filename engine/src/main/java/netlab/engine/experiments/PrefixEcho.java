package netlab.engine.experiments;

import netlab.engine.bytes.Bytes;
import netlab.engine.log.Logger;
import netlab.engine.log.Logging;
import netlab.engine.transport.Protocol;
import netlab.engine.transport.Transport;

/**
 * Seed 003, "Simple Protocol": answers every receive with {@code echo:} and the data (two writes),
 * and closes the whole server when its connection is lost.
 *
 * <pre>
 * class SimpleEchoProtocol(asyncio.Protocol):
 *     def connection_made(self, transport):
 *         print("Connection received!")
 *         self.transport = transport
 *     def data_received(self, data):
 *         print(data)
 *         self.transport.write(b'echo:')
 *         self.transport.write(data)
 *     def connection_lost(self, exc):
 *         print("Connection lost! Closing server...")
 *         server.close()
 * </pre>
 */
public final class PrefixEcho implements Protocol {
    public static final String LOGGER = "SimpleEchoProtocol";
    private static final Bytes PREFIX = Bytes.utf8("echo:");

    private final Logger log;
    private final Runnable closeServer;
    private Transport transport;

    /** {@code closeServer} is the seed's {@code server.close()}. */
    public PrefixEcho(Logging logging, Runnable closeServer) {
        this.log = logging.getLogger(LOGGER);
        this.closeServer = closeServer;
    }

    @Override
    public void connectionMade(Transport transport) {
        log.info("Connection received!");
        this.transport = transport;
    }

    @Override
    public void dataReceived(Bytes data) {
        log.info(data.repr());
        transport.write(PREFIX);
        transport.write(data);
    }

    @Override
    public void connectionLost(Throwable cause) {
        log.info("Connection lost! Closing server...");
        closeServer.run();
    }
}
