package netlab.engine.transport;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

import netlab.engine.net.DomainSockets;
import netlab.engine.net.SocketAddr;

/**
 * How to listen on a Unix domain socket ({@code start_unix_server(path=...)}).
 *
 * @param labeler the pane name of a connection; its peer has no address, so by default the
 *                connections are numbered ({@code unix_1}, {@code unix_2}, ...)
 */
public record UnixServerOptions(String endpoint, Path path, int backlog, WaterMarks limits,
                                Function<SocketAddr, String> labeler, int maxConnections) {
    public UnixServerOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        path = checkPath(path);
        if (backlog < 1 || backlog > 65535) {
            throw new IllegalArgumentException("backlog must be 1..65535, was " + backlog);
        }
        limits = limits == null ? WaterMarks.DEFAULT : limits;
        if (maxConnections < 0) {
            throw new IllegalArgumentException("max connections must be >= 0 (0: no cap), was " + maxConnections);
        }
        if (labeler == null) {
            int[] n = {0};
            labeler = peer -> "unix_" + ++n[0];
        }
    }

    public UnixServerOptions(String endpoint, Path path, int backlog, WaterMarks limits, Function<SocketAddr, String> labeler) {
        this(endpoint, path, backlog, limits, labeler, 0);
    }

    public static UnixServerOptions of(String endpoint, Path path) {
        return new UnixServerOptions(endpoint, path, ServerOptions.DEFAULT_BACKLOG, null, null, 0);
    }

    public UnixServerOptions withLabeler(Function<SocketAddr, String> labeler) {
        return new UnixServerOptions(endpoint, path, backlog, limits, labeler, maxConnections);
    }

    public UnixServerOptions withBacklog(int backlog) {
        return new UnixServerOptions(endpoint, path, backlog, limits, labeler, maxConnections);
    }

    public UnixServerOptions withMaxConnections(int maxConnections) {
        return new UnixServerOptions(endpoint, path, backlog, limits, labeler, maxConnections);
    }

    /** A socket path a person typed: not empty, absolute once resolved, and short enough for sun_path. */
    public static Path checkPath(Path path) {
        if (path == null || path.toString().isBlank()) {
            throw new IllegalArgumentException("a Unix socket needs a path, e.g. /tmp/echo.sock");
        }
        Path p = path.toAbsolutePath().normalize();
        int bytes = DomainSockets.pathBytes(p);
        if (bytes > DomainSockets.MAX_PATH_BYTES) {
            throw new IllegalArgumentException("AF_UNIX path too long: " + bytes + " bytes, at most "
                    + DomainSockets.MAX_PATH_BYTES + " (" + p + ")");
        }
        return p;
    }
}
