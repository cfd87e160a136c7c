package netlab.engine.transport;

/**
 * asyncio's {@code ReadTransport}: what a reader (a StreamReader over a socket or a child's pipe)
 * needs to hold back incoming data when its buffer is full.
 */
public interface ReadTransport {
    void pauseReading();

    void resumeReading();

    /** pause_reading on behalf of a reader that holds {@code buffered} bytes (a transport may report it). */
    default void pauseReading(long buffered) {
        pauseReading();
    }

    default void resumeReading(long buffered) {
        resumeReading();
    }

    boolean isReading();
}
