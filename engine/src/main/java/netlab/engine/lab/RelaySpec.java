package netlab.engine.lab;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import netlab.engine.net.Ports;
import netlab.engine.net.UnixPath;
import netlab.engine.relay.SplitMode;
import netlab.engine.errors.Refusal;

/**
 * A re-chunking relay: it listens like a server and forwards each connection it accepts to a
 * target, both ways, re-splitting the bytes on the way ({@code split}), each chunk waiting
 * {@code delay} and the whole kept under {@code rate}. Over UDP it forwards datagrams whole and
 * may delay, drop and reorder them instead. Built by name ({@link #builder()}, or
 * {@link #toBuilder()} from another); the constructor checks it.
 *
 * @param transport what it listens on and forwards: TCP, UNIX or UDP
 * @param listen    where it listens: a {@link HostPort} (port 0 picks a free port), or for UNIX a
 *                  {@link UnixPath} ({@link UnixPath#UNNAMED}: the lab picks a fresh path)
 * @param target    where it forwards to: a host and port, or (stream relays only) a socket path
 * @param split     how the bytes are cut on the way ({@link SplitMode#NONE}: as they were read)
 * @param seed      where random splits, drops and reorders start; empty: one is drawn and reported
 * @param delay     how long each chunk (datagram) waits before it is written on
 * @param rate      bytes per second at most, each way; 0 for no limit
 * @param hold      how long a planned chunk waits for the rest of its bytes before it goes on short
 * @param drop      UDP: the chance (0..1) that a datagram is dropped
 * @param reorder   UDP: the chance (0..1) that a datagram is held back and sent after the next one
 */
