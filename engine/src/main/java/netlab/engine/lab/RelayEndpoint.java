package netlab.engine.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.log.Logger;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.SocketAddr;
import netlab.engine.relay.DatagramRelay;
import netlab.engine.relay.StreamRelay;

/**
 * A re-chunking relay on the bench ({@link RelaySpec}): clients connect to it as to a server, and
 * it forwards what they send to its target and the replies back, cut and paced its own way. Each
 * connection it relays shows as two: the client's leg and the leg to the server
 * ({@link netlab.engine.relay.RelayLeg}).
 */
public final class RelayEndpoint extends AbstractEndpoint {
    /** The logger its lines are printed under. */
    public static final String LOGGER = "relay";

    private final RelaySpec spec;
    private final Logger log;
    private final long seed;
    private volatile StreamRelay streams;
    private volatile DatagramRelay datagrams;
    private volatile SocketAddr address;
    private boolean stopRequested;

    RelayEndpoint(Lab lab, String id, RelaySpec spec) {
        super(lab, id, Origin.endpoint(id, Role.RELAY, id));
        this.spec = spec;
        this.log = lab.logging().getLogger(LOGGER, origin());
        this.seed = spec.seed() != null ? spec.seed() : new SecureRandom().nextInt(1_000_000);
    }

    public RelaySpec spec() {
        return spec;
    }

    /** The seed its random choices start from: the spec's, or the one drawn when it had none. */
    public long seed() {
        return seed;
    }

    /** Where it listens once it does (the real port when the spec asked for 0; a Unix relay's path). */
    public SocketAddr address() {
        return address;
    }

    /** Connections being relayed now (0 over UDP). */
    public int liveCount() {
        StreamRelay s = streams;
        return s == null ? 0 : s.liveCount();
    }

    LoopFuture<RelayEndpoint> start() {
        announce();
        LoopFuture<RelayEndpoint> started = loop.createFuture();
        if (spec.transport() != TransportKind.UNIX && netlab.engine.net.Hosts.isAllInterfaces(spec.host())) {
            log.warning("listening on ALL interfaces (" + spec.host() + "): other machines can connect");
        }
        loop.withOrigin(origin(), () -> {
            try {
                if (spec.transport() == TransportKind.UDP) {
                    startDatagrams(started);
                } else {
                    startStreams(started);
                }
            } catch (RuntimeException e) {
                failed(started, e);
            }
        });
        return started;
    }

    private void startStreams(LoopFuture<RelayEndpoint> started) {
        StreamRelay relay = new StreamRelay(loop, id(), log,
                new StreamRelay.Target(spec.targetHost(), spec.targetPort(), spec.targetPath()),
                new StreamRelay.Settings(spec.split(), seed, spec.delay().toNanos() / 1e9, spec.rate(),
                        spec.hold().toNanos() / 1e9, spec.describe(seed)));
        streams = relay;
        Path path = spec.transport() == TransportKind.UNIX ? (spec.path() != null ? spec.path() : freshSocketPath()) : null;
        relay.listen(new StreamRelay.Listen(spec.host(), spec.port(), path)).addDoneCallback(f -> {
            if (f.exception() != null) {
                failed(started, f.exception());
                return;
            }
            address = f.result().sockets().get(0);
            if (stopRequested) {
                relay.close(() -> setState(EndpointState.STOPPED));
                started.cancel("stopped before it was listening");
                return;
            }
            running(started);
        });
    }

    private void startDatagrams(LoopFuture<RelayEndpoint> started) {
        DatagramRelay relay = new DatagramRelay(loop, id(), log, spec.targetHost(), spec.targetPort(),
                new DatagramRelay.Settings(seed, spec.delay().toNanos() / 1e9, spec.drop(), spec.reorder(),
                        spec.hold().toNanos() / 1e9));
        datagrams = relay;
        relay.listen(spec.host(), spec.port()).addDoneCallback(f -> {
            if (f.exception() != null) {
                failed(started, f.exception());
                return;
            }
            address = f.result().sockname();
            if (stopRequested) {
                relay.close();
                setState(EndpointState.STOPPED);
                started.cancel("stopped before it was listening");
                return;
            }
            running(started);
        });
    }

    private void running(LoopFuture<RelayEndpoint> started) {
        String what = spec.transport() == TransportKind.UDP ? "datagrams" : "connections";
        log.info("relaying " + what + " from " + address + " to " + spec.target() + " (" + spec.describe(seed) + ")");
        if (spec.usesSeed() && spec.seed() == null) {
            log.info("seed " + seed + " was drawn: give it (--seed " + seed + ") to repeat this run exactly");
        }
        setState(EndpointState.RUNNING);
        started.setResult(this);
    }

    private void failed(LoopFuture<RelayEndpoint> started, Throwable error) {
        String where = spec.transport() == TransportKind.UNIX
                ? (spec.path() == null ? "a Unix socket" : spec.path().toString())
                : spec.host() + " port " + spec.port();
        log.error("cannot start the relay on " + where, error);
        setState(EndpointState.FAILED);
        started.setException(error);
    }

    @Override
    protected void stopOnLoop() {
        stopRequested = true;
        setState(EndpointState.STOPPING);
        log.debug("closing relay");
        DatagramRelay d = datagrams;
        if (d != null && address != null) {
            d.close();
            setState(EndpointState.STOPPED);
            return;
        }
        StreamRelay s = streams;
        if (s == null || address == null) {
            return; // still starting: start() stops it as soon as it listens
        }
        s.close(() -> setState(EndpointState.STOPPED));
        loop.callLater(ServerEndpoint.CLOSE_GRACE, s::abort);
    }

    private static Path freshSocketPath() {
        try {
            Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "netlab-relay");
            dir.toFile().deleteOnExit();
            return dir.resolve("relay.sock");
        } catch (IOException e) {
            throw new IllegalStateException("cannot make a directory for the socket: " + e.getMessage(), e);
        }
    }
}
