package netlab.engine.experiments;

import netlab.engine.bytes.Bytes;
import netlab.engine.log.Logger;
import netlab.engine.log.Logging;
import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import netlab.engine.net.UnixPath;
import netlab.engine.stream.ClientConnected;

/**
 * Seed 000, {@code asyncio_echo_server_coroutine.py}: the echo coroutine. Each read of at most
 * {@code readSize} bytes is logged, echoed and drained before the next read; an empty read means
 * the client half-closed, and the server closes its side.
 *
 * <pre>
 * async def echo(reader, writer):
 *     address = writer.get_extra_info('peername')
 *     log = logging.getLogger('echo_{}_{}'.format(*address))
 *     log.debug('connection accepted')
 *     while True:
 *         data = await reader.read(128)
 *         if data:
 *             log.debug('received {!r}'.format(data))
 *             writer.write(data)
 *             await writer.drain()
 *             log.debug('sent {!r}'.format(data))
 *         else:
 *             log.debug('closing')
 *             writer.close()
 *             return
 * </pre>
 *
 * The Java logs with {@code log.debug("received %r", data)}, logging's own lazy form, where the
 * seed formats first ({@code .format(data)}): the same line, but under load, when nobody reads
 * each connection's lines, it is never formatted at all.
 */
public final class StreamEchoServer {
    private StreamEchoServer() {
    }

    /** The logger (and pane) name of a connection: {@code echo_HOST_PORT} of the peer. */
    public static String loggerName(Address peer) {
        return switch (peer) {
            case HostPort p -> "echo_" + p.host() + "_" + p.port();
            case UnixPath p -> "echo_unix"; // a Unix socket's peer has no name to put here
        };
    }

    public static ClientConnected echo(Logging logging, int readSize) {
        return (reader, writer) -> {
            Address address = writer.peername();
            Logger log = logging.getLogger(loggerName(address));
            log.debug("connection accepted");
            while (true) {
                Bytes data = reader.read(readSize).await();
                if (!data.isEmpty()) {
                    log.debug("received %r", data);
                    writer.write(data);
                    writer.drain().await();
                    log.debug("sent %r", data);
                } else {
                    log.debug("closing");
                    writer.close();
                    return;
                }
            }
        };
    }
}
