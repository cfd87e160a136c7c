package netlab.ui.reader;

import java.util.ArrayDeque;
import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;

/**
 * The StreamReader of one connection as its events tell it: the buffer now, whether a read is
 * waiting and since when, and the last {@link #MAX_STEPS} steps. A connection that never reads
 * through a StreamReader (a protocol's) has data steps only. FX thread only.
 */
public final class ReaderTrace {
    static final int MAX_STEPS = 400;

    private final String key;
    private final ArrayDeque<ReaderStep> steps = new ArrayDeque<>();
    private final ByteWindow window = new ByteWindow();
    private Origin origin;
    private long firstNanos = -1;
    private long elidedSteps;
    private long revision;
    private boolean usesReader;
    private boolean eof;
    private boolean lost;
    private boolean incomplete;
    private String waitingIn;
    private long waitingSince = -1;
    private long reads;
    private LabEvent eofEvent;

    ReaderTrace(String key, Origin origin) {
        this.key = key;
        this.origin = origin;
        // until a reader shows up, keep no more pieces than it could ever be shown as steps: a
        // protocol's connection under a flood otherwise kept 4,096 pieces and their events alive
        // for the window's life, and every young GC copied them (most of what the window holds)
        window.maxPieces(MAX_STEPS);
    }

    /** Takes one event of this connection; false when it says nothing about the reader. */
    boolean accept(LabEvent e) {
        if (firstNanos < 0) {
            firstNanos = e.nanos();
        }
        if (e.origin().local() != null && origin.local() == null) {
            origin = e.origin();
        }
        EventKind kind = e.kind();
        if (kind == EventKind.DATA_RECEIVED) {
            if (!usesReader) {
                // nobody reads through a StreamReader here (yet): the window keeps the pieces, and
                // their steps are made if a reader shows up (a protocol's connection costs little)
                if (!window.add(e)) {
                    incomplete = true;
                }
                return false;
            }
            Bytes before = window.head(ReaderStep.PREVIEW);
            long beforeSize = window.size();
            if (!window.add(e)) {
                incomplete = true;
            }
            add(dataStep(e, before, beforeSize));
        } else if (!usesReader && isReaderEvent(kind)) {
            usesReader = true;
            window.maxPieces(ByteWindow.MAX_PIECES);
            stepsForWhatIsBuffered();
            return accept(e);
        } else if (kind.isStreamRead()) {
            reads++;
            Bytes taken = e.data();
            long from = e.offset();
            long first = taken.isEmpty() ? -1 : window.arrivalOf(from, false);
            long last = taken.isEmpty() ? -1 : window.arrivalOf(from + taken.size() - 1, true);
            if (!window.takeTo(from + taken.size(), e.amount())) {
                incomplete = true;
            }
            long waited = waitingSince >= 0 && kind.asyncioName().equals(waitingIn) ? e.nanos() - waitingSince : -1;
            waitingIn = null;
            waitingSince = -1;
            Bytes head = window.head(ReaderStep.PREVIEW);
            add(new ReaderStep(light(e), ReaderStep.Type.RETURN, kind.asyncioName(), preview(taken), taken.size(), head,
                    window.size(), keptKnown(head, window.size()), waited, first < 0 ? -1 : e.nanos() - first,
                    last < 0 ? -1 : e.nanos() - last, null));
        } else if (kind == EventKind.STREAM_READ_WAITING) {
            waitingIn = e.text();
            waitingSince = e.nanos();
            if (e.offset() >= 0) {
                window.takeTo(e.offset(), e.amount());
            }
            Bytes head = window.head(ReaderStep.PREVIEW);
            add(new ReaderStep(light(e), ReaderStep.Type.WAIT, e.text(), Bytes.EMPTY, 0, head, window.size(),
                    keptKnown(head, window.size()), -1, -1, -1, null));
        } else if (kind == EventKind.STREAM_READ_FAILED) {
            Bytes taken = e.data();
            if (!window.takeTo(e.offset() + taken.size(), e.amount())) {
                incomplete = true;
            }
            long waited = waitingSince >= 0 && String.valueOf(e.text()).equals(waitingIn) ? e.nanos() - waitingSince : -1;
            waitingIn = null;
            waitingSince = -1;
            Bytes head = window.head(ReaderStep.PREVIEW);
            add(new ReaderStep(light(e), ReaderStep.Type.RAISE, String.valueOf(e.text()), preview(taken), taken.size(), head,
                    window.size(), keptKnown(head, window.size()), waited, -1, -1, e.error()));
        } else if (kind == EventKind.EOF_RECEIVED && !usesReader) {
            eof = true;
            eofEvent = e; // its step follows the buffered data's if a reader shows up
            return false;
        } else if (kind == EventKind.EOF_RECEIVED) {
            eof = true;
            Bytes head = window.head(ReaderStep.PREVIEW);
            add(new ReaderStep(light(e), ReaderStep.Type.EOF, "", Bytes.EMPTY, 0, head, window.size(),
                    keptKnown(head, window.size()), -1, -1, -1, null));
        } else if (kind == EventKind.CONNECTION_LOST && !usesReader) {
            lost = true;
            return false;
        } else if (kind == EventKind.CONNECTION_LOST) {
            lost = true;
            Bytes head = window.head(ReaderStep.PREVIEW);
            add(new ReaderStep(light(e), ReaderStep.Type.LOST, "", Bytes.EMPTY, 0, head, window.size(),
                    keptKnown(head, window.size()), -1, -1, -1, e.error()));
        } else {
            return false;
        }
        return true;
    }

