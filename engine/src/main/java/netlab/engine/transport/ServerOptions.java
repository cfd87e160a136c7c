package netlab.engine.transport;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import netlab.engine.tls.TlsServerOptions;

/**
 * How to listen on TCP ({@code create_server}). {@link #of} gives the defaults: asyncio's backlog
 * of {@value #DEFAULT_BACKLOG}, asyncio's water marks, connections named after their peer, plain
 * TCP, no cap on connections.
 *
 * @param endpoint the endpoint id its events are reported under
 * @param address  where to bind; {@code 127.0.0.1} unless the person chooses otherwise; port 0 picks a free port
 * @param labeler  the pane name of a connection, from its peer's address
 * @param tls      TLS for every accepted connection, or plain TCP
 * @param maxConnections live connections at most; one more is reset at once and reported
 *                 ({@code LIMIT_REACHED}); 0 for no cap, as asyncio has none
 * @param guests   whose accepted connections are whose (a class's students); {@link Guests#NONE} by default
 */
public record ServerOptions(String endpoint, HostPort address, int backlog, WaterMarks limits,
                            Function<Address, String> labeler, Optional<TlsServerOptions> tls, int maxConnections,
                            Guests guests) {
    /** asyncio's default backlog ({@code create_server(backlog=100)}). */
    public static final int DEFAULT_BACKLOG = 100;

    public ServerOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(labeler, "labeler");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(guests, "guests");
        checkBacklog(backlog);
        if (maxConnections < 0) {
            throw new IllegalArgumentException("max connections must be >= 0 (0: no cap), was " + maxConnections);
        }
    }

    /** Listens on {@code address} with the defaults. */
    public static ServerOptions of(String endpoint, HostPort address) {
        return new ServerOptions(endpoint, address, DEFAULT_BACKLOG, WaterMarks.DEFAULT, ServerOptions::peerLabel,
                Optional.empty(), 0, Guests.NONE);
    }

    /** The default name of a connection: {@code conn_127.0.0.1_53124}. */
    public static String peerLabel(Address peer) {
        return peer instanceof HostPort p ? "conn_" + p.host() + "_" + p.port() : "conn_" + peer;
    }

    public ServerOptions withLabeler(Function<Address, String> labeler) {
        return new ServerOptions(endpoint, address, backlog, limits, labeler, tls, maxConnections, guests);
    }

    public ServerOptions withTls(TlsServerOptions tls) {
        return new ServerOptions(endpoint, address, backlog, limits, labeler, Optional.of(tls), maxConnections, guests);
    }

    public ServerOptions withBacklog(int backlog) {
        return new ServerOptions(endpoint, address, backlog, limits, labeler, tls, maxConnections, guests);
    }

    public ServerOptions withMaxConnections(int maxConnections) {
        return new ServerOptions(endpoint, address, backlog, limits, labeler, tls, maxConnections, guests);
    }

    public ServerOptions withLimits(WaterMarks limits) {
        return new ServerOptions(endpoint, address, backlog, limits, labeler, tls, maxConnections, guests);
    }

    public ServerOptions withGuests(Guests guests) {
        return new ServerOptions(endpoint, address, backlog, limits, labeler, tls, maxConnections, guests);
    }

    static int checkBacklog(int backlog) {
        if (backlog < 1 || backlog > 65535) {
            throw new IllegalArgumentException("backlog must be 1..65535, was " + backlog);
        }
        return backlog;
    }
}
