package netlab.engine.load;

import java.time.Duration;
import java.util.Objects;

import netlab.engine.net.HostPort;
import netlab.engine.net.Ports;
import netlab.engine.errors.Refusal;

/**
 * One load run against an echo server. Built by name ({@link #builder()}); the constructor checks it.
 *
 * @param target      the echo server
 * @param connections how many connections at once
 * @param size        bytes per message (pingpong) or per write (stream)
 * @param duration    how long it is measured
 * @param warmup      how long it runs before it is measured
 * @param threads     event-loop threads of the generator (1 keeps it on one core)
 */
public record LoadSpec(HostPort target, int connections, int size, Duration duration, Duration warmup,
                       LoadMode mode, int threads) {
    public static final int MAX_CONNECTIONS = 100_000;
    public static final int MAX_SIZE = 16 * 1024 * 1024;
    public static final Duration MAX_DURATION = Duration.ofHours(1);

    public LoadSpec {
        Objects.requireNonNull(target, "target");
        if (target.host().isEmpty()) {
            throw Refusal.HOST_EMPTY.refuse();
        }
        Ports.checkConnect(target.port());
        if (connections < 1 || connections > MAX_CONNECTIONS) {
            throw Refusal.LOAD_CONNECTIONS.refuse(MAX_CONNECTIONS, connections);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Refusal.LOAD_SIZE.refuse(MAX_SIZE, size);
        }
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(warmup, "warmup");
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            throw Refusal.LOAD_DURATION.refuse(duration);
        }
        if (warmup.isNegative() || warmup.compareTo(MAX_DURATION) > 0) {
            throw Refusal.LOAD_WARMUP.refuse(warmup);
        }
        Objects.requireNonNull(mode, "mode");
        if (threads < 1 || threads > 64) {
            throw Refusal.LOAD_THREADS.refuse(threads);
        }
    }

    /** 50 ping-pong connections of 64-byte messages for 10 s, on one thread, no warm-up; say at least the target. */
    public static Builder builder() {
        return new Builder();
    }

    /** A load run by name; {@link #build()} checks it. */
    public static final class Builder {
        private HostPort target;
        private int connections = 50;
        private int size = 64;
        private Duration duration = Duration.ofSeconds(10);
        private Duration warmup = Duration.ZERO;
        private LoadMode mode = LoadMode.PINGPONG;
        private int threads = 1;

        private Builder() {
        }

        public Builder target(HostPort target) {
            this.target = Objects.requireNonNull(target, "target");
            return this;
        }

        public Builder connections(int connections) {
            this.connections = connections;
            return this;
        }

        public Builder size(int size) {
            this.size = size;
            return this;
        }

        public Builder duration(Duration duration) {
            this.duration = Objects.requireNonNull(duration, "duration");
            return this;
        }

        public Builder warmup(Duration warmup) {
            this.warmup = Objects.requireNonNull(warmup, "warmup");
            return this;
        }

        public Builder mode(LoadMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public LoadSpec build() {
            if (target == null) {
                throw Refusal.LOAD_TARGET.refuse();
            }
            return new LoadSpec(target, connections, size, duration, warmup, mode, threads);
        }
    }
}
