package netlab.engine.relay;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.log.Logger;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.SocketAddr;
import netlab.engine.transport.ConnectOptions;
import netlab.engine.transport.ConnectionNamer;
import netlab.engine.transport.Connected;
import netlab.engine.transport.Protocol;
import netlab.engine.transport.Server;
import netlab.engine.transport.ServerOptions;
import netlab.engine.transport.TcpSockets;
import netlab.engine.transport.UnixConnectOptions;
import netlab.engine.transport.UnixServerOptions;
import netlab.engine.transport.UnixSockets;

/**
 * A relay for byte streams (TCP or Unix): it listens, and for each connection it accepts it opens
 * one to the target and forwards both ways, re-splitting as its settings say. Every connection is
 * cut the same way (each starts from the seed), so a run repeats exactly. Loop thread only.
 */
public final class StreamRelay {
    /** Where it listens: a host and port, or a socket path. */
    public record Listen(String host, int port, Path path) {
    }

    /** Where it forwards to: a host and port, or a socket path. */
    public record Target(String host, int port, Path path) {
        @Override
        public String toString() {
            return path != null ? "unix:" + path : (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /** How the bytes are cut and paced. */
    public record Settings(SplitMode split, long seed, double delaySeconds, long rate, double holdSeconds, String describe) {
    }

    private final EventLoop loop;
    private final String endpoint;
    private final Logger log;
    private final Target target;
    private final Settings settings;
    private final Set<RelayedConnection> live = new LinkedHashSet<>();
    private Server server;
    private int unixPeers;
    private boolean closing;
    private Runnable onOver = () -> { };

    public StreamRelay(EventLoop loop, String endpoint, Logger log, Target target, Settings settings) {
        this.loop = loop;
        this.endpoint = endpoint;
        this.log = log;
        this.target = target;
        this.settings = settings;
    }

    /** Listens; done once it does. */
    public LoopFuture<Server> listen(Listen where) {
        LoopFuture<Server> listening;
        if (where.path() != null) {
            listening = UnixSockets.createUnixServer(loop, this::accepted, UnixServerOptions.of(endpoint, where.path()),
                    Role.RELAY, clientSideNamer());
        } else {
            listening = TcpSockets.createServer(loop, this::accepted, ServerOptions.of(endpoint, where.host(), where.port()),
                    Role.RELAY, clientSideNamer());
        }
        listening.addDoneCallback(f -> {
            if (f.exception() == null) {
                server = f.result();
            }
        });
        return listening;
    }

    private ConnectionNamer clientSideNamer() {
        return (id, local, peer) -> new Origin(endpoint, Role.RELAY, id,
                "relay_from_" + (peer.isUnix() ? "unix_" + ++unixPeers : label(peer)), local.toString(), peer.toString());
    }

    private static String label(SocketAddr a) {
        return a.host() + "_" + a.port();
    }

    private Protocol accepted() {
        RelayedConnection[] made = new RelayedConnection[1];
        made[0] = new RelayedConnection(loop, log, this::dial, target.toString(), settings.describe(),
                new Cutter(settings.split(), settings.seed()), new Cutter(settings.split(), ~settings.seed()),
                settings.delaySeconds(), settings.rate(), settings.holdSeconds(), () -> {
                    live.remove(made[0]);
                    checkOver();
                });
        live.add(made[0]);
        return made[0].clientSide();
    }

    private LoopFuture<Connected<Protocol>> dial(RelayedConnection connection, Protocol serverSide, String clientSideId) {
        String id = RelayLeg.serverSideId(clientSideId);
        ConnectionNamer namer = (ignored, local, peer) -> new Origin(endpoint, Role.RELAY, id,
                "relay_to_" + (peer.isUnix() ? String.valueOf(target.path().getFileName()) : label(peer)),
                local.toString(), peer.toString());
        if (target.path() != null) {
            return UnixSockets.createUnixConnection(loop, () -> serverSide, UnixConnectOptions.of(endpoint, id, target.path()), namer);
        }
        return TcpSockets.createConnection(loop, () -> serverSide, ConnectOptions.of(endpoint, id, target.host(), target.port()), namer);
    }

    public Server server() {
        return server;
    }

    /** Connections being relayed now. */
    public int liveCount() {
        return live.size();
    }

    List<RelayedConnection> live() {
        return List.copyOf(live);
    }

    /** Stops listening and closes every relayed connection once its buffered bytes are sent; {@code then} runs when all is over. */
    public void close(Runnable then) {
        closing = true;
        onOver = then;
        if (server != null) {
            server.close();
            server.waitClosed().addDoneCallback(f -> checkOver());
        }
        for (RelayedConnection c : List.copyOf(live)) {
            c.close();
        }
        checkOver();
    }

    private void checkOver() {
        if (closing && isOver()) {
            Runnable then = onOver;
            onOver = () -> { };
            then.run();
        }
    }

    /** Closes whatever is still open at once. */
    public void abort() {
        for (RelayedConnection c : List.copyOf(live)) {
            c.abort();
        }
        if (server != null) {
            server.abortClients();
        }
    }

    /** Done when it listens no more and every connection it relayed is over. */
    public boolean isOver() {
        return (server == null || server.waitClosed().done()) && live.isEmpty();
    }
}
