package netlab.engine.transport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** Where and how to connect over a Unix domain socket ({@code open_unix_connection(path=...)}). */
public record UnixConnectOptions(String endpoint, String label, Path path, Duration timeout, WaterMarks limits) {
    public UnixConnectOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(label, "label");
        path = UnixServerOptions.checkPath(path);
        timeout = timeout == null ? ConnectOptions.DEFAULT_TIMEOUT : timeout;
        limits = limits == null ? WaterMarks.DEFAULT : limits;
    }

    public static UnixConnectOptions of(String endpoint, String label, Path path) {
        return new UnixConnectOptions(endpoint, label, path, null, null);
    }
}
