package netlab.ui.reader;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.ErrorInfo;
import netlab.engine.event.LabEvent;

/**
 * One thing that happened to a StreamReader's buffer: bytes came in (data_received), a read
 * waited, returned with bytes taken from the front, or raised; the peer's EOF; the end.
 *
 * @param event       the event it shows, its bytes cut to a preview (for the code view and the timeline)
 * @param type        what happened
 * @param method      the read method ({@code readline}); empty for data, EOF and the end
 * @param moved       the bytes data_received added (at the back) or the read took (from the front); a preview
 * @param movedSize   how many bytes that was
 * @param kept        the head of what stayed in the buffer: before the new bytes for {@link Type#DATA},
 *                    after the read for the others; a preview
 * @param keptSize    how many bytes stayed
 * @param keptKnown   false when the buffer's bytes are not known (too many, or events were elided)
 * @param waitedNanos how long the read waited (from its {@code waiting} event), -1 when it did not
 * @param firstAgo    for a read: how long before it returned its first byte had arrived; -1 unknown
 * @param lastAgo     for a read: how long before it returned its last byte had arrived; -1 unknown
 * @param error       what a read raised, or why the connection ended; null otherwise
 */
public record ReaderStep(LabEvent event, Type type, String method, Bytes moved, long movedSize, Bytes kept, long keptSize,
                         boolean keptKnown, long waitedNanos, long firstAgo, long lastAgo, ErrorInfo error) {

    public enum Type {
        /** data_received filled the buffer. */
        DATA,
        /** A read found too little and waits for data_received or EOF. */
        WAIT,
        /** A read returned with bytes from the front of the buffer. */
        RETURN,
        /** A read raised (IncompleteReadError, LimitOverrunError, ValueError, the connection's error). */
        RAISE,
        /** eof_received: nothing more will come. */
        EOF,
        /** connection_lost. */
        LOST
    }

    /** Bytes shown of what moved and of the buffer's head. */
    public static final int PREVIEW = 48;

    public long seq() {
        return event.seq();
    }

    public long nanos() {
        return event.nanos();
    }

    /** The buffer's size after this step. */
    public long bufferAfter() {
        return type == Type.DATA ? keptSize + movedSize : keptSize;
    }

    /** A read that returned before any of its bytes had to be waited for: they were all in the buffer already. */
    public boolean servedFromBuffer() {
        return type == Type.RETURN && waitedNanos < 0;
    }
}
