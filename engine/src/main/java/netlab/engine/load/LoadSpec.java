package netlab.engine.load;

import java.time.Duration;
import java.util.Objects;

import netlab.engine.net.Hosts;
import netlab.engine.transport.Ports;

/**
 * One load run against an echo server.
 *
 * @param connections how many connections at once
 * @param size        bytes per message (pingpong) or per write (stream)
 * @param duration    how long it is measured
 * @param warmup      how long it runs before it is measured
 * @param threads     event-loop threads of the generator (1 keeps it on one core)
 */
public record LoadSpec(String host, int port, int connections, int size, Duration duration, Duration warmup,
                       LoadMode mode, int threads) {
    public static final int MAX_CONNECTIONS = 100_000;
    public static final int MAX_SIZE = 16 * 1024 * 1024;
    public static final Duration MAX_DURATION = Duration.ofHours(1);

    public LoadSpec {
        Objects.requireNonNull(host, "host");
        host = Hosts.unbracket(host);
        if (host.isEmpty()) {
            throw new IllegalArgumentException("host must not be empty (127.0.0.1 is this machine)");
        }
        Ports.checkConnect(port);
        if (connections < 1 || connections > MAX_CONNECTIONS) {
            throw new IllegalArgumentException("connections must be 1.." + MAX_CONNECTIONS + ", was " + connections);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + " bytes, was " + size);
        }
        duration = duration == null ? Duration.ofSeconds(10) : duration;
        warmup = warmup == null ? Duration.ZERO : warmup;
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("duration must be more than 0 and at most 1 hour, was " + duration);
        }
        if (warmup.isNegative() || warmup.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("warm-up must be 0 to 1 hour, was " + warmup);
        }
        mode = mode == null ? LoadMode.PINGPONG : mode;
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be 1..64, was " + threads);
        }
    }

    public static LoadSpec pingpong(String host, int port, int connections, int size, Duration duration) {
        return new LoadSpec(host, port, connections, size, duration, Duration.ZERO, LoadMode.PINGPONG, 1);
    }
}
