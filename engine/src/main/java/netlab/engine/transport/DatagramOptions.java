package netlab.engine.transport;

import java.util.Objects;
import java.util.Optional;

import netlab.engine.net.HostPort;
import netlab.engine.net.Ports;

/**
 * {@code create_datagram_endpoint(local_addr=(host, port), remote_addr=(host, port))}: a server
 * gives a local address; a client gives a remote one (and is then "connected": it only hears from
 * that address, and learns of ICMP errors). Either may be absent, not both.
 *
 * @param label the pane name of the endpoint
 * @param multicast the group a server joins, and how what is sent to a group goes out
 * @param broadcast SO_BROADCAST, asked for: the socket may send to a broadcast address, and is not
 *                  connected (the replies come from the hosts that heard it)
 * @param reuse     SO_REUSEADDR / SO_REUSEPORT
 */
public record DatagramOptions(String endpoint, String label, Optional<HostPort> local, Optional<HostPort> remote,
                              MulticastOptions multicast, boolean broadcast, ReuseOptions reuse) {
    public DatagramOptions(String endpoint, String label, Optional<HostPort> local, Optional<HostPort> remote) {
        this(endpoint, label, local, remote, MulticastOptions.DEFAULTS, false, ReuseOptions.NONE);
    }

    public DatagramOptions {
        Objects.requireNonNull(multicast, "multicast");
        Objects.requireNonNull(reuse, "reuse");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
        if (local.isEmpty() && remote.isEmpty()) {
            throw new IllegalArgumentException("a datagram endpoint needs local_addr or remote_addr (or both)");
        }
        remote.ifPresent(r -> Ports.checkConnect(r.port()));
    }

    /** A socket bound to {@code address} ({@code local_addr}): a server. */
    public static DatagramOptions local(String endpoint, String label, HostPort address) {
        return new DatagramOptions(endpoint, label, Optional.of(address), Optional.empty());
    }

    /** A socket connected to {@code address} ({@code remote_addr}): a client. */
    public static DatagramOptions remote(String endpoint, String label, HostPort address) {
        return new DatagramOptions(endpoint, label, Optional.empty(), Optional.of(address));
    }

    /** The same socket with these multicast settings. */
    public DatagramOptions withMulticast(MulticastOptions multicast) {
        return new DatagramOptions(endpoint, label, local, remote, multicast, broadcast, reuse);
    }

    /** The same socket with SO_BROADCAST on or off. */
    public DatagramOptions withBroadcast(boolean broadcast) {
        return new DatagramOptions(endpoint, label, local, remote, multicast, broadcast, reuse);
    }

    /** The same socket with SO_REUSEADDR / SO_REUSEPORT as said. */
    public DatagramOptions withReuse(ReuseOptions reuse) {
        return new DatagramOptions(endpoint, label, local, remote, multicast, broadcast, reuse);
    }
}
