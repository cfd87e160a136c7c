package netlab.engine.lab;

import java.util.Objects;

import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import netlab.engine.net.Hosts;
import netlab.engine.net.UnixPath;
import netlab.engine.rules.RuleSet;
import netlab.engine.transport.MulticastOptions;
import netlab.engine.transport.ReuseOptions;
import netlab.engine.errors.Refusal;

/**
 * A lab server, as a form, a preset or the command line describes it. Built by name
 * ({@link #builder()}, or {@link #toBuilder()} from another); the constructor checks it.
 *
 * @param transport TCP, TLS (a self-signed certificate made on the fly), UDP or UNIX
 * @param address   where it listens: a {@link HostPort} (port 0 picks a free port), or for UNIX a
 *                  {@link UnixPath} ({@link UnixPath#UNNAMED}: the lab picks a fresh path)
 * @param behavior  what it does with each connection
 * @param readSize  the most one {@code reader.read(n)} returns (echo behaviour)
 * @param maxConnections live connections at most; one more is reset at once and said in the
 *                  server's pane
 * @param rules     rules that answer instead of the behaviour ({@link RuleSet#NONE}: the behaviour answers)
 * @param multicast the group a UDP server joins (it then listens on the group's address or a wildcard)
 * @param reuse     SO_REUSEADDR / SO_REUSEPORT on a UDP server's socket (a TCP server has SO_REUSEADDR always, as asyncio's)
 */
public record ServerSpec(TransportKind transport, Address address, ServerBehavior behavior, int readSize,
                         int maxConnections, RuleSet rules, MulticastOptions multicast, ReuseOptions reuse) {
    public static final String DEFAULT_HOST = Hosts.LOOPBACK_V4;
    public static final int DEFAULT_PORT = 10000;
    public static final int DEFAULT_READ_SIZE = 128;

    public ServerSpec {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(behavior, "behavior");
        address = checkListen(transport, address);
        Limits.readSize(readSize);
        if (transport == TransportKind.UDP && behavior != ServerBehavior.ECHO) {
            throw Refusal.UDP_SERVER_ECHOES.refuse(behavior.id());
        }
        Limits.maxConnections(maxConnections);
        Objects.requireNonNull(rules, "rules");
        multicast = multicast == null ? MulticastOptions.DEFAULTS : multicast;
        reuse = reuse == null ? ReuseOptions.NONE : reuse;
        if (!reuse.equals(ReuseOptions.NONE) && transport != TransportKind.UDP) {
            throw Refusal.REUSE_FOR_UDP.refuse(transport.id());
        }
        if (multicast.join().isPresent()) {
            checkJoin(transport, (HostPort) address, multicast);
        }
    }

    public ServerSpec(TransportKind transport, Address address, ServerBehavior behavior, int readSize, int maxConnections, RuleSet rules) {
        this(transport, address, behavior, readSize, maxConnections, rules, MulticastOptions.DEFAULTS, ReuseOptions.NONE);
    }

    /** A server that joins a group is a UDP one, on the group's address or a wildcard, on an interface there is. */
    private static void checkJoin(TransportKind transport, HostPort address, MulticastOptions multicast) {
        if (transport != TransportKind.UDP) {
            throw Refusal.MULTICAST_SERVER_UDP.refuse(transport.id());
        }
        String group = multicast.join().get().getHostAddress();
        if (!address.isAllInterfaces() && !MulticastOptions.isGroup(address.host())) {
            throw Refusal.MULTICAST_LISTEN.refuse(group, address.host());
        }
        multicast.networkInterface();
    }

    /**
     * Where an endpoint of {@code transport} may listen: a host and port, or for UNIX a socket path
     * (checked now: too long for sun_path is said here, not when it binds); the address to use.
     */
    static Address checkListen(TransportKind transport, Address address) {
        Objects.requireNonNull(address, "address");
        if (transport == TransportKind.UNIX) {
            if (!(address instanceof UnixPath path)) {
                throw Refusal.UNIX_LISTENS_ON_PATH.refuse(address);
            }
            return path.isUnnamed() ? path : path.checked();
        }
        if (!(address instanceof HostPort hostPort)) {
            throw Refusal.PATH_FOR_UNIX_ENDPOINT.refuse(transport.id());
        }
        return new HostPort(Limits.host(hostPort.host()), hostPort.port());
    }

    /** Seed 000's echo server on 127.0.0.1 port 10000. */
    public static ServerSpec defaults() {
        return builder().build();
    }

    /** Seed 000's echo server on 127.0.0.1 port 10000, to change by name. */
    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().transport(transport).address(address).behavior(behavior).readSize(readSize)
                .maxConnections(maxConnections).rules(rules).multicast(multicast).reuse(reuse);
    }

    /** The same server on another port (TCP, TLS, UDP). */
    public ServerSpec withPort(int port) {
        return toBuilder().port(port).build();
    }

    /** The host and port it listens on; IllegalStateException for a Unix server. */
    public HostPort hostPort() {
        if (address instanceof HostPort hp) {
            return hp;
        }
        throw new IllegalStateException("a unix server listens on a path, not a port: " + address);
    }

    /** True when the server listens beyond this machine: shown to the person, never chosen silently. */
    public boolean allInterfaces() {
        return address instanceof HostPort hp && hp.isAllInterfaces();
    }

    /**
     * A server spec by name. Each setter says one thing; {@link #build()} checks them together.
     * The address follows the transport: a Unix server listens on {@link #path}, the others on
     * {@link #host} and {@link #port} ({@link AddressBuilder}).
     */
    public static final class Builder extends AddressBuilder<Builder> {
        private ServerBehavior behavior = ServerBehavior.ECHO;
        private int readSize = DEFAULT_READ_SIZE;
        private int maxConnections = Limits.DEFAULT_MAX_CONNECTIONS;
        private RuleSet rules = RuleSet.NONE;
        private MulticastOptions multicast = MulticastOptions.DEFAULTS;
        private ReuseOptions reuse = ReuseOptions.NONE;

        private Builder() {
            super(DEFAULT_HOST, DEFAULT_PORT);
        }

        /** Host and port at once. */
        public Builder listen(HostPort address) {
            return host(address.host()).port(address.port());
        }


        public Builder behavior(ServerBehavior behavior) {
            this.behavior = Objects.requireNonNull(behavior, "behavior");
            return this;
        }

        public Builder readSize(int readSize) {
            this.readSize = readSize;
            return this;
        }

        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /** Rules that answer instead of the behaviour. */
        public Builder rules(RuleSet rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /** The group a UDP server joins, and on which interface. */
        public Builder multicast(MulticastOptions multicast) {
            this.multicast = Objects.requireNonNull(multicast, "multicast");
            return this;
        }

        /** SO_REUSEADDR / SO_REUSEPORT on a UDP server. */
        public Builder reuse(ReuseOptions reuse) {
            this.reuse = Objects.requireNonNull(reuse, "reuse");
            return this;
        }

        public ServerSpec build() {
            return new ServerSpec(transport(), buildAddress("server", false), behavior, readSize, maxConnections, rules, multicast, reuse);
        }
    }
}
