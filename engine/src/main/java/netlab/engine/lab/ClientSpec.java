package netlab.engine.lab;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import netlab.engine.bytes.Bytes;
import netlab.engine.experiments.StreamEchoClient;
import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import netlab.engine.net.Ports;
import netlab.engine.net.UnixPath;
import netlab.engine.stream.ReadMode;
import netlab.engine.transport.ConnectOptions;
import netlab.engine.transport.MulticastOptions;
import netlab.engine.errors.Refusal;

/**
 * A lab client. By default seed 000's: connect, send {@code parts} as separate writes with
 * {@code pause} between them, half-close if asked, then read the reply as {@code read} says
 * (chunks of {@code readSize} until EOF) — over TCP, TLS, UDP or a Unix socket. Built by name
 * ({@link #builder()}, or {@link #toBuilder()} from another); the constructor checks it.
 *
 * @param transport what it speaks
 * @param target    where it connects: a {@link HostPort}, or for UNIX a {@link UnixPath} (a
 *                  preset's client takes its server's; {@link UnixPath#UNNAMED} until then); over
 *                  UDP, port 0 means "a port nobody listens on", to show error_received
 * @param behavior  which seed client runs (ignored over UDP, where it is seed 001 #9's)
 * @param read      how the echo client reads
 * @param trust     whom a TLS client trusts
 * @param connectTimeout how long connecting may take before TimeoutError
 * @param multicast how a UDP client sends to a group (interface, TTL, loopback); the target is then the group
 * @param source    the address to connect or send from (an IP address; port 0: any), or empty: the system's choice
 * @param broadcast SO_BROADCAST: a UDP client may send to a broadcast address (only when asked, as asyncio's allow_broadcast)
 */
