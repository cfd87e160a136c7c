package netlab.engine.experiments;

import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.Origin;
import netlab.engine.log.Logger;
import netlab.engine.log.Logging;
import netlab.engine.stream.ClientConnected;
import netlab.engine.stream.StreamPair;

/**
 * Seed 003, "Clients and Servers": a stream server that echoes each read of up to 8192 bytes, and
 * a client that writes four lines and reads them back line by line.
 *
 * <pre>
 * async def client_connected_handler(client_reader, client_writer):
 *     print("Connection received!")
 *     while True:
 *         data = await client_reader.read(8192)
 *         if not data:
 *             break
 *         print(data)
 *         client_writer.write(data)
 *
 * LASTLINE = b'Last line.\n'
 * async def simple_echo_client():
 *     reader, writer = await asyncio.open_connection('localhost', 2222)
 *     writer.write(b'First line.\n') ... writer.write(LASTLINE)
 *     print("Lines received")
 *     while True:
 *         line = await reader.readline()
 *         print(line)
 *         if line == LASTLINE or not line:
 *             break
 *     writer.close()
 * </pre>
 *
 * The seed's handler returns at EOF without closing; NetLab closes its side there, so that no
 * connection is left half-open once its handler is done.
 */
public final class StreamLines {
    public static final String SERVER_LOGGER = "client_connected_handler";
    public static final String CLIENT_LOGGER = "simple_echo_client";
    public static final int READ_SIZE = 8192;
    public static final List<Bytes> SEED_LINES = List.of(Bytes.utf8("First line.\n"), Bytes.utf8("Second line.\n"),
            Bytes.utf8("Third line.\n"), Bytes.utf8("Last line.\n"));

    private StreamLines() {
    }

    public static ClientConnected handler(Logging logging, int readSize) {
        return (reader, writer) -> {
            Logger log = logging.getLogger(SERVER_LOGGER);
            log.info("Connection received!");
            while (true) {
                Bytes data = reader.read(readSize).await();
                if (data.isEmpty()) {
                    break;
                }
                log.info(data.repr());
                writer.write(data);
            }
            writer.close();
        };
    }

    /** Writes {@code lines}, then reads lines until the last one written comes back (or EOF). */
    public static void simpleEchoClient(Logging logging, Origin origin, Dial dial, List<Bytes> lines) {
        Logger log = logging.getLogger(CLIENT_LOGGER, origin);
        StreamPair streams = dial.openStreams().await();
        Bytes last = lines.isEmpty() ? Bytes.EMPTY : lines.get(lines.size() - 1);
        try {
            for (Bytes line : lines) {
                streams.writer().write(line);
            }
            log.info("Lines received");
            while (true) {
                Bytes line = streams.reader().readline().await();
                log.info(line.repr());
                if (line.equals(last) || line.isEmpty()) {
                    break;
                }
            }
            streams.writer().close();
            streams.writer().waitClosed().await();
        } finally {
            if (!streams.writer().isClosing()) {
                streams.writer().transport().abort();
            }
        }
    }
}
