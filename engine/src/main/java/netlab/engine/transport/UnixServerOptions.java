package netlab.engine.transport;

import java.util.Objects;
import java.util.function.Function;

import netlab.engine.net.Address;
import netlab.engine.net.UnixPath;

/**
 * How to listen on a Unix domain socket ({@code start_unix_server(path=...)}). {@link #of} gives
 * the defaults: asyncio's backlog and water marks, connections numbered, no cap on connections.
 *
 * @param address the socket path, checked ({@link UnixPath#checked()}) and made absolute
 * @param labeler the pane name of a connection; its peer has no address, so by default the
 *                connections are numbered ({@code unix_1}, {@code unix_2}, ...)
 */
public record UnixServerOptions(String endpoint, UnixPath address, int backlog, WaterMarks limits,
                                Function<Address, String> labeler, int maxConnections) {
    public UnixServerOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        address = Objects.requireNonNull(address, "address").checked();
        ServerOptions.checkBacklog(backlog);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(labeler, "labeler");
        if (maxConnections < 0) {
            throw new IllegalArgumentException("max connections must be >= 0 (0: no cap), was " + maxConnections);
        }
    }

    /** Listens on {@code address} with the defaults. */
    public static UnixServerOptions of(String endpoint, UnixPath address) {
        return new UnixServerOptions(endpoint, address, ServerOptions.DEFAULT_BACKLOG, WaterMarks.DEFAULT, numbered(), 0);
    }

    /** Names the connections {@code unix_1}, {@code unix_2}, ... in the order they come. */
    public static Function<Address, String> numbered() {
        int[] n = {0};
        return peer -> "unix_" + ++n[0];
    }

    public UnixServerOptions withLabeler(Function<Address, String> labeler) {
        return new UnixServerOptions(endpoint, address, backlog, limits, labeler, maxConnections);
    }

    public UnixServerOptions withBacklog(int backlog) {
        return new UnixServerOptions(endpoint, address, backlog, limits, labeler, maxConnections);
    }

    public UnixServerOptions withMaxConnections(int maxConnections) {
        return new UnixServerOptions(endpoint, address, backlog, limits, labeler, maxConnections);
    }
}
