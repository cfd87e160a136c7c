package netlab.engine.transport;

import netlab.engine.bytes.Bytes;
import netlab.engine.net.HostPort;

/**
 * asyncio's {@code DatagramProtocol}: {@code connection_made}, then {@code datagram_received} for
 * each datagram (whole: UDP keeps the boundaries TCP does not) and {@code error_received} for each
 * error the socket reports, then {@code connection_lost}. All run on the loop thread.
 */
public interface DatagramProtocol {
    default void connectionMade(DatagramTransport transport) {
    }

    /** One datagram, exactly as it was sent, from {@code addr}. */
    default void datagramReceived(Bytes data, HostPort addr) {
    }

    /**
     * A send or receive failed: on a connected endpoint, an ICMP port unreachable after a send to
     * a port nobody listens on arrives here as {@code ConnectionRefusedError}.
     */
    default void errorReceived(Throwable error) {
    }

    /** The endpoint is closed; {@code cause} is null for a normal close. */
    default void connectionLost(Throwable cause) {
    }
}