    private static boolean isReaderEvent(EventKind kind) {
        return kind.isStreamRead() || kind == EventKind.STREAM_READ_WAITING || kind == EventKind.STREAM_READ_FAILED;
    }

    private static ReaderStep dataStep(LabEvent e, Bytes before, long beforeSize) {
        return new ReaderStep(light(e), ReaderStep.Type.DATA, "", preview(e.data()), e.data().size(), before, beforeSize,
                keptKnown(before, beforeSize), -1, -1, -1, null);
    }

    /** The data steps of the pieces buffered before the first read came, made now that a reader reads them. */
    private void stepsForWhatIsBuffered() {
        for (ByteWindow.Piece p : window.pieces()) {
            if (p.event == null) {
                continue; // too much was buffered to keep it all: the steps start where the bytes are known
            }
            long from = Math.max(window.start(), p.offset);
            Bytes before = window.range(window.start(), (int) Math.min(ReaderStep.PREVIEW, from - window.start()));
            add(dataStep(p.event, before, from - window.start()));
        }
        if (eofEvent != null) {
            Bytes head = window.head(ReaderStep.PREVIEW);
            add(new ReaderStep(light(eofEvent), ReaderStep.Type.EOF, "", Bytes.EMPTY, 0, head, window.size(),
                    keptKnown(head, window.size()), -1, -1, -1, null));
            eofEvent = null;
        }
    }

    private static boolean keptKnown(Bytes head, long size) {
        return head.size() == Math.min(size, ReaderStep.PREVIEW);
    }

    private void add(ReaderStep step) {
        steps.addLast(step);
        if (steps.size() > MAX_STEPS) {
            steps.removeFirst();
            elidedSteps++;
        }
        revision++;
    }

    /** A copy of the bytes' first {@link ReaderStep#PREVIEW}: never the event's own array, which may be large. */
    private static Bytes preview(Bytes data) {
        return Bytes.wrap(data.slice(0, Math.min(data.size(), ReaderStep.PREVIEW)).toByteArray());
    }

    /** The event with its bytes cut to a preview, to keep for the code view without keeping its bytes. */
    private static LabEvent light(LabEvent e) {
        if (e.data().size() <= ReaderStep.PREVIEW) {
            return e;
        }
        return new LabEvent(e.seq(), e.nanos(), e.origin(), e.kind(), e.logger(), e.text(), preview(e.data()), e.offset(),
                e.amount(), e.error());
    }

    /** The connection id (or the pane key of a reader outside any connection). */
    public String key() {
        return key;
    }

    public Origin origin() {
        return origin;
    }

    /** The pane's name: the seed's logger name where it has one. */
    public String label() {
        return origin.label();
    }

    /** Whether anything on this connection read through a StreamReader (a protocol's connection does not). */
    public boolean usesReader() {
        return usesReader;
    }

    public List<ReaderStep> steps() {
        return List.copyOf(steps);
    }

    public ReaderStep lastStep() {
        return steps.peekLast();
    }

    /** Steps dropped from the front to keep the trace bounded. */
    public long elidedSteps() {
        return elidedSteps;
    }

    /** When the connection's first event came (event-clock nanos): the trace's time zero. */
    public long firstNanos() {
        return firstNanos;
    }

    /** Pieces of the buffer held now (tests: what a trace keeps alive). */
    int bufferPieces() {
        return window.pieceCount();
    }

    /** Bytes buffered now. */
    public long bufferSize() {
        return window.size();
    }

    /** The head of the buffer now (a preview). */
    public Bytes bufferHead() {
        return window.head(ReaderStep.PREVIEW);
    }

    /** The read method waiting now ({@code readline}), or null. */
    public String waitingIn() {
        return waitingIn;
    }

    /** Since when that read waits (event-clock nanos), -1 when none waits. */
    public long waitingSince() {
        return waitingSince;
    }

    public boolean atEof() {
        return eof;
    }

    public boolean isLost() {
        return lost;
    }

    /** Some of its events were elided on the way, so the buffer shown may be off. */
    public boolean isIncomplete() {
        return incomplete;
    }

    /** Reads that returned. */
    public long reads() {
        return reads;
    }

    /** Changes with every step added. */
    public long revision() {
        return revision;
    }
}
