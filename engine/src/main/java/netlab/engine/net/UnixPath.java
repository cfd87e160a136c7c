package netlab.engine.net;

import java.nio.file.Path;
import java.util.Objects;
import netlab.engine.errors.Refusal;

/**
 * The path of a Unix domain socket. A client's own end has none ({@link #UNNAMED}, Python's
 * {@code ''}); a server spec that gives none lets the lab pick a fresh path, as port 0 lets it
 * pick a free port.
 */
public record UnixPath(String path) implements Address {
    /** No path: an unnamed socket (a client's end), or "any fresh path" in a spec. */
    public static final UnixPath UNNAMED = new UnixPath("");

    public UnixPath {
        Objects.requireNonNull(path, "path");
    }

    public static UnixPath of(Path path) {
        return new UnixPath(path.toString());
    }

    public boolean isUnnamed() {
        return path.isEmpty();
    }

    public Path toPath() {
        return Path.of(path);
    }

    /**
     * This path as a person gave it, checked to be usable: not empty, absolute once resolved, and
     * short enough for {@code sun_path} (said now, not when it binds); the resolved path.
     */
    public UnixPath checked() {
        if (path.isBlank()) {
            throw Refusal.UNIX_PATH_EMPTY.refuse();
        }
        Path p = Path.of(path).toAbsolutePath().normalize();
        int bytes = DomainSockets.pathBytes(p);
        if (bytes > DomainSockets.MAX_PATH_BYTES) {
            throw Refusal.UNIX_PATH_LONG.refuse(bytes, DomainSockets.MAX_PATH_BYTES, p);
        }
        return new UnixPath(p.toString());
    }

    /** Python's repr of the path: {@code '/tmp/echo.sock'} ({@code ''} when unnamed). */
    @Override
    public String pyRepr() {
        return "'" + path + "'";
    }

    /** {@code unix:/tmp/echo.sock}, or {@code unix:(unnamed)}. */
    @Override
    public String toString() {
        return isUnnamed() ? "unix:(unnamed)" : "unix:" + path;
    }
}
