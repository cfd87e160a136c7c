package netlab.engine.transport;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.Origin;
import netlab.engine.net.HostPort;

/** asyncio's {@code DatagramTransport}. Loop thread only. */
public interface DatagramTransport {
    /** The most one UDP datagram can carry over IPv4 (65,535 less the IP and UDP headers). */
    int MAX_DATAGRAM_V4 = 65_507;
    /** Over IPv6 (no IP header counted in its payload length). */
    int MAX_DATAGRAM_V6 = 65_527;

    /**
     * Sends one datagram to {@code addr}, or to the remote address when {@code addr} is null (an
     * endpoint made with {@code remote_addr}). One too big for UDP is not sent: error_received gets
     * {@code OSError: [Errno 90] Message too long}.
     */
    void sendto(Bytes data, HostPort addr);

    default void sendto(Bytes data) {
        sendto(data, null);
    }

    void close();

    void abort();

    boolean isClosing();

    /** The local address. */
    HostPort sockname();

    /** The remote address of a connected endpoint, else null. */
    HostPort peername();

    /** {@code sockname}, {@code peername}, {@code socket}; null for anything else. */
    Object getExtraInfo(String name);

    Origin origin();
}
