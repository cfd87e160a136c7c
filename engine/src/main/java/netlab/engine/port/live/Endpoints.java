package netlab.engine.port.live;

import java.util.concurrent.CompletableFuture;

import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.Endpoint;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.ExperimentEndpoint;
import netlab.engine.lab.InteractiveClientEndpoint;
import netlab.engine.lab.Lab;
import netlab.engine.lab.ProcessEndpoint;
import netlab.engine.lab.RelayEndpoint;
import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import netlab.engine.port.CommandRefused;
import netlab.engine.port.EndpointInfo;
import netlab.engine.port.LabCommands;
import netlab.engine.port.Started;

/** What the port says of an endpoint, and how one like it is started again. */
final class Endpoints {
    private Endpoints() {
    }

    /** How to start an endpoint like one that ran. */
    @FunctionalInterface
    interface Again {
        LoopFuture<? extends Endpoint> on(Lab lab);

        default CompletableFuture<Started> start(Lab lab) {
            return on(lab).toCompletableFuture().thenApply(Endpoints::started);
        }
    }

    static Started started(Endpoint e) {
        CompletableFuture<EndpointState> finished = e.finished().toCompletableFuture().handle((v, error) -> e.state());
        return new Started(e.id(), address(e), finished);
    }

    static EndpointInfo info(Endpoint e) {
        return switch (e) {
            case ServerEndpoint s -> new EndpointInfo(s.id(), s.spec(), s.address(), s.state(), s.connectionCount(),
                    s.refusedConnections(), 0, 0);
            case RelayEndpoint r -> new EndpointInfo(r.id(), r.spec(), r.address(), r.state(), r.liveCount(), 0, r.seed(), 0);
            case ClientEndpoint c -> new EndpointInfo(c.id(), c.spec(), null, c.state(), 0, 0, 0, 0);
            case InteractiveClientEndpoint c -> new EndpointInfo(c.id(), c.spec(), null, c.state(), 0, 0, 0, 0);
            case ExperimentEndpoint x -> new EndpointInfo(x.id(), x.spec(), null, x.state(), 0, 0, 0, 0);
            case ProcessEndpoint p -> new EndpointInfo(p.id(), p.spec(), null, p.state(), 0, 0, 0, p.pid());
            default -> new EndpointInfo(e.id(), null, null, e.state(), 0, 0, 0, 0);
        };
    }

    private static Address address(Endpoint e) {
        return switch (e) {
            case ServerEndpoint s -> s.address();
            case RelayEndpoint r -> r.address();
            default -> null;
        };
    }

    /** The same again: a server that asked for a free port comes back on the one it had, a relay with the seed it drew. */
    static Again again(Endpoint e) {
        return switch (e) {
            case ServerEndpoint s -> lab -> lab.startServer(onItsPort(s.spec(), s.address(), ServerSpec::withPort));
            case RelayEndpoint r -> {
                RelaySpec spec = r.spec().withSeed(r.seed());
                yield lab -> lab.startRelay(spec.transport() == TransportKind.UNIX ? spec
                        : onItsPort(spec, r.address(), RelaySpec::withPort));
            }
            case ClientEndpoint c -> lab -> lab.startClient(c.spec());
            case InteractiveClientEndpoint c -> lab -> lab.startInteractiveClient(c.spec());
            // without the preset's servers: an experiment that needs one says so in its pane
            case ExperimentEndpoint x -> lab -> lab.startExperiment(x.spec());
            case ProcessEndpoint p -> lab -> lab.startProcess(p.spec(), LabCommands.PROCESS_STOP_GRACE);
            default -> throw new CommandRefused(e.id() + " cannot be started again");
        };
    }

    /** Another beside it: a server or a relay on a free port, since the original keeps its own. */
    static Again duplicate(Endpoint e) {
        return switch (e) {
            case ServerEndpoint s -> lab -> lab.startServer(s.spec().withPort(0));
            case RelayEndpoint r -> lab -> lab.startRelay(r.spec().withSeed(r.seed()).withPort(0));
            default -> again(e);
        };
    }

    private static <S> S onItsPort(S spec, Address address, java.util.function.BiFunction<S, Integer, S> withPort) {
        return address instanceof HostPort listening ? withPort.apply(spec, listening.port()) : spec;
    }
}
