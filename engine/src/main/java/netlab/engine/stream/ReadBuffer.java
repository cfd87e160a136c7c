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
    private final ArrayDeque<Bytes> chunks = new ArrayDeque<>();
    private int size;
    private long consumed;

    void add(Bytes data) {
        chunks.add(data);
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
        Bytes first = chunks.peekFirst();
        if (n == 0) {
            out = Bytes.EMPTY;
        } else if (first.size() == n) {
            out = chunks.pollFirst();
        } else if (first.size() > n) {
            out = first.slice(0, n);
            chunks.pollFirst();
            chunks.addFirst(first.slice(n));
        } else {
            List<Bytes> parts = new ArrayList<>();
            int need = n;
            while (need > 0) {
                Bytes c = chunks.pollFirst();
                if (c.size() <= need) {
                    parts.add(c);
                    need -= c.size();
                } else {
                    parts.add(c.slice(0, need));
                    chunks.addFirst(c.slice(need));
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
        if (chunks.size() > 1) {
            Bytes all = Bytes.concat(new ArrayList<>(chunks));
            chunks.clear();
            chunks.add(all);
        }
        return chunks.isEmpty() ? Bytes.EMPTY : chunks.peekFirst();
    }
}
