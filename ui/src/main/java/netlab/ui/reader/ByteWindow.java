package netlab.ui.reader;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.LabEvent;

/**
 * What a StreamReader's buffer holds, rebuilt from the events: the received byte stream from the
 * reader's position ({@link #start()}, what its reads took so far) to what data_received brought
 * ({@link #end()}), in the pieces each data_received delivered and with when each arrived.
 *
 * <p>Bounded: at most {@link #MAX_STORED} bytes are kept (beyond them a piece is remembered by
 * its place and time only, and the buffer's contents read as unknown from there on), and at most
 * {@link #MAX_PIECES} pieces, or fewer where asked ({@link #maxPieces}; the oldest two are merged
 * past that, their bytes forgotten once the merged piece is large: a reader that far behind is
 * shown by sizes and times).
 */
final class ByteWindow {
    static final int MAX_STORED = 128 * 1024;
    static final int MAX_PIECES = 4096;
    /** Merged pieces keep their bytes up to this size; past it only their place and times. */
    private static final int MAX_MERGED = 8 * 1024;

    /**
     * One data_received: bytes {@code [offset, offset + size)} of the stream; data null when not
     * kept. {@code event} is the data_received itself while its bytes are kept (it holds the same
     * array), else null.
     */
    static final class Piece {
        final long offset;
        final long size;
        final long firstNanos;
        final long lastNanos;
        final Bytes data;
        final LabEvent event;

        Piece(long offset, long size, long firstNanos, long lastNanos, Bytes data, LabEvent event) {
            this.offset = offset;
            this.size = size;
            this.firstNanos = firstNanos;
            this.lastNanos = lastNanos;
            this.data = data;
            this.event = event;
        }

        long end() {
            return offset + size;
        }
    }

    private final ArrayDeque<Piece> pieces = new ArrayDeque<>();
    private int maxPieces = MAX_PIECES;
    private long start;
    private long end;
    private long stored;

    long start() {
        return start;
    }

    long end() {
        return end;
    }

    long size() {
        return end - start;
    }

    /** A data_received; false when it does not follow what came before (events were lost). */
    boolean add(LabEvent e) {
        long offset = e.offset();
        Bytes data = e.data();
        long nanos = e.nanos();
        boolean continuous = offset == end;
        if (!continuous) {
            clear(offset);
        }
        if (data.isEmpty()) {
            return continuous;
        }
        boolean keep = stored + data.size() <= MAX_STORED;
        pieces.addLast(new Piece(offset, data.size(), nanos, nanos, keep ? data : null, keep ? e : null));
        if (keep) {
            stored += data.size();
        }
        end = offset + data.size();
        if (pieces.size() > maxPieces) {
            mergeOldest();
        }
        return continuous;
    }

    /** Keeps at most {@code max} pieces from now on (the oldest merged past that). */
    void maxPieces(int max) {
        maxPieces = max;
        while (pieces.size() > maxPieces) {
            mergeOldest();
        }
    }

    /** Pieces held now. */
    int pieceCount() {
        return pieces.size();
    }

    /**
     * A read took the bytes up to {@code position} and left {@code left} buffered; false when that
     * does not agree with what the window holds (events were lost), which it then takes as given.
     */
    boolean takeTo(long position, long left) {
        if (position < start || position + left != end) {
            clear(position);
            end = position + left;
            return false;
        }
        start = position;
        while (!pieces.isEmpty() && pieces.peekFirst().end() <= start) {
            Piece gone = pieces.pollFirst();
            if (gone.data != null) {
                stored -= gone.data.size();
            }
        }
        return true;
    }

    private void clear(long at) {
        pieces.clear();
        stored = 0;
        start = at;
        end = at;
    }

    private void mergeOldest() {
        Piece a = pieces.pollFirst();
        Piece b = pieces.pollFirst();
        Bytes data = a.data != null && b.data != null && a.size + b.size <= MAX_MERGED ? a.data.concat(b.data) : null;
        if (data == null) {
            stored -= (a.data == null ? 0 : a.data.size()) + (b.data == null ? 0 : b.data.size());
        }
        pieces.addFirst(new Piece(a.offset, a.size + b.size, a.firstNanos, b.lastNanos, data, data == null ? null : a.event));
    }

    /**
     * The first {@code max} bytes of the buffer, as far as they are known (a copy: the events'
     * arrays are not kept alive by it). Shorter than asked when the buffer is, or when bytes
     * further on were not kept.
     */
    Bytes head(int max) {
        return range(start, max);
    }

    /** Up to {@code max} bytes from stream position {@code from} on, as far as they are known; a copy. */
    Bytes range(long from, int max) {
        List<Bytes> parts = new ArrayList<>();
        long at = Math.max(from, start);
        int want = (int) Math.max(0, Math.min(max, end - at));
        int got = 0;
        for (Piece p : pieces) {
            if (p.end() <= at) {
                continue;
            }
            if (got >= want || p.data == null || p.offset > at) {
                break;
            }
            int in = (int) (at - p.offset);
            int take = (int) Math.min(p.size - in, want - got);
            parts.add(p.data.slice(in, in + take));
            got += take;
            at += take;
        }
        return Bytes.wrap(Bytes.concat(parts).toByteArray());
    }

    /** The pieces still (partly) buffered, oldest first. */
    Iterable<Piece> pieces() {
        return pieces;
    }

    /** When the byte at {@code position} arrived (event-clock nanos); -1 when not known. */
    long arrivalOf(long position, boolean last) {
        Iterator<Piece> it = pieces.iterator();
        while (it.hasNext()) {
            Piece p = it.next();
            if (position >= p.offset && position < p.end()) {
                return last ? p.lastNanos : p.firstNanos;
            }
        }
        return -1;
    }
}