public record RelaySpec(TransportKind transport, Address listen, Address target, SplitMode split, OptionalLong seed,
                        Duration delay, long rate, Duration hold, double drop, double reorder) {
    public static final Duration DEFAULT_HOLD = Duration.ofMillis(200);
    public static final long MAX_DELAY_MILLIS = 60_000;
    public static final long MAX_HOLD_MILLIS = 10_000;
    public static final long MAX_RATE = 10_000_000_000L;

    public RelaySpec {
        Objects.requireNonNull(transport, "transport");
        if (transport == TransportKind.TLS) {
            throw Refusal.RELAY_NO_TLS.refuse();
        }
        listen = ServerSpec.checkListen(transport, listen);
        Objects.requireNonNull(target, "target");
        if (target instanceof UnixPath path) {
            if (transport == TransportKind.UDP) {
                throw Refusal.UDP_RELAY_TARGET.refuse();
            }
            target = path.checked();
        } else if (target instanceof HostPort hostPort) {
            Ports.checkConnect(hostPort.port());
            target = new HostPort(Limits.host(hostPort.host()), hostPort.port());
        }
        Objects.requireNonNull(split, "split");
        if (transport == TransportKind.UDP && split.kind() != SplitMode.Kind.NONE) {
            throw Refusal.UDP_RELAY_NO_SPLIT.refuse();
        }
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative() || delay.toMillis() > MAX_DELAY_MILLIS) {
            throw Refusal.DELAY.refuse(MAX_DELAY_MILLIS, delay.toMillis());
        }
        if (rate < 0 || rate > MAX_RATE) {
            throw Refusal.RATE.refuse(MAX_RATE, rate);
        }
        Objects.requireNonNull(hold, "hold");
        if (hold.toMillis() < 1 || hold.toMillis() > MAX_HOLD_MILLIS) {
            throw Refusal.HOLD.refuse(MAX_HOLD_MILLIS, hold.toMillis());
        }
        if (!(drop >= 0 && drop <= 1) || !(reorder >= 0 && reorder <= 1)) {
            throw Refusal.CHANCES.refuse(drop, reorder);
        }
        if (transport != TransportKind.UDP && (drop > 0 || reorder > 0)) {
            throw Refusal.DROP_FOR_UDP.refuse();
        }
    }

    /**
     * A TCP relay on 127.0.0.1, on a free port, that passes each read on as it came, unpaced; say
     * at least where it forwards to ({@link Builder#target}).
     */
    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder().transport(transport).address(listen).target(target).split(split).delay(delay).rate(rate).hold(hold)
                .drop(drop).reorder(reorder);
        seed.ifPresent(b::seed);
        return b;
    }

    /** The same relay listening on another port (TCP, UDP). */
    public RelaySpec withPort(int port) {
        return toBuilder().port(port).build();
    }

    /** The same relay with its random choices starting from {@code seed}. */
    public RelaySpec withSeed(long seed) {
        return toBuilder().seed(seed).build();
    }

    /** The same relay forwarding elsewhere (a preset's relay to wherever its server really listens). */
    public RelaySpec withTarget(Address target) {
        return toBuilder().target(target).build();
    }

    /** What it does to the bytes, in one line: {@code fixed:5, delay 30 ms, seed 7}. */
    public String describe(long seedUsed) {
        StringBuilder s = new StringBuilder();
        if (transport == TransportKind.UDP) {
            s.append("datagrams whole");
            if (drop > 0) {
                s.append(", drop ").append(percent(drop));
            }
            if (reorder > 0) {
                s.append(", reorder ").append(percent(reorder));
            }
        } else {
            s.append("split ").append(split);
        }
        if (!delay.isZero()) {
            s.append(", delay ").append(delay.toMillis()).append(" ms");
        }
        if (rate > 0) {
            s.append(", at most ").append(rate).append(" bytes/s");
        }
        if (usesSeed()) {
            s.append(", seed ").append(seedUsed);
        }
        return s.toString();
    }

    /** As {@link #describe(long)} before it runs: a seed it has not drawn yet is said to be drawn. */
    public String describe() {
        String d = describe(seed.orElse(0));
        return seed.isEmpty() && usesSeed() ? d.replace(", seed 0", ", a seed drawn when it starts") : d;
    }

    /** Whether anything it does is drawn from the seed. */
    public boolean usesSeed() {
        return split.isSeeded() || drop > 0 || reorder > 0;
    }

    private static String percent(double p) {
        return Math.round(p * 1000) / 10.0 + " %";
    }

    /**
     * A relay spec by name. Each setter says one thing; {@link #build()} checks them together.
     * Where it listens follows the transport: a Unix relay on {@link #path}, the others on
     * {@link #host} and {@link #port} ({@link AddressBuilder}).
     */
    public static final class Builder extends AddressBuilder<Builder> {
        private Address target;
        private SplitMode split = SplitMode.NONE;
        private OptionalLong seed = OptionalLong.empty();
        private Duration delay = Duration.ZERO;
        private long rate = 0;
        private Duration hold = DEFAULT_HOLD;
        private double drop = 0;
        private double reorder = 0;

        private Builder() {
            super(ServerSpec.DEFAULT_HOST, 0);
        }




        /** Host and port to listen on at once. */
        public Builder listen(HostPort address) {
            return host(address.host()).port(address.port());
        }


        public Builder target(Address target) {
            this.target = Objects.requireNonNull(target, "target");
            return this;
        }

        public Builder split(SplitMode split) {
            this.split = Objects.requireNonNull(split, "split");
            return this;
        }

        public Builder seed(long seed) {
            this.seed = OptionalLong.of(seed);
            return this;
        }

        public Builder delay(Duration delay) {
            this.delay = Objects.requireNonNull(delay, "delay");
            return this;
        }

        public Builder rate(long rate) {
            this.rate = rate;
            return this;
        }

        public Builder hold(Duration hold) {
            this.hold = Objects.requireNonNull(hold, "hold");
            return this;
        }

        public Builder drop(double drop) {
            this.drop = drop;
            return this;
        }

        public Builder reorder(double reorder) {
            this.reorder = reorder;
            return this;
        }

        public RelaySpec build() {
            Address listen = buildAddress("relay", false);
            if (target == null) {
                throw Refusal.RELAY_TARGET.refuse();
            }
            return new RelaySpec(transport(), listen, target, split, seed, delay, rate, hold, drop, reorder);
        }
    }
}
