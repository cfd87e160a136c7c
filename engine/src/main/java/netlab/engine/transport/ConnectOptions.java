package netlab.engine.transport;

import java.time.Duration;
import java.util.Objects;

import netlab.engine.net.Hosts;
import netlab.engine.tls.TlsClientOptions;

/**
 * Where and how to connect.
 *
 * @param endpoint the endpoint id its events are reported under
 * @param label    the pane name of the connection ({@code echo_client})
 * @param timeout  how long one connection attempt may take
 * @param tls      TLS over the connection (asyncio's {@code ssl=}); null for plain TCP
 */
public record ConnectOptions(String endpoint, String label, String host, int port, Duration timeout, WaterMarks limits,
                             TlsClientOptions tls) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public ConnectOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(host, "host");
        Ports.checkConnect(port);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("connect timeout must be positive, was " + timeout);
        }
        limits = limits == null ? WaterMarks.DEFAULT : limits;
        host = Hosts.unbracket(host);
    }

    public ConnectOptions(String endpoint, String label, String host, int port, Duration timeout, WaterMarks limits) {
        this(endpoint, label, host, port, timeout, limits, null);
    }

    public static ConnectOptions of(String endpoint, String label, String host, int port) {
        return new ConnectOptions(endpoint, label, host, port, null, null, null);
    }

    public ConnectOptions withTls(TlsClientOptions tls) {
        return new ConnectOptions(endpoint, label, host, port, timeout, limits, tls);
    }

    public ConnectOptions withLimits(WaterMarks limits) {
        return new ConnectOptions(endpoint, label, host, port, timeout, limits, tls);
    }
}
