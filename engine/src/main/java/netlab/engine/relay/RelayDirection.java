package netlab.engine.relay;

import java.util.ArrayDeque;
import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.log.Logger;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.TimerHandle;
import netlab.engine.transport.Transport;

/**
 * One way through a relayed connection (client to server, or back): what the source leg reads is
 * cut into chunks, each chunk waits its turn (the delay, the rate), then goes to the target leg
 * as one write. The source's EOF goes on once every byte before it has. When the chunks pile up
 * (a slow target, a low rate) the source stops reading until they drain: the relay holds a bounded
 * amount, whatever the peers do. Loop thread only.
 */
final class RelayDirection {
    /** Bytes waiting to be written on beyond which the source is paused. */
    static final long HIGH_WATER = 1024 * 1024;
    static final long LOW_WATER = 256 * 1024;
    /** Chunks waiting beyond which the source is paused too: one byte at a time makes many small ones. */
    static final int MAX_QUEUED_CHUNKS = 16_384;

    private final EventLoop loop;
    private final Logger log;
    private final String from;
    private final String to;
    private final Cutter cutter;
    private final double delay;
    private final long rate;
    private final double hold;
    private final Runnable onEofForwarded;
    private final ArrayDeque<Bytes> queue = new ArrayDeque<>();
    private Transport source;
    private Transport target;
    private long queued;
    private double headSince = -1;
    private double lineFree;
    private TimerHandle sendTimer;
    private TimerHandle holdTimer;
    private long holdTimerFor = -1;
    private boolean targetPaused;
    private boolean sourcePaused;
    private boolean eofIn;
    private boolean eofOut;
    private boolean dead;
    private boolean droppedReported;
    private long chunks;

    /**
     * @param from, to  the sides' names for the log: "client", "server"
     * @param onEofForwarded run once the source's EOF went on to the target
     */
    RelayDirection(EventLoop loop, Logger log, String from, String to, Cutter cutter, double delaySeconds, long rate,
                   double holdSeconds, Runnable onEofForwarded) {
        this.loop = loop;
        this.log = log;
        this.from = from;
        this.to = to;
        this.cutter = cutter;
        this.delay = delaySeconds;
        this.rate = rate;
        this.hold = cutter.mode().kind() == SplitMode.Kind.COALESCE ? cutter.mode().windowMillis() / 1000.0 : holdSeconds;
        this.onEofForwarded = onEofForwarded;
    }

    void source(Transport source) {
        this.source = source;
    }

    /** The target leg is up: what waited for it goes on. */
    void target(Transport target) {
        this.target = target;
        pump();
    }

    /** One read of the source. */
    void data(Bytes data) {
        if (dead || eofIn) {
            return;
        }
        for (Bytes chunk : cutter.add(data)) {
            enqueue(chunk);
        }
        if (cutter.heldBytes() == 0) {
            cancelHold();
        } else if (holdTimerFor != cutter.heldFrom()) {
            // a new chunk is being held: it waits at most the hold time (the coalescing window)
            cancelHold();
            holdTimerFor = cutter.heldFrom();
            holdTimer = loop.callLater(hold, "relay hold", this::holdExpired);
        }
        pump();
    }

    private void holdExpired() {
        holdTimer = null;
        holdTimerFor = -1;
        if (dead) {
            return;
        }
        Bytes rest = cutter.flush();
        if (rest.isEmpty()) {
            return;
        }
        if (cutter.mode().plansBoundaries()) {
            boolean client = "client".equals(from);
            long ms = Math.round(hold * 1000);
            log.info(rest.size() == 1 ? (client ? netlab.engine.event.LabSentences.CLIENT_HELD_ONE : netlab.engine.event.LabSentences.SERVER_HELD_ONE).say(ms)
                    : (client ? netlab.engine.event.LabSentences.CLIENT_HELD : netlab.engine.event.LabSentences.SERVER_HELD).say(ms, rest.size()));
        }
        enqueue(rest);
        pump();
    }

