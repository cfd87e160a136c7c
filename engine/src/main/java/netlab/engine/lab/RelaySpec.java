package netlab.engine.lab;

import java.nio.file.Path;
import java.time.Duration;

import netlab.engine.net.Hosts;
import netlab.engine.relay.SplitMode;
import netlab.engine.transport.Ports;

/**
 * A re-chunking relay: it listens like a server and forwards each connection it accepts to a
 * target, both ways, re-splitting the bytes on the way ({@code split}), each chunk waiting
 * {@code delay} and the whole kept under {@code rate}. Over UDP it forwards datagrams whole and
 * may delay, drop and reorder them instead.
 *
 * @param transport  what it listens on and forwards: TCP (default), UNIX (a socket path) or UDP
 * @param host       where a TCP or UDP relay listens; 127.0.0.1 by default
 * @param port       0 picks a free port
 * @param path       the socket path of a UNIX relay; null lets the lab pick one
 * @param targetHost where the relay connects to (TCP, UDP)
 * @param targetPort likewise; 1..65535
 * @param targetPath the socket path to connect to instead of host and port (stream relays only)
 * @param split      how the bytes are cut on the way ({@link SplitMode#NONE}: as they were read)
 * @param seed       where random splits, drops and reorders start; null: one is drawn and reported
 * @param delay      how long each chunk (datagram) waits before it is written on
 * @param rate       bytes per second at most, each way; 0 for no limit
 * @param hold       how long a planned chunk waits for the rest of its bytes before it goes on short
 * @param drop       UDP: the chance (0..1) that a datagram is dropped
 * @param reorder    UDP: the chance (0..1) that a datagram is held back and sent after the next one
 */
