package netlab.engine.experiments;

import netlab.engine.bytes.Bytes;
import netlab.engine.log.Logger;
import netlab.engine.log.Logging;
import netlab.engine.transport.Protocol;
import netlab.engine.transport.Transport;

/**
 * The protocol form of an echo server that keeps its connections: asyncio's classic
 * {@code EchoServerProtocol} without the close, the server load runs measure (next to the seed's
 * stream echo with a large read size).
 *
 * <pre>
 * class EchoProtocol(asyncio.Protocol):
 *     def connection_made(self, transport):
 *         self.transport = transport
 *     def data_received(self, data):
 *         log.debug('data_received %r', data)
 *         self.transport.write(data)
 * </pre>
 */
public final class EchoProtocol implements Protocol {
    public static final String LOGGER = "EchoProtocol";

    private final Logger log;
    private Transport transport;

    public EchoProtocol(Logging logging) {
        this.log = logging.getLogger(LOGGER);
    }

    @Override
    public void connectionMade(Transport transport) {
        this.transport = transport;
    }

    @Override
    public void dataReceived(Bytes data) {
        log.debug("data_received %r", data);
        transport.write(data);
    }
}
