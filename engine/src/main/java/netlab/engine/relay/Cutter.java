package netlab.engine.relay;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import netlab.engine.bytes.Bytes;

/**
 * Cuts one direction of a relayed byte stream into the chunks the relay writes on, as its
 * {@link SplitMode} says. Fixed and random modes cut at planned places in the stream (every N
 * bytes; after a seeded draw of MIN..MAX bytes), so a chunk whose bytes have not all arrived is
 * held until they do, or until {@link #flush()} (the relay's hold time ran out, or EOF came).
 * Coalescing holds everything until its window ends. Not thread-safe: one per direction, on the loop.
 */
public final class Cutter {
    /** What coalescing gathers at most before it writes on without waiting for its window. */
    static final int MAX_COALESCED = 1024 * 1024;

    private final SplitMode mode;
    private final Random random;
    private long nextCut;
    private long heldFrom;
    private Bytes held = Bytes.EMPTY;

    /** @param seed where a random mode's draws start; ignored by the others */
    public Cutter(SplitMode mode, long seed) {
        this.mode = mode;
        this.random = mode.isSeeded() ? new Random(seed) : null;
        this.nextCut = mode.plansBoundaries() ? draw() : 0;
    }

    private int draw() {
        return mode.kind() == SplitMode.Kind.RANDOM ? mode.min() + random.nextInt(mode.max() - mode.min() + 1) : mode.min();
    }

    /** Takes the bytes of one read; returns the chunks that are complete now, in order. */
    public List<Bytes> add(Bytes data) {
        List<Bytes> out = new ArrayList<>();
        if (data.isEmpty()) {
            return out;
        }
        switch (mode.kind()) {
            case NONE -> out.add(data);
            case BYTE -> {
                for (int i = 0; i < data.size(); i++) {
                    out.add(data.slice(i, i + 1));
                }
                heldFrom += data.size();
            }
            case COALESCE -> {
                held = held.concat(data);
                if (held.size() >= MAX_COALESCED) {
                    out.add(flush());
                }
            }
            case FIXED, RANDOM -> {
                Bytes all = held.concat(data);
                int at = 0;
                while (heldFrom + all.size() >= nextCut) {
                    int end = (int) (nextCut - heldFrom);
                    out.add(all.slice(at, end));
                    at = end;
                    nextCut += draw();
                }
                held = all.slice(at);
                heldFrom += at;
            }
        }
        return out;
    }

    /** Gives up waiting: the bytes held, as one chunk (empty when none). The planned cuts stay where they were. */
    public Bytes flush() {
        Bytes out = held;
        heldFrom += out.size();
        held = Bytes.EMPTY;
        return out;
    }

    /** Bytes waiting for the rest of their chunk (or for the coalescing window to end). */
    public int heldBytes() {
        return held.size();
    }

    /** Where in the stream the held bytes start: a new value means a new chunk is being held. */
    public long heldFrom() {
        return heldFrom;
    }

    public SplitMode mode() {
        return mode;
    }
}