public record RelaySpec(TransportKind transport, String host, int port, Path path,
                        String targetHost, int targetPort, Path targetPath,
                        SplitMode split, Long seed, Duration delay, long rate, Duration hold,
                        double drop, double reorder) {
    public static final Duration DEFAULT_HOLD = Duration.ofMillis(200);
    public static final long MAX_DELAY_MILLIS = 60_000;
    public static final long MAX_HOLD_MILLIS = 10_000;
    public static final long MAX_RATE = 10_000_000_000L;

    public RelaySpec {
        transport = transport == null ? TransportKind.TCP : transport;
        if (transport == TransportKind.TLS) {
            throw new IllegalArgumentException("a relay forwards TCP, Unix or UDP; over TLS it would have to decrypt the bytes to re-split them");
        }
        if (transport == TransportKind.UNIX) {
            host = host == null || host.isBlank() ? "localhost" : host.strip();
        } else {
            host = Limits.host(host);
            Ports.check(port);
            if (path != null) {
                throw new IllegalArgumentException("a socket path to listen on is for a unix relay, not " + transport.id());
            }
        }
        if (targetPath != null) {
            if (transport == TransportKind.UDP) {
                throw new IllegalArgumentException("a UDP relay forwards to a host and port, not a socket path");
            }
        } else {
            targetHost = Limits.host(targetHost);
            Ports.checkConnect(targetPort);
        }
        split = split == null ? SplitMode.NONE : split;
        if (transport == TransportKind.UDP && split.kind() != SplitMode.Kind.NONE) {
            throw new IllegalArgumentException("UDP keeps each datagram whole: a UDP relay can delay, drop and reorder datagrams, not split them");
        }
        delay = delay == null ? Duration.ZERO : delay;
        if (delay.isNegative() || delay.toMillis() > MAX_DELAY_MILLIS) {
            throw new IllegalArgumentException("delay must be 0.." + MAX_DELAY_MILLIS + " ms, was " + delay.toMillis());
        }
        if (rate < 0 || rate > MAX_RATE) {
            throw new IllegalArgumentException("rate must be 1.." + MAX_RATE + " bytes/s (0: no limit), was " + rate);
        }
        hold = hold == null ? DEFAULT_HOLD : hold;
        if (hold.toMillis() < 1 || hold.toMillis() > MAX_HOLD_MILLIS) {
            throw new IllegalArgumentException("hold must be 1.." + MAX_HOLD_MILLIS + " ms, was " + hold.toMillis());
        }
        if (!(drop >= 0 && drop <= 1) || !(reorder >= 0 && reorder <= 1)) {
            throw new IllegalArgumentException("drop and reorder are chances from 0 to 1, were " + drop + " and " + reorder);
        }
        if (transport != TransportKind.UDP && (drop > 0 || reorder > 0)) {
            throw new IllegalArgumentException("drop and reorder are for a UDP relay: a TCP stream never loses or reorders bytes (that is its point)");
        }
    }

    /** A TCP relay on {@code port} to {@code targetHost:targetPort} that passes each read on as it came. */
    public static RelaySpec tcp(int port, String targetHost, int targetPort) {
        return new RelaySpec(TransportKind.TCP, Hosts.LOOPBACK_V4, port, null, targetHost, targetPort, null,
                SplitMode.NONE, null, Duration.ZERO, 0, null, 0, 0);
    }

    /** A UDP relay on {@code port} to {@code targetHost:targetPort}. */
    public static RelaySpec udp(int port, String targetHost, int targetPort) {
        return new RelaySpec(TransportKind.UDP, Hosts.LOOPBACK_V4, port, null, targetHost, targetPort, null,
                SplitMode.NONE, null, Duration.ZERO, 0, null, 0, 0);
    }

    /** A relay on a Unix socket ({@code path} null: the lab picks one) to the Unix socket {@code targetPath}. */
    public static RelaySpec unix(Path path, Path targetPath) {
        return new RelaySpec(TransportKind.UNIX, null, 0, path, null, 0, targetPath,
                SplitMode.NONE, null, Duration.ZERO, 0, null, 0, 0);
    }

    public RelaySpec withSplit(SplitMode split) {
        return new RelaySpec(transport, host, port, path, targetHost, targetPort, targetPath, split, seed, delay, rate, hold, drop, reorder);
    }

    public RelaySpec withSeed(Long seed) {
        return new RelaySpec(transport, host, port, path, targetHost, targetPort, targetPath, split, seed, delay, rate, hold, drop, reorder);
    }

    public RelaySpec withDelay(Duration delay) {
        return new RelaySpec(transport, host, port, path, targetHost, targetPort, targetPath, split, seed, delay, rate, hold, drop, reorder);
    }

    public RelaySpec withRate(long rate) {
        return new RelaySpec(transport, host, port, path, targetHost, targetPort, targetPath, split, seed, delay, rate, hold, drop, reorder);
    }

    public RelaySpec withHold(Duration hold) {
        return new RelaySpec(transport, host, port, path, targetHost, targetPort, targetPath, split, seed, delay, rate, hold, drop, reorder);
    }

    public RelaySpec withLosses(double drop, double reorder) {
        return new RelaySpec(transport, host, port, path, targetHost, targetPort, targetPath, split, seed, delay, rate, hold, drop, reorder);
    }

    public RelaySpec withPort(int port) {
        return new RelaySpec(transport, host, port, path, targetHost, targetPort, targetPath, split, seed, delay, rate, hold, drop, reorder);
    }

    /** The same relay forwarding elsewhere (a preset's relay to wherever its server really listens). */
    public RelaySpec withTarget(String targetHost, int targetPort, Path targetPath) {
        return new RelaySpec(transport, host, port, path, targetPath == null ? targetHost : null,
                targetPath == null ? targetPort : 0, targetPath, split, seed, delay, rate, hold, drop, reorder);
    }

    /** Where it forwards to, as a person reads it. */
    public String target() {
        return targetPath != null ? "unix:" + targetPath : (targetHost.indexOf(':') >= 0 ? "[" + targetHost + "]" : targetHost) + ":" + targetPort;
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
        String d = describe(seed == null ? 0 : seed);
        return seed == null && usesSeed() ? d.replace(", seed 0", ", a seed drawn when it starts") : d;
    }

    /** Whether anything it does is drawn from the seed. */
    public boolean usesSeed() {
        return split.isSeeded() || drop > 0 || reorder > 0;
    }

    private static String percent(double p) {
        return Math.round(p * 1000) / 10.0 + " %";
    }
}
