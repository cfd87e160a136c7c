package netlab.engine.transport;

import netlab.engine.bytes.Bytes;

/**
 * asyncio's {@code Protocol}: the callbacks a transport makes, in this order:
 * {@code connection_made}, then {@code data_received}* and at most one {@code eof_received},
 * then {@code connection_lost}. All run on the loop thread.
 */
public interface Protocol {
    /** The connection is up; keep the transport to write with. */
    default void connectionMade(Transport transport) {
    }

    /** Some bytes arrived, exactly as one socket read delivered them. */
    default void dataReceived(Bytes data) {
    }

    /**
     * The peer half-closed. Return true to keep the connection open (this side may still
     * write); false lets the transport close itself, as in asyncio.
     */
    default boolean eofReceived() {
        return false;
    }

    /** The connection is closed; {@code cause} is null for a normal close. */
    default void connectionLost(Throwable cause) {
    }

    /** The transport's write buffer went over its high water mark. */
    default void pauseWriting() {
    }

    /** The write buffer drained under its low water mark. */
    default void resumeWriting() {
    }
}
