package netlab.ui.panes;

import java.util.ArrayList;
import java.util.List;

/**
 * The last {@code capacity} writes (or reads) of one direction of a connection, oldest first.
 * A ring: adding is O(1) and never allocates once full; the ones let go are counted. The chunks
 * are kept as numbers, not objects: every pane has two of these, thousands deep, and under a flood
 * each young GC copied every {@link Chunk} kept alive; {@link #get} makes one when asked.
 */
public final class ChunkLog {
    public static final int DEFAULT_CAPACITY = 4_096;

    private final long[] offsets;
    private final int[] sizes;
    private final long[] seqs;
    private final long[] nanos;
    private int start;
    private int size;
    private long dropped;

    public ChunkLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        offsets = new long[capacity];
        sizes = new int[capacity];
        seqs = new long[capacity];
        nanos = new long[capacity];
    }

    public ChunkLog() {
        this(DEFAULT_CAPACITY);
    }

    public void add(Chunk chunk) {
        add(chunk.offset(), chunk.size(), chunk.seq(), chunk.nanos());
    }

    /** {@link #add(Chunk)} without making the chunk. */
    public void add(long offset, int bytes, long seq, long at) {
        int capacity = offsets.length;
        int slot;
        if (size < capacity) {
            slot = (start + size) % capacity;
            size++;
        } else {
            slot = start;
            start = (start + 1) % capacity;
            dropped++;
        }
        offsets[slot] = offset;
        sizes[slot] = bytes;
        seqs[slot] = seq;
        nanos[slot] = at;
    }

    public int size() {
        return size;
    }

    public Chunk get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        int slot = (start + i) % offsets.length;
        return new Chunk(offsets[slot], sizes[slot], seqs[slot], nanos[slot]);
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
        if (size == 0) {
            return 0;
        }
        int last = (start + size - 1) % offsets.length;
        return offsets[last] + sizes[last] - offsets[start];
    }
}
