package netlab.ui.panes;

import java.util.ArrayList;
import java.util.List;

/**
 * The last {@code capacity} writes (or reads) of one direction of a connection, oldest first.
 * A ring: adding is O(1) and never allocates once full; the ones let go are counted.
 */
public final class ChunkLog {
    public static final int DEFAULT_CAPACITY = 4_096;

    private final Chunk[] ring;
    private int start;
    private int size;
    private long dropped;

    public ChunkLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        ring = new Chunk[capacity];
    }

    public ChunkLog() {
        this(DEFAULT_CAPACITY);
    }

    public void add(Chunk chunk) {
        if (size < ring.length) {
            ring[(start + size) % ring.length] = chunk;
            size++;
        } else {
            ring[start] = chunk;
            start = (start + 1) % ring.length;
            dropped++;
        }
    }

    public int size() {
        return size;
    }

    public Chunk get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return ring[(start + i) % ring.length];
    }

    public List<Chunk> all() {
        List<Chunk> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(get(i));
        }
        return out;
    }

    /** Chunks let go to stay bounded (the oldest). */
    public long dropped() {
        return dropped;
    }

    /** Bytes in the chunks kept. */
    public long keptBytes() {
        return size == 0 ? 0 : get(size - 1).end() - get(0).offset();
    }
}
