package netlab.engine.transport;

import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.Origin;
import netlab.engine.net.Address;

/**
 * asyncio's {@code Transport} over one connection. Writes never block: bytes go to a write
 * buffer and the protocol is told to pause when it grows over the high water mark. Loop thread only.
 */
public interface Transport extends ReadTransport {
    /** Queues {@code data} for sending and tries to send it now. */
    void write(Bytes data);

    default void writelines(List<Bytes> lines) {
        for (Bytes line : lines) {
            write(line);
        }
    }

    /** Half-closes: the peer reads EOF once the buffered bytes are sent; this side can still read. */
    void writeEof();

    boolean canWriteEof();

    /** Closes once the buffered bytes are sent; reading stops at once. */
    void close();

    /** Closes at once, dropping the buffered bytes. */
    void abort();

    boolean isClosing();

    /** Bytes written but not yet handed to the kernel. */
    long getWriteBufferSize();

    WaterMarks getWriteBufferLimits();

    void setWriteBufferLimits(WaterMarks limits);

    /** Stops reading: no data_received (nor eof_received) until {@link #resumeReading()}. */
    @Override
    void pauseReading();

    @Override
    void resumeReading();

    /** pause_reading on behalf of a stream reader that holds {@code buffered} bytes (said in the event). */
    @Override
    default void pauseReading(long buffered) {
        pauseReading();
    }

    @Override
    default void resumeReading(long buffered) {
        resumeReading();
    }

    @Override
    boolean isReading();

    Address peername();

    Address sockname();

    /**
     * asyncio's {@code get_extra_info}: {@code peername}, {@code sockname} ({@link Address}),
     * {@code socket} (the Netty channel); over TLS also {@code peercert} (the peer's
     * X509Certificate), {@code cipher} ([suite, protocol]), {@code ssl_object} (the SSLSession) and
     * {@code sslcontext} (the engine's SSLParameters); null for anything else.
     */
    Object getExtraInfo(String name);

    /** Where this connection's events are reported. */
    Origin origin();
}
