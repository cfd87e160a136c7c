package netlab.ui.timeline;

import java.util.ArrayDeque;

/**
 * A row of the timeline: one connection side (a client, a server's connection), a server's own
 * events, an experiment, or a task on the loop.
 */
public final class Lane {
    public enum Kind { CLIENT, SERVER, CONNECTION, EXPERIMENT, TASK, LAB }

    /** A write kept for drawing arrows to the reads of the other side. */
    record Write(long offset, long size, long nanos, long slot) {
        long end() {
            return offset + size;
        }
    }

    static final int KEPT_WRITES = 512;

    private final String key;
    private final Kind kind;
    private final String endpoint;
    private String label;
    private String local;
    private String remote;
    private Lane peer;
    private boolean over;
    private boolean removed;
    private final long firstNanos;
    private long lastNanos;
    final ArrayDeque<Write> writes = new ArrayDeque<>();

    Lane(String key, Kind kind, String endpoint, String label, long firstNanos) {
        this.key = key;
        this.kind = kind;
        this.endpoint = endpoint;
        this.label = label;
        this.firstNanos = firstNanos;
        this.lastNanos = firstNanos;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public String endpoint() {
        return endpoint;
    }

    public String label() {
        return label;
    }

    void setLabel(String label) {
        this.label = label;
    }

    public String local() {
        return local;
    }

    public String remote() {
        return remote;
    }

    void addresses(String local, String remote) {
        if (local != null) {
            this.local = local;
        }
        if (remote != null) {
            this.remote = remote;
        }
    }

    /** The other side of this connection, when both are in the lab. */
    public Lane peer() {
        return peer;
    }

    void setPeer(Lane peer) {
        this.peer = peer;
    }

    public boolean isOver() {
        return over;
    }

    void setOver() {
        over = true;
    }

    boolean isRemoved() {
        return removed;
    }

    void setRemoved() {
        removed = true;
        writes.clear();
    }

    public long firstNanos() {
        return firstNanos;
    }

    public long lastNanos() {
        return lastNanos;
    }

    void touch(long nanos) {
        lastNanos = Math.max(lastNanos, nanos);
    }

    void wrote(long offset, long size, long nanos, long slot) {
        writes.addLast(new Write(offset, size, nanos, slot));
        if (writes.size() > KEPT_WRITES) {
            writes.removeFirst();
        }
    }

    @Override
    public String toString() {
        return kind + " " + label;
    }
}
