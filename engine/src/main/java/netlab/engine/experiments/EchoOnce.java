package netlab.engine.experiments;

import netlab.engine.bytes.Bytes;
import netlab.engine.bytes.PyRepr;
import netlab.engine.event.Origin;
import netlab.engine.log.Logger;
import netlab.engine.log.Logging;
import netlab.engine.stream.ClientConnected;
import netlab.engine.stream.StreamPair;

/**
 * Seed 001 #11 (and 004): {@code start_server(handle_echo, ...)} reads once, echoes, closes; the
 * client writes one message, reads once, closes.
 *
 * <pre>
 * async def handle_echo(reader, writer):
 *     data = await reader.read(100)
 *     message = data.decode()
 *     addr = writer.get_extra_info('peername')
 *     print("Received %r from %r" % (message, addr))
 *     print("Send: %r" % message)
 *     writer.write(data)
 *     await writer.drain()
 *     print("Close the client socket")
 *     writer.close()
 *
 * async def tcp_echo_client(message):
 *     reader, writer = await asyncio.open_connection('127.0.0.1', 8888)
 *     print('Send: %r' % message)
 *     writer.write(message.encode())
 *     data = await reader.read(100)
 *     print('Received: %r' % data.decode())
 *     print('Close the connection')
 *     writer.close()
 * </pre>
 */
public final class EchoOnce {
    public static final String SERVER_LOGGER = "handle_echo";
    public static final String CLIENT_LOGGER = "tcp_echo_client";
    public static final int READ_SIZE = 100;

    private EchoOnce() {
    }

    public static ClientConnected handleEcho(Logging logging) {
        return (reader, writer) -> {
            Logger log = logging.getLogger(SERVER_LOGGER);
            Bytes data = reader.read(READ_SIZE).await();
            String message = data.utf8();
            Object addr = writer.getExtraInfo("peername");
            log.info("Received " + PyRepr.str(message) + " from " + PeerNames.repr(addr));
            log.info("Send: " + PyRepr.str(message));
            writer.write(data);
            writer.drain().await();
            log.info("Close the client socket");
            writer.close();
        };
    }

    public static void tcpEchoClient(Logging logging, Origin origin, Dial dial, Bytes message) {
        Logger log = logging.getLogger(CLIENT_LOGGER, origin);
        StreamPair streams = dial.openStreams().await();
        try {
            log.info("Send: " + PyRepr.str(message.utf8()));
            streams.writer().write(message);
            Bytes data = streams.reader().read(READ_SIZE).await();
            log.info("Received: " + PyRepr.str(data.utf8()));
            log.info("Close the connection");
            streams.writer().close();
            streams.writer().waitClosed().await();
        } finally {
            if (!streams.writer().isClosing()) {
                streams.writer().transport().abort();
            }
        }
    }
}
