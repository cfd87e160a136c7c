package netlab.engine.transport;

/**
 * asyncio's {@code ReadTransport}: what a reader (a StreamReader over a socket or a child's pipe)
 * needs to hold back incoming data when its buffer is full.
 */
public interface ReadTransport {
    void pauseReading();

    void resumeReading();

    boolean isReading();
}
