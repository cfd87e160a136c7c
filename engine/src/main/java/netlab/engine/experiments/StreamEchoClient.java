package netlab.engine.experiments;

import java.time.Duration;
import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.errors.IncompleteReadError;
import netlab.engine.errors.LimitOverrunError;
import netlab.engine.event.Origin;
import netlab.engine.log.Logger;
import netlab.engine.log.Logging;
import netlab.engine.loop.EventLoop;
import netlab.engine.stream.ReadMode;
import netlab.engine.stream.StreamPair;
import netlab.engine.stream.StreamReader;
import netlab.engine.stream.StreamWriter;
import netlab.engine.stream.Streams;
import netlab.engine.transport.ConnectOptions;

/**
 * Seed 000, {@code asyncio_echo_client_coroutine.py}: send the message as separate writes,
 * half-close, then read chunks until the server closes.
 *
 * <pre>
 * async def echo_client(address, messages):
 *     log = logging.getLogger('echo_client')
 *     log.debug('connecting to {} port {}'.format(*address))
 *     reader, writer = await asyncio.open_connection(*address)
 *     for msg in messages:
 *         writer.write(msg)
 *         log.debug('sending {!r}'.format(msg))
 *     if writer.can_write_eof():
 *         writer.write_eof()
 *     await writer.drain()
 *     log.debug('waiting for response')
 *     while True:
 *         data = await reader.read(128)
 *         if data:
 *             log.debug('received {!r}'.format(data))
 *         else:
 *             log.debug('closing')
 *             writer.close()
 *             return
 * </pre>
 *
 * NetLab adds two knobs the seed hard-codes: a pause between parts, and whether to half-close
 * (without it the echo server never sees EOF, so the client waits until stopped).
 */
public final class StreamEchoClient {
    public static final String LOGGER = "echo_client";

    /** The seed's message, in its three writes. */
    public static final List<Bytes> SEED_MESSAGES = List.of(
            Bytes.utf8("This is the message. "),
            Bytes.utf8("It will be sent "),
            Bytes.utf8("in parts."));

    private StreamEchoClient() {
    }

    public static void echoClient(EventLoop loop, Logging logging, Origin origin, ConnectOptions address,
                                  List<Bytes> messages, Duration pause, boolean writeEof, int readSize) {
        echoClient(loop, logging, origin, Dials.tcp(loop, address), messages, pause, writeEof, ReadMode.chunk(readSize));
    }

    /**
     * The seed's client over any {@link Dial}, reading the reply as {@code read} says: chunks
     * until EOF (the seed), lines until EOF, or exactly-N / until-separator pieces until the
     * IncompleteReadError that EOF brings (whose partial bytes are the last piece).
     */
    public static void echoClient(EventLoop loop, Logging logging, Origin origin, Dial dial,
                                  List<Bytes> messages, Duration pause, boolean writeEof, ReadMode read) {
        Logger log = logging.getLogger(LOGGER, origin);
        log.debug("connecting to " + dial.where());
        StreamPair streams = dial.openStreams().await();
        StreamReader reader = streams.reader();
        StreamWriter writer = streams.writer();
        try {
            for (int i = 0; i < messages.size(); i++) {
                Bytes msg = messages.get(i);
                writer.write(msg);
                log.debug("sending " + msg.repr());
                if (!pause.isZero() && i < messages.size() - 1) {
                    writer.drain().await();
                    loop.sleep(pause).await();
                }
            }
            if (writeEof && writer.canWriteEof()) {
                writer.writeEof();
            } else if (writeEof) {
                // the seed skips it silently; a class should hear why the server then never answers EOF
                log.warning("can_write_eof() is False: a TLS stream cannot half-close, so write_eof() is skipped, "
                        + "the server sees no EOF, and the reply is read until the server closes (Ctrl+C stops)");
            }
            writer.drain().await();
            log.debug("waiting for response");
            while (true) {
                Bytes data;
                try {
                    data = read.readFrom(reader).await();
                } catch (IncompleteReadError incomplete) {
                    // EOF before a whole piece: what came is the last, partial, piece
                    if (!incomplete.partial().isEmpty()) {
                        log.debug("received " + incomplete.partial().repr() + " (partial: IncompleteReadError: " + incomplete.getMessage() + ")");
                    }
                    data = Bytes.EMPTY;
                } catch (LimitOverrunError overrun) {
                    log.error("no separator within the reader's limit", overrun);
                    data = Bytes.EMPTY;
                }
                if (!data.isEmpty()) {
                    log.debug("received " + data.repr());
                } else {
                    log.debug("closing");
                    writer.close();
                    return;
                }
            }
        } finally {
            // a stopped or failed client must not leave its socket open
            if (!writer.isClosing()) {
                writer.transport().abort();
            }
        }
    }
}
