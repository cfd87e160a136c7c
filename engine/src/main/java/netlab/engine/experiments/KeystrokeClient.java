package netlab.engine.experiments;

import java.time.Duration;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.Origin;
import netlab.engine.log.Logger;
import netlab.engine.log.Logging;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.stream.StreamPair;
import netlab.engine.stream.StreamReader;

/**
 * A telnet-style client, as seed 003 tests SimpleEchoProtocol: every keystroke is sent the moment
 * it is typed, one write per byte, and what comes back is shown as a terminal would, without line
 * breaks of its own. It logs the terminal's screen once the replies settle, then quits (closes),
 * as the person leaving telnet does.
 */
public final class KeystrokeClient {
    public static final String LOGGER = "telnet";
    /** How long the screen must stay unchanged after the last keystroke before the client quits. */
    static final Duration SETTLE = Duration.ofMillis(300);

    private KeystrokeClient() {
    }

    public static void run(EventLoop loop, Logging logging, Origin origin, Dial dial, Bytes keys, Duration pause) {
        Logger log = logging.getLogger(LOGGER, origin);
        StreamPair streams = dial.openStreams().await();
        StreamReader reader = streams.reader();
        try {
            StringBuilder screen = new StringBuilder();
            for (int i = 0; i < keys.size(); i++) {
                streams.writer().write(keys.slice(i, i + 1));
                // each keystroke gets its answer (at least its first bytes) before the next one is typed
                Bytes answer = reader.read(4096).await();
                if (answer.isEmpty()) {
                    break;
                }
                screen.append(answer.decode(java.nio.charset.StandardCharsets.ISO_8859_1));
                if (!pause.isZero()) {
                    loop.sleep(pause).await();
                }
            }
            // what is still on its way (the data after "echo:") arrives within the settle time
            while (true) {
                LoopFuture<Bytes> more = reader.read(4096);
                LoopFuture<Void> quiet = loop.sleep(SETTLE);
                Bytes got = firstOf(loop, more, quiet);
                if (got == null || got.isEmpty()) {
                    break;
                }
                screen.append(got.decode(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            log.info(screen.toString());
            streams.writer().close();
            streams.writer().waitClosed().await();
        } finally {
            if (!streams.writer().isClosing()) {
                streams.writer().transport().abort();
            }
        }
    }

    /** The read's bytes if it came first; null (and the read cancelled) if the quiet period did. */
    private static Bytes firstOf(EventLoop loop, LoopFuture<Bytes> read, LoopFuture<Void> quiet) {
        LoopFuture<Boolean> first = loop.createFuture();
        read.addDoneCallback(f -> first.trySetResult(true));
        quiet.addDoneCallback(f -> first.trySetResult(false));
        if (first.await()) {
            quiet.cancel();
            return read.exception() == null ? read.result() : Bytes.EMPTY;
        }
        read.cancel();
        return null;
    }
}
