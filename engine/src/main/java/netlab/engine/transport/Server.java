package netlab.engine.transport;

import java.util.ArrayList;
import netlab.engine.net.HostPort;
import java.util.List;

import io.netty.channel.Channel;
import netlab.engine.event.EventKind;
import netlab.engine.event.Origin;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.Address;

/**
 * asyncio's {@code Server}: the listening sockets of one endpoint and the connections they
 * accepted. {@link #close()} stops listening; {@link #closeClients()} closes the live
 * connections too; {@link #waitClosed()} is done once both have happened. Loop thread only.
 */
public final class Server {
    private final EventLoop loop;
    private final Origin origin;
    private final List<Channel> listeners;
    private final List<Address> sockets;
    private final ConnectionGroup connections;
    private final LoopFuture<Void> closed;
    private boolean closing;
    private int listenersOpen;

    Server(EventLoop loop, Origin origin, List<Channel> listeners, ConnectionGroup connections) {
        this.loop = loop;
        this.origin = origin;
        this.listeners = List.copyOf(listeners);
        this.connections = connections;
        this.closed = loop.createFuture();
        List<Address> addrs = new ArrayList<>();
        for (Channel ch : listeners) {
            addrs.add(Address.of(ch.localAddress()));
        }
        this.sockets = List.copyOf(addrs);
        this.listenersOpen = listeners.size();
        for (Channel ch : listeners) {
            ch.closeFuture().addListener(f -> listenerClosed());
        }
    }

    /** The addresses listened on ({@code server.sockets}). */
    public List<Address> sockets() {
        return sockets;
    }

    public Origin origin() {
        return origin;
    }

    public boolean isServing() {
        return !closing && listenersOpen > 0;
    }

    /**
     * The port it listens on: every socket of a server bound to a name shares one
     * ({@code server.sockets[0].getsockname()[1]}). IllegalStateException for a Unix server.
     */
    public int port() {
        if (sockets.get(0) instanceof HostPort hp) {
            return hp.port();
        }
        throw new IllegalStateException("a unix server listens on " + sockets.get(0) + ", not a port");
    }

    public ConnectionGroup connections() {
        return connections;
    }

    /** Stops accepting; live connections go on until they end or {@link #closeClients()}. */
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        for (Channel ch : listeners) {
            ch.close();
        }
    }

    /** Closes every live connection once its buffered bytes are sent ({@code close_clients}). */
    public void closeClients() {
        for (Transport t : connections.live()) {
            t.close();
        }
    }

    /** Closes every live connection at once ({@code abort_clients}). */
    public void abortClients() {
        for (Transport t : connections.live()) {
            t.abort();
        }
    }

    /** Done when the server is closed and no connection it accepted is live. */
    public LoopFuture<Void> waitClosed() {
        return closed;
    }

    /** {@code serve_forever}: a future done when the server closes; cancelling it closes the server. */
    public LoopFuture<Void> serveForever() {
        LoopFuture<Void> forever = loop.createFuture();
        closed.addDoneCallback(f -> forever.trySetResult(null));
        forever.addDoneCallback(f -> {
            if (f.cancelled()) {
                close();
            }
        });
        return forever;
    }

    private void listenerClosed() {
        if (--listenersOpen > 0) {
            return;
        }
        closing = true;
        loop.events().publish(origin, EventKind.SERVER_CLOSED, null, netlab.engine.event.EventTexts.serverClosed(sockets), null, -1, 0, null);
        connections.whenEmpty(g -> closed.trySetResult(null));
    }

}
