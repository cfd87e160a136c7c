package netlab.engine.relay;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.log.Logger;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import netlab.engine.net.UnixPath;
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
    /** How the bytes are cut and paced. */
    public record Settings(SplitMode split, long seed, double delaySeconds, long rate, double holdSeconds, String describe) {
    }

    private final EventLoop loop;
    private final String endpoint;
    private final Logger log;
    private final Address target;
    private final Settings settings;
    private final Set<RelayedConnection> live = new LinkedHashSet<>();
    private Server server;
    private int unixPeers;
    private LoopFuture<Void> over;

    /** A relay forwarding to {@code target}: a host and port, or a socket path. */
    public StreamRelay(EventLoop loop, String endpoint, Logger log, Address target, Settings settings) {
        this.loop = loop;
        this.endpoint = endpoint;
        this.log = log;
        this.target = target;
        this.settings = settings;
    }

    /** Listens on {@code where} (a host and port, or a socket path); done once it does. */
    public LoopFuture<Server> listen(Address where) {
        LoopFuture<Server> listening = switch (where) {
            case UnixPath path -> UnixSockets.createUnixServer(loop, this::accepted, UnixServerOptions.of(endpoint, path),
                    Role.RELAY, clientSideNamer());
            case HostPort hostPort -> TcpSockets.createServer(loop, this::accepted, ServerOptions.of(endpoint, hostPort),
                    Role.RELAY, clientSideNamer());
        };
        listening.addDoneCallback(f -> {
            if (f.exception() == null) {
                server = f.result();
            }
        });
        return listening;
    }

    private ConnectionNamer clientSideNamer() {
        return (id, local, peer) -> new Origin(endpoint, Role.RELAY, id,
                "relay_from_" + (peer instanceof HostPort p ? label(p) : "unix_" + ++unixPeers), local.toString(), peer.toString());
    }

    private static String label(HostPort a) {
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
                "relay_to_" + (peer instanceof HostPort p ? label(p) : String.valueOf(((UnixPath) target).toPath().getFileName())),
                local.toString(), peer.toString());
        return switch (target) {
            case UnixPath path -> UnixSockets.createUnixConnection(loop, () -> serverSide, UnixConnectOptions.of(endpoint, id, path), namer);
            case HostPort hostPort -> TcpSockets.createConnection(loop, () -> serverSide, ConnectOptions.of(endpoint, id, hostPort), namer);
        };
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

    /**
     * Stops listening and closes every relayed connection once its buffered bytes are sent; done
     * when all is over ({@link #isOver()}). Closing again gives the same future.
     */
    public LoopFuture<Void> close() {
        if (over != null) {
            return over;
        }
        over = loop.createFuture();
        if (server != null) {
            server.close();
            server.waitClosed().addDoneCallback(f -> checkOver());
        }
        for (RelayedConnection c : List.copyOf(live)) {
            c.close();
        }
        checkOver();
        return over;
    }

    private void checkOver() {
        if (over != null && isOver()) {
            over.trySetResult(null);
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
