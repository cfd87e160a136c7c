package netlab.engine.transport;

import java.util.Objects;

import netlab.engine.net.Hosts;

/**
 * {@code create_datagram_endpoint(local_addr=(host, port), remote_addr=(host, port))}: a server
 * gives a local address; a client gives a remote one (and is then "connected": it only hears from
 * that address, and learns of ICMP errors). Either host may be null when its side is not given.
 *
 * @param label the pane name of the endpoint
 */
public record DatagramOptions(String endpoint, String label, String localHost, int localPort, String remoteHost, int remotePort) {
    public DatagramOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(label, "label");
        if (localHost == null && remoteHost == null) {
            throw new IllegalArgumentException("a datagram endpoint needs local_addr or remote_addr (or both)");
        }
        if (localHost != null) {
            localHost = Hosts.unbracket(localHost);
            Ports.check(localPort);
        }
        if (remoteHost != null) {
            remoteHost = Hosts.unbracket(remoteHost);
            Ports.checkConnect(remotePort);
        }
    }

    public static DatagramOptions local(String endpoint, String label, String host, int port) {
        return new DatagramOptions(endpoint, label, host, port, null, 0);
    }

    public static DatagramOptions remote(String endpoint, String label, String host, int port) {
        return new DatagramOptions(endpoint, label, null, 0, host, port);
    }
}