public record ClientSpec(TransportKind transport, Address target, List<Bytes> parts, Duration pause, boolean halfClose,
                         int readSize, ReadMode read, ClientBehavior behavior, TlsTrust trust, Duration connectTimeout,
                         MulticastOptions multicast, boolean broadcast, Optional<HostPort> source) {

    public ClientSpec(TransportKind transport, Address target, List<Bytes> parts, Duration pause, boolean halfClose,
                      int readSize, ReadMode read, ClientBehavior behavior, TlsTrust trust, Duration connectTimeout,
                      MulticastOptions multicast, boolean broadcast) {
        this(transport, target, parts, pause, halfClose, readSize, read, behavior, trust, connectTimeout, multicast, broadcast, Optional.empty());
    }

    public ClientSpec(TransportKind transport, Address target, List<Bytes> parts, Duration pause, boolean halfClose,
                      int readSize, ReadMode read, ClientBehavior behavior, TlsTrust trust, Duration connectTimeout) {
        this(transport, target, parts, pause, halfClose, readSize, read, behavior, trust, connectTimeout, MulticastOptions.DEFAULTS, false);
    }

    public ClientSpec {
        multicast = multicast == null ? MulticastOptions.DEFAULTS : multicast;
        if (multicast.join().isPresent()) {
            throw Refusal.CLIENT_JOINS.refuse();
        }
        if (!multicast.equals(MulticastOptions.DEFAULTS) && transport != TransportKind.UDP) {
            throw Refusal.MULTICAST_CLIENT_UDP.refuse(transport.id());
        }
        source = source == null ? Optional.empty() : source;
        source.ifPresent(ClientSpec::checkSource);
        if (source.isPresent() && transport == TransportKind.UNIX) {
            throw Refusal.UNIX_NO_SOURCE.refuse();
        }
        if (broadcast && transport != TransportKind.UDP) {
            throw Refusal.BROADCAST_UDP.refuse(transport.id());
        }
        Objects.requireNonNull(transport, "transport");
        target = checkTarget(transport, target);
        parts = List.copyOf(parts);
        if (parts.size() > Limits.MAX_PARTS) {
            throw Refusal.MAX_PARTS.refuse(Limits.MAX_PARTS, parts.size());
        }
        long total = 0;
        for (Bytes part : parts) {
            total += part.size();
        }
        if (total > Limits.MAX_MESSAGE_BYTES) {
            throw Refusal.MAX_MESSAGE.refuse(Limits.MAX_MESSAGE_BYTES, total);
        }
        Objects.requireNonNull(pause, "pause");
        if (pause.isNegative() || pause.toMillis() > Limits.MAX_PAUSE_MILLIS) {
            throw Refusal.PAUSE.refuse(Limits.MAX_PAUSE_MILLIS, pause.toMillis());
        }
        Limits.readSize(readSize);
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(behavior, "behavior");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (connectTimeout.toMillis() < 1 || connectTimeout.compareTo(Limits.MAX_CONNECT_TIMEOUT) > 0) {
            throw Refusal.CONNECT_TIMEOUT.refuse(Limits.MAX_CONNECT_TIMEOUT.toSeconds(), connectTimeout.toMillis());
        }
    }

    private static Address checkTarget(TransportKind transport, Address target) {
        Objects.requireNonNull(target, "target");
        if (transport == TransportKind.UNIX) {
            if (!(target instanceof UnixPath path)) {
                throw Refusal.UNIX_CONNECTS_TO_PATH.refuse(target);
            }
            return path.isUnnamed() ? path : path.checked();
        }
        if (!(target instanceof HostPort hostPort)) {
            throw Refusal.PATH_FOR_UNIX_CLIENT.refuse(transport.id());
        }
        if (!(transport == TransportKind.UDP && hostPort.port() == 0)) {
            Ports.checkConnect(hostPort.port());
        }
        return new HostPort(Limits.host(hostPort.host()), hostPort.port());
    }

    /** A source is an IP address: it is bound, not looked up. */
    private static void checkSource(HostPort source) {
        String host = source.host();
        boolean literal = host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
        if (!literal) {
            throw Refusal.SOURCE_IP.refuse(host);
        }
        Ports.check(source.port());
    }

    /** True when a UDP client sends to a multicast group (its interface is checked then). */
    public boolean toGroup() {
        return transport == TransportKind.UDP && target instanceof HostPort hp && MulticastOptions.isGroup(hp.host());
    }

    /** Seed 000's client against 127.0.0.1 port 10000, to change by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** The seed's client against {@code target}: three parts, no pause, half-close, 128-byte reads. */
    public static ClientSpec seed(HostPort target) {
        return builder().target(target).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder().transport(transport).address(target).parts(parts).pause(pause).halfClose(halfClose).readSize(readSize)
                .behavior(behavior).trust(trust).connectTimeout(connectTimeout).multicast(multicast).broadcast(broadcast).source(source);
        if (!read.equals(ReadMode.chunk(readSize))) {
            b.read(read); // said, not the default that follows the read size
        }
        return b;
    }

    /** The same client aimed elsewhere (a preset's client at wherever its server really listens). */
    public ClientSpec withTarget(TransportKind transport, Address target) {
        return new ClientSpec(transport, target, parts, pause, halfClose, readSize, read, behavior, trust, connectTimeout, multicast, broadcast, source);
    }

    /** The host and port it connects to; IllegalStateException for a Unix client. */
    public HostPort hostPort() {
        if (target instanceof HostPort hp) {
            return hp;
        }
        throw new IllegalStateException("a unix client connects to a path, not a port: " + target);
    }

    public int totalBytes() {
        int total = 0;
        for (Bytes part : parts) {
            total += part.size();
        }
        return total;
    }

    /**
     * How many writes (datagrams, over UDP) the client's program makes: the keystroke client one
     * per byte, the seed-000 and lines clients one per part, the others the whole message at once.
     */
    public int writes() {
        return writesOver(transport);
    }

    /** {@link #writes()} when it runs over {@code over} (a preset's client takes its server's transport). */
    public int writesOver(TransportKind over) {
        if (over == TransportKind.UDP) {
            return 1;
        }
        return switch (behavior) {
            case KEYS -> totalBytes();
            case ECHO, LINES -> parts.size();
            case ONCE, PROTOCOL -> 1;
        };
    }

    /**
     * Whether the client's program half-closes (write_eof()) after its last write: only the
     * seed-000 client does, when asked to, and not over TLS (can_write_eof() is False) or UDP.
     */
    public boolean writesEof() {
        return writesEofOver(transport);
    }

    /** {@link #writesEof()} when it runs over {@code over}. */
    public boolean writesEofOver(TransportKind over) {
        return halfClose && behavior == ClientBehavior.ECHO && (over == TransportKind.TCP || over == TransportKind.UNIX);
    }

    /** The parts as one message. */
    public Bytes message() {
        return Bytes.concat(parts);
    }

    /**
     * A client spec by name. Each setter says one thing; {@link #build()} checks them together.
     * The target follows the transport: a Unix client connects to {@link #path}, the others to
     * {@link #host} and {@link #port} ({@link AddressBuilder}). Unless {@link #read} is said, the reply is read in chunks
     * of {@link #readSize}.
     */
    public static final class Builder extends AddressBuilder<Builder> {
        private List<Bytes> parts = StreamEchoClient.SEED_MESSAGES;
        private Duration pause = Duration.ZERO;
        private boolean halfClose = true;
        private int readSize = ServerSpec.DEFAULT_READ_SIZE;
        private ReadMode read;
        private ClientBehavior behavior = ClientBehavior.ECHO;
        private TlsTrust trust = TlsTrust.LAB;
        private Duration connectTimeout = ConnectOptions.DEFAULT_TIMEOUT;
        private MulticastOptions multicast = MulticastOptions.DEFAULTS;
        private boolean broadcast;
        private Optional<HostPort> source = Optional.empty();

        private Builder() {
            super(ServerSpec.DEFAULT_HOST, ServerSpec.DEFAULT_PORT);
        }




        /** Host and port at once. */
        public Builder target(HostPort target) {
            return host(target.host()).port(target.port());
        }


        public Builder parts(List<Bytes> parts) {
            this.parts = List.copyOf(parts);
            return this;
        }

        public Builder pause(Duration pause) {
            this.pause = Objects.requireNonNull(pause, "pause");
            return this;
        }

        public Builder halfClose(boolean halfClose) {
            this.halfClose = halfClose;
            return this;
        }

        public Builder readSize(int readSize) {
            this.readSize = readSize;
            return this;
        }

        public Builder read(ReadMode read) {
            this.read = Objects.requireNonNull(read, "read");
            return this;
        }

        public Builder behavior(ClientBehavior behavior) {
            this.behavior = Objects.requireNonNull(behavior, "behavior");
            return this;
        }

        public Builder trust(TlsTrust trust) {
            this.trust = Objects.requireNonNull(trust, "trust");
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /** How a UDP client sends to a group: interface, TTL, loopback. */
        public Builder multicast(MulticastOptions multicast) {
            this.multicast = Objects.requireNonNull(multicast, "multicast");
            return this;
        }

        /** SO_BROADCAST: a UDP client may send to a broadcast address. */
        public Builder broadcast(boolean broadcast) {
            this.broadcast = broadcast;
            return this;
        }

        /** The address to connect or send from; empty: the system's choice. */
        public Builder source(Optional<HostPort> source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        public ClientSpec build() {
            Address target = buildAddress("client", true);
            ReadMode mode = read != null ? read : ReadMode.chunk(Limits.readSize(readSize));
            ClientSpec built = new ClientSpec(transport(), target, parts, pause, halfClose, readSize, mode, behavior, trust, connectTimeout, multicast, broadcast, source);
            if (built.toGroup()) {
                multicast.networkInterface(); // an interface that does not exist is said now, not when it sends
            }
            return built;
        }
    }
}
