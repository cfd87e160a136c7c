package netlab.engine.transport;

import java.util.Objects;
import java.util.function.Function;

import netlab.engine.net.Hosts;
import netlab.engine.net.SocketAddr;
import netlab.engine.tls.TlsServerOptions;

/**
 * How to listen. Defaults: loopback only, a backlog of 4096, asyncio's water marks.
 *
 * @param endpoint the endpoint id its events are reported under
 * @param host     where to bind; {@code 127.0.0.1} unless the person chooses otherwise
 * @param port     0 picks a free port
 * @param labeler  the pane name of a connection, from its peer's address
 * @param tls      TLS for every accepted connection; null for plain TCP
 * @param maxConnections live connections at most; one more is reset at once and reported
 *                 ({@code LIMIT_REACHED}); 0 for no cap, as asyncio has none
 */
public record ServerOptions(String endpoint, String host, int port, int backlog, WaterMarks limits,
                            Function<SocketAddr, String> labeler, TlsServerOptions tls, int maxConnections) {
    public static final int DEFAULT_BACKLOG = 100;

    public ServerOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(host, "host");
        Ports.check(port);
        if (backlog < 1 || backlog > 65535) {
            throw new IllegalArgumentException("backlog must be 1..65535, was " + backlog);
        }
        limits = limits == null ? WaterMarks.DEFAULT : limits;
        labeler = labeler == null ? peer -> "conn_" + peer.host() + "_" + peer.port() : labeler;
        host = Hosts.unbracket(host);
        if (maxConnections < 0) {
            throw new IllegalArgumentException("max connections must be >= 0 (0: no cap), was " + maxConnections);
        }
    }

    public ServerOptions(String endpoint, String host, int port, int backlog, WaterMarks limits,
                         Function<SocketAddr, String> labeler, TlsServerOptions tls) {
        this(endpoint, host, port, backlog, limits, labeler, tls, 0);
    }

    public ServerOptions(String endpoint, String host, int port, int backlog, WaterMarks limits,
                         Function<SocketAddr, String> labeler) {
        this(endpoint, host, port, backlog, limits, labeler, null);
    }

    public static ServerOptions of(String endpoint, String host, int port) {
        return new ServerOptions(endpoint, host, port, DEFAULT_BACKLOG, null, null, null);
    }

    public ServerOptions withLabeler(Function<SocketAddr, String> labeler) {
        return new ServerOptions(endpoint, host, port, backlog, limits, labeler, tls, maxConnections);
    }

    public ServerOptions withTls(TlsServerOptions tls) {
        return new ServerOptions(endpoint, host, port, backlog, limits, labeler, tls, maxConnections);
    }

    public ServerOptions withBacklog(int backlog) {
        return new ServerOptions(endpoint, host, port, backlog, limits, labeler, tls, maxConnections);
    }

    public ServerOptions withMaxConnections(int maxConnections) {
        return new ServerOptions(endpoint, host, port, backlog, limits, labeler, tls, maxConnections);
    }

    public ServerOptions withLimits(WaterMarks limits) {
        return new ServerOptions(endpoint, host, port, backlog, limits, labeler, tls, maxConnections);
    }
}
