package netlab.engine.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import netlab.engine.net.HostPort;
import netlab.engine.net.Ports;
import netlab.engine.tls.TlsClientOptions;

/**
 * Where and how to connect over TCP ({@code create_connection}). {@link #of} gives the defaults:
 * a {@link #DEFAULT_TIMEOUT} connect timeout, asyncio's water marks, plain TCP.
 *
 * @param endpoint the endpoint id its events are reported under
 * @param label    the pane name of the connection ({@code echo_client})
 * @param target   where to connect; port 1..65535
 * @param timeout  how long one connection attempt may take
 * @param tls      TLS over the connection (asyncio's {@code ssl=}), or plain TCP
 * @param source   the local address to connect from (asyncio's {@code local_addr=}); empty: the system's choice
 */
public record ConnectOptions(String endpoint, String label, HostPort target, Duration timeout, WaterMarks limits,
                             Optional<TlsClientOptions> tls, Optional<HostPort> source) {
    public ConnectOptions(String endpoint, String label, HostPort target, Duration timeout, WaterMarks limits,
                          Optional<TlsClientOptions> tls) {
        this(endpoint, label, target, timeout, limits, tls, Optional.empty());
    }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public ConnectOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(target, "target");
        Ports.checkConnect(target.port());
        checkTimeout(timeout);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(source, "source");
    }

    /** Connects from {@code source} (port 0: any free port). */
    public ConnectOptions withSource(Optional<HostPort> source) {
        return new ConnectOptions(endpoint, label, target, timeout, limits, tls, source);
    }

    /** Connects to {@code target} with the defaults. */
    public static ConnectOptions of(String endpoint, String label, HostPort target) {
        return new ConnectOptions(endpoint, label, target, DEFAULT_TIMEOUT, WaterMarks.DEFAULT, Optional.empty());
    }

    public ConnectOptions withTls(TlsClientOptions tls) {
        return new ConnectOptions(endpoint, label, target, timeout, limits, Optional.of(tls), source);
    }

    public ConnectOptions withLimits(WaterMarks limits) {
        return new ConnectOptions(endpoint, label, target, timeout, limits, tls, source);
    }

    public ConnectOptions withTimeout(Duration timeout) {
        return new ConnectOptions(endpoint, label, target, timeout, limits, tls, source);
    }

    static Duration checkTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("connect timeout must be positive, was " + timeout);
        }
        return timeout;
    }
}
