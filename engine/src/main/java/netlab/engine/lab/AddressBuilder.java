package netlab.engine.lab;

import java.util.Objects;

import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import netlab.engine.net.Ports;
import netlab.engine.net.UnixPath;

/**
 * What every spec builder says first: where its endpoint is. A transport, and a host and port,
 * or for UNIX a socket path; the address built follows the transport. A path given with another
 * transport said after it is refused when built.
 *
 * @param <B> the builder itself, which every setter returns
 */
public abstract class AddressBuilder<B extends AddressBuilder<B>> {
    private TransportKind transport = TransportKind.TCP;
    private String host;
    private int port;
    private UnixPath path = UnixPath.UNNAMED;
    private boolean pathGiven;

    AddressBuilder(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public B transport(TransportKind transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        return self();
    }

    public B host(String host) {
        this.host = Objects.requireNonNull(host, "host");
        return self();
    }

    public B port(int port) {
        this.port = port;
        return self();
    }

    /** A Unix socket at {@code path}; sets the transport to UNIX. */
    public B path(UnixPath path) {
        this.path = Objects.requireNonNull(path, "path");
        this.pathGiven = true;
        this.transport = TransportKind.UNIX;
        return self();
    }

    final TransportKind transport() {
        return transport;
    }

    /**
     * The address said, its port checked as a person would be told: one to listen on (0 picks a
     * free one) or, when {@code connects}, one to connect to (1..65535; over UDP 0 means a port
     * nobody listens on).
     *
     * @param noun what the spec is, for the message: {@code server}, {@code client}, {@code relay}
     */
    final Address buildAddress(String noun, boolean connects) {
        if (pathGiven && transport != TransportKind.UNIX) {
            throw new IllegalArgumentException("a socket path is for a unix " + noun + ", not " + transport.id());
        }
        if (transport == TransportKind.UNIX) {
            return path;
        }
        if (!connects) {
            Ports.check(port);
        } else if (!(transport == TransportKind.UDP && port == 0)) {
            Ports.checkConnect(port);
        }
        return new HostPort(host, port);
    }

    /** Where, at once: a host and port, or a socket path (which sets the transport to UNIX). */
    public B address(Address address) {
        return switch (address) {
            case HostPort hp -> host(hp.host()).port(hp.port());
            case UnixPath up -> path(up);
        };
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
