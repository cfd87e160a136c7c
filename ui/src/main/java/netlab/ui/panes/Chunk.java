package netlab.ui.panes;

/**
 * One write or one read of a connection: where it starts in its direction's byte stream and how
 * many bytes it carried, with the event's sequence number and time.
 */
public record Chunk(long offset, int size, long seq, long nanos) {
    public long end() {
        return offset + size;
    }
}
