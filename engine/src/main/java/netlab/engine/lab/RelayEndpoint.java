package netlab.engine.lab;

import java.security.SecureRandom;

import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import netlab.engine.net.UnixPath;
import netlab.engine.relay.DatagramRelay;
import netlab.engine.relay.StreamRelay;

/**
 * A re-chunking relay on the bench ({@link RelaySpec}): clients connect to it as to a server, and
 * it forwards what they send to its target and the replies back, cut and paced its own way. Each
 * connection it relays shows as two: the client's leg and the leg to the server
 * ({@link netlab.engine.relay.RelayLeg}).
 */
public final class RelayEndpoint extends ListeningEndpoint<RelayEndpoint> {
    /** The logger its lines are printed under. */
    public static final String LOGGER = "relay";

    private final RelaySpec spec;
    private final long seed;
    private volatile StreamRelay streams;
    private volatile DatagramRelay datagrams;

    RelayEndpoint(Lab lab, netlab.engine.loop.EventLoop on, String id, RelaySpec spec) {
        super(lab, on, id, Origin.endpoint(id, Role.RELAY, id), LOGGER, "relay");
        this.spec = spec;
        this.seed = spec.seed().orElseGet(() -> new SecureRandom().nextInt(1_000_000));
    }

    public RelaySpec spec() {
        return spec;
    }

    /** The seed its random choices start from: the spec's, or the one drawn when it had none. */
    public long seed() {
        return seed;
    }

    /** Connections being relayed now (0 over UDP). */
    public int liveCount() {
        StreamRelay s = streams;
        return s == null ? 0 : s.liveCount();
    }

    @Override
    protected Address requested() {
        return spec.listen();
    }

    @Override
    protected LoopFuture<Address> listen() {
        LoopFuture<Address> bound = loop.createFuture();
        if (spec.transport() == TransportKind.UDP) {
            DatagramRelay relay = new DatagramRelay(loop, id(), log, (HostPort) spec.target(),
                    new DatagramRelay.Settings(seed, spec.delay().toNanos() / 1e9, spec.drop(), spec.reorder(),
                            spec.hold().toNanos() / 1e9));
            datagrams = relay;
            relay.listen((HostPort) spec.listen()).addDoneCallback(f -> {
                if (f.exception() != null) {
                    bound.setException(f.exception());
                } else {
                    bound.setResult(f.result().sockname());
                }
            });
            return bound;
        }
        StreamRelay relay = new StreamRelay(loop, id(), log, spec.target(),
                new StreamRelay.Settings(spec.split(), seed, spec.delay().toNanos() / 1e9, spec.rate(),
                        spec.hold().toNanos() / 1e9, spec.describe(seed)));
        streams = relay;
        Address where = spec.listen() instanceof UnixPath path && path.isUnnamed()
                ? freshSocketPath("netlab-relay", "relay.sock") : spec.listen();
        relay.listen(where).addDoneCallback(f -> {
            if (f.exception() != null) {
                bound.setException(f.exception());
            } else {
                bound.setResult(f.result().sockets().get(0));
            }
        });
        return bound;
    }

    @Override
    protected void listening(Address address) {
        log.info((spec.transport() == TransportKind.UDP ? netlab.engine.event.LabSentences.RELAYING_DATAGRAMS
                : netlab.engine.event.LabSentences.RELAYING_CONNECTIONS).say(address, spec.target(), spec.describe(seed)));
        if (spec.usesSeed() && spec.seed().isEmpty()) {
            log.info(netlab.engine.event.LabSentences.SEED_DRAWN.say(seed));
        }
    }

    @Override
    protected LoopFuture<Void> closeListening() {
        DatagramRelay d = datagrams;
        if (d != null) {
            d.close();
            return closedAtOnce();
        }
        return streams.close();
    }

    @Override
    protected void closing() {
        log.debug("closing relay");
    }

    @Override
    protected void abortListening() {
        StreamRelay s = streams;
        if (s != null) {
            s.abort();
        }
    }
}