    private void cancelHold() {
        if (holdTimer != null) {
            holdTimer.cancel();
            holdTimer = null;
        }
        holdTimerFor = -1;
    }

    /** The source half-closed (or closed): once every byte before it has gone on, so does the EOF. */
    void eof() {
        if (dead || eofIn) {
            return;
        }
        eofIn = true;
        cancelHold();
        Bytes rest = cutter.flush();
        if (!rest.isEmpty()) {
            enqueue(rest);
        }
        pump();
    }

    private void enqueue(Bytes chunk) {
        if (queue.isEmpty()) {
            headSince = loop.time();
        }
        queue.addLast(chunk);
        queued += chunk.size();
        if (queued > HIGH_WATER || queue.size() > MAX_QUEUED_CHUNKS) {
            pauseSource();
        }
    }

    /** Writes every chunk whose time has come; arms a timer for the next one. */
    private void pump() {
        if (dead || target == null || sendTimer != null) {
            return;
        }
        while (!queue.isEmpty() && !targetPaused) {
            if (target.isClosing()) {
                dropQueue();
                return;
            }
            double now = loop.time();
            double at = Math.max(headSince + delay, lineFree);
            if (at > now) {
                sendTimer = loop.callLater(at - now, "relay " + from + " \u2192 " + to, () -> {
                    sendTimer = null;
                    pump();
                });
                return;
            }
            Bytes chunk = queue.pollFirst();
            queued -= chunk.size();
            chunks++;
            if (rate > 0) {
                lineFree = Math.max(now, lineFree) + (double) chunk.size() / rate;
            }
            headSince = now;
            loop.withOrigin(target.origin(), () -> target.write(chunk));
        }
        if (queue.isEmpty() && eofIn && !eofOut && cutter.heldBytes() == 0) {
            eofOut = true;
            Transport t = target;
            if (!t.isClosing()) {
                loop.withOrigin(t.origin(), () -> {
                    if (t.canWriteEof()) {
                        t.writeEof();
                    } else {
                        t.close();
                    }
                });
            }
            onEofForwarded.run();
        }
        if (queued < LOW_WATER && queue.size() < MAX_QUEUED_CHUNKS / 4 && !targetPaused) {
            resumeSource();
        }
    }

    private void dropQueue() {
        if (queued > 0 && !droppedReported) {
            droppedReported = true;
            log.info(("client".equals(from) ? netlab.engine.event.LabSentences.CLIENT_NOT_FORWARDED
                    : netlab.engine.event.LabSentences.SERVER_NOT_FORWARDED).say(queued));
        }
        queue.clear();
        queued = 0;
    }

    /** The target's write buffer is over its high water mark: stop writing (and reading) until it drains. */
    void targetPaused(boolean paused) {
        targetPaused = paused;
        if (paused) {
            pauseSource();
        } else {
            pump();
        }
    }

    private void pauseSource() {
        if (!sourcePaused && source != null && !source.isClosing()) {
            sourcePaused = true;
            source.pauseReading();
        }
    }

    private void resumeSource() {
        if (sourcePaused && source != null) {
            sourcePaused = false;
            source.resumeReading();
        }
    }

    /** The connection is over (reset, or both ways closed): nothing more is written. */
    void kill() {
        dead = true;
        cancelHold();
        if (sendTimer != null) {
            sendTimer.cancel();
            sendTimer = null;
        }
        queue.clear();
        queued = 0;
    }

    boolean eofForwarded() {
        return eofOut;
    }

    boolean eofSeen() {
        return eofIn;
    }

    /** Bytes read and not yet written on (queued and held). */
    long pending() {
        return queued + cutter.heldBytes();
    }

    long chunksWritten() {
        return chunks;
    }

    List<Bytes> queuedForTest() {
        return List.copyOf(queue);
    }
}
