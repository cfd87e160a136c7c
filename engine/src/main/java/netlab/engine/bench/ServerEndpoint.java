package netlab.engine.bench;

import java.time.Duration;

import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.log.Logger;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.SocketAddr;
import netlab.engine.stream.Streams;
import netlab.engine.transport.Server;
import netlab.engine.transport.ServerOptions;

/**
 * A lab server: seed 000's {@code start_server} with the behaviour's handler, logging as the seed's
 * {@code main} logger does ("starting up on ...", "closing server").
 */
public final class ServerEndpoint extends AbstractEndpoint {
    /** How long a stop waits for connections to flush and close before it aborts them. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    private final ServerSpec spec;
    private final Logger main;
    private volatile Server server;
    private volatile SocketAddr address;
    private boolean stopRequested;

    ServerEndpoint(Lab lab, String id, ServerSpec spec) {
        super(lab, id, Origin.endpoint(id, Role.SERVER, id));
        this.spec = spec;
        this.main = lab.logging().getLogger("main", origin());
    }

    public ServerSpec spec() {
        return spec;
    }

    /** The first address listened on, once running (its port is the real one when the spec asked for 0). */
    public SocketAddr address() {
        return address;
    }

    /** Live connections; 0 before the server runs. */
    public int connectionCount() {
        Server s = server;
        return s == null ? 0 : s.connections().size();
    }

    LoopFuture<ServerEndpoint> start() {
        announce();
        LoopFuture<ServerEndpoint> started = loop.createFuture();
        ServerOptions options = ServerOptions.of(id(), spec.host(), spec.port())
                .withLabeler(spec.behavior()::connectionLabel);
        if (spec.allInterfaces()) {
            main.warning("listening on ALL interfaces (" + spec.host() + "): other machines can connect");
        }
        loop.withOrigin(origin(), () -> Streams.startServer(loop, spec.behavior().handler(lab.logging(), spec), options)
                .addDoneCallback(f -> {
                    if (f.exception() != null) {
                        main.error("cannot start the server on " + spec.host() + " port " + spec.port(), f.exception());
                        setState(EndpointState.FAILED);
                        started.setException(f.exception());
                        return;
                    }
                    server = f.result();
                    address = server.sockets().get(0);
                    if (stopRequested) {
                        // stopped while it was resolving or binding: it never serves
                        server.waitClosed().addDoneCallback(c -> setState(EndpointState.STOPPED));
                        server.close();
                        started.cancel("stopped before it was listening");
                        return;
                    }
                    main.debug("starting up on %s port %s", spec.host(), address.port());
                    setState(EndpointState.RUNNING);
                    server.waitClosed().addDoneCallback(c -> setState(EndpointState.STOPPED));
                    started.setResult(this);
                }));
        return started;
    }

    @Override
    protected void stopOnLoop() {
        stopRequested = true;
        setState(EndpointState.STOPPING);
        main.debug("closing server");
        Server s = server;
        if (s == null) {
            return; // still starting: start() closes it as soon as it is bound
        }
        s.close();
        s.closeClients();
        loop.callLater(CLOSE_GRACE, s::abortClients);
    }
}
