package netlab.engine.stream;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import netlab.engine.bytes.Bytes;

/**
 * The bytes a {@link StreamReader} holds: the chunks as they came ({@code data_received}), taken
 * from the front, and how many have been taken so far (the position of the next byte read). A
 * chunk is cut only when a read takes part of it. Loop thread only.
 */
final class ReadBuffer {
    /** The first chunk held, or null: most of the time the only one (a read takes what one data_received gave). */
    private Bytes first;
    /** The chunks after the first, oldest first; made when a second one is held. */
    private ArrayDeque<Bytes> later;
    private int size;
    private long consumed;

    void add(Bytes data) {
        if (first == null) {
            first = data;
        } else {
            later().addLast(data);
        }
        size += data.size();
    }

    /** Bytes held and not yet taken. */
    int size() {
        return size;
    }

    /** Bytes taken so far. */
    long consumed() {
        return consumed;
    }

    /** Removes and returns the first {@code n} bytes held. */
    Bytes take(int n) {
        Bytes out;
        if (n == 0) {
            out = Bytes.EMPTY;
        } else if (first.size() == n) {
            out = pollFirst();
        } else if (first.size() > n) {
            out = first.slice(0, n);
            first = first.slice(n);
        } else {
            List<Bytes> parts = new ArrayList<>();
            int need = n;
            while (need > 0) {
                Bytes c = pollFirst();
                if (c.size() <= need) {
                    parts.add(c);
                    need -= c.size();
                } else {
                    parts.add(c.slice(0, need));
                    addFirst(c.slice(need));
                    need = 0;
                }
            }
            out = Bytes.concat(parts);
        }
        size -= n;
        consumed += n;
        return out;
    }

    /** Everything held as one piece, so that a separator split across reads is found. */
    Bytes compact() {
        if (later != null && !later.isEmpty()) {
            List<Bytes> all = new ArrayList<>(later.size() + 1);
            all.add(first);
            all.addAll(later);
            later.clear();
            first = Bytes.concat(all);
        }
        return first == null ? Bytes.EMPTY : first;
    }

    private Bytes pollFirst() {
        Bytes out = first;
        first = later == null ? null : later.pollFirst();
        return out;
    }

    private void addFirst(Bytes data) {
        if (first != null) {
            later().addFirst(first);
        }
        first = data;
    }

    private ArrayDeque<Bytes> later() {
        if (later == null) {
            later = new ArrayDeque<>();
        }
        return later;
    }
}
