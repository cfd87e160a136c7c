package netlab.engine.transport;

import java.time.Duration;
import java.util.Objects;

import netlab.engine.net.UnixPath;

/**
 * Where and how to connect over a Unix domain socket ({@code open_unix_connection(path=...)}).
 * {@link #of} gives the defaults, as {@link ConnectOptions#of} does.
 *
 * @param target the socket path, checked ({@link UnixPath#checked()}) and made absolute
 */
public record UnixConnectOptions(String endpoint, String label, UnixPath target, Duration timeout, WaterMarks limits) {
    public UnixConnectOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(label, "label");
        target = Objects.requireNonNull(target, "target").checked();
        ConnectOptions.checkTimeout(timeout);
        Objects.requireNonNull(limits, "limits");
    }

    /** Connects to {@code target} with the defaults. */
    public static UnixConnectOptions of(String endpoint, String label, UnixPath target) {
        return new UnixConnectOptions(endpoint, label, target, ConnectOptions.DEFAULT_TIMEOUT, WaterMarks.DEFAULT);
    }

    public UnixConnectOptions withTimeout(Duration timeout) {
        return new UnixConnectOptions(endpoint, label, target, timeout, limits);
    }
}
