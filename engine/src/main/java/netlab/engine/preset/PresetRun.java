package netlab.engine.preset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.ExperimentEndpoint;
import netlab.engine.lab.ExperimentSpec;
import netlab.engine.lab.Lab;
import netlab.engine.lab.RelayEndpoint;
import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import netlab.engine.net.UnixPath;

/**
 * A preset running on a lab: its servers start, then each client runs (repeatedly, one run after
 * the other) against them, then each experiment runs. The servers keep running when the clients are done; whoever started the
 * run decides when to stop them.
 *
 * <p>The seeds' servers, relays and clients are separate programs, each with its own event loop;
 * so are they here: the servers run on the lab's loop, the relays on the program loop
 * {@value #RELAY_LOOP}, the clients on {@value #CLIENT_LOOP}. A client's writes then reach the
 * server while it runs, as between two processes, and how they are read varies from run to run.
 * An experiment is one program (gather, cancel, a blocking call ...) and stays on the lab's loop.
 */
public final class PresetRun {
    /** The program loop the preset's clients run on. */
    public static final String CLIENT_LOOP = "client";
    /** The program loop the preset's relays run on. */
    public static final String RELAY_LOOP = "relay";

    private final Lab lab;
    private final Preset preset;
    private final List<ServerEndpoint> servers = new ArrayList<>();
    private final List<ClientEndpoint> clients = new ArrayList<>();
    private final List<ExperimentEndpoint> experiments = new ArrayList<>();
    private final List<RelayEndpoint> relays = new ArrayList<>();

    private PresetRun(Lab lab, Preset preset) {
        this.lab = lab;
        this.preset = preset;
    }

    /**
     * Starts {@code preset}; {@code portOverride} (when not null) replaces the first server's port,
     * and its relays then listen on free ports.
     * The future is done when every client run is over; it fails if a server cannot start.
     */
    public static LoopFuture<PresetRun> start(Lab lab, Preset preset, Integer portOverride) {
        PresetRun run = new PresetRun(lab, preset);
        return lab.onLoop(() -> lab.loop().createTask("preset " + preset.id(), () -> {
            run.body(portOverride);
            return run;
        }));
    }

    private void body(Integer portOverride) {
        for (int i = 0; i < preset.servers().size(); i++) {
            ServerSpec spec = preset.servers().get(i).spec();
            if (i == 0 && portOverride != null) {
                spec = spec.withPort(portOverride);
            }
            servers.add(lab.startServer(spec).await());
        }
        for (RelayPreset relay : preset.relays()) {
            ServerEndpoint target = server(relay.server());
            // a run moved off its ports (any free port) moves its relays too
            RelaySpec spec = portOverride != null && relay.spec().transport() != TransportKind.UNIX ? relay.spec().withPort(0) : relay.spec();
            relays.add(lab.startRelay(spec.withTarget(connectTo(target.spec().address(), target.address())),
                    lab.programLoop(RELAY_LOOP)).await());
        }
        for (ClientPreset client : preset.clients()) {
            ClientSpec spec = client.spec();
            RelayEndpoint through = relay(client.server());
            if (through != null) {
                spec = spec.withTarget(through.spec().transport(), connectTo(through.spec().listen(), through.address()));
            } else if (client.server() != null) {
                ServerEndpoint target = server(client.server());
                spec = spec.withTarget(target.spec().transport(), connectTo(target.spec().address(), target.address()));
            }
            for (int r = 0; r < client.repeat(); r++) {
                ClientEndpoint endpoint = lab.startClient(spec, lab.programLoop(CLIENT_LOOP)).await();
                clients.add(endpoint);
                endpoint.finished().await();
            }
        }
        Map<String, Address> addresses = new LinkedHashMap<>();
        for (int i = 0; i < servers.size(); i++) {
            addresses.put(preset.servers().get(i).name(), servers.get(i).address());
        }
        for (ExperimentSpec experiment : preset.experiments()) {
            ExperimentEndpoint endpoint = lab.startExperiment(experiment, addresses).await();
            experiments.add(endpoint);
            endpoint.finished().await();
        }
    }

    /** The relay named {@code name}, or null when it names none. */
    private RelayEndpoint relay(String name) {
        for (int i = 0; i < preset.relays().size(); i++) {
            if (preset.relays().get(i).name().equals(name)) {
                return relays.get(i);
            }
        }
        return null;
    }

    private ServerEndpoint server(String name) {
        for (int i = 0; i < preset.servers().size(); i++) {
            if (preset.servers().get(i).name().equals(name)) {
                return servers.get(i);
            }
        }
        throw new IllegalStateException("no server " + name);
    }

    /**
     * Where to connect to an endpoint that was asked to listen on {@code asked} and listens on
     * {@code listening}: the host as asked (a name stays a name) with the real port, or the socket path.
     */
    private static Address connectTo(Address asked, Address listening) {
        return switch (listening) {
            case UnixPath path -> path;
            case HostPort hostPort -> new HostPort(connectHost(((HostPort) asked).host()), hostPort.port());
        };
    }

    /** A wildcard bind address is not somewhere to connect to; its loopback is. */
    private static String connectHost(String bindHost) {
        return switch (bindHost) {
            case "0.0.0.0", "", "*" -> "127.0.0.1";
            case "::" -> "::1";
            default -> bindHost;
        };
    }

    public Preset preset() {
        return preset;
    }

    public List<ServerEndpoint> servers() {
        return List.copyOf(servers);
    }

    public List<ClientEndpoint> clients() {
        return List.copyOf(clients);
    }

    public List<RelayEndpoint> relays() {
        return List.copyOf(relays);
    }

    public List<ExperimentEndpoint> experiments() {
        return List.copyOf(experiments);
    }

    /** True when every client run and every experiment ended normally. */
    public boolean clientsSucceeded() {
        return clients.stream().allMatch(c -> c.state() == EndpointState.FINISHED)
                && experiments.stream().allMatch(e -> e.state() == EndpointState.FINISHED);
    }

    /** Stops the servers (and anything still running) of this run. */
    public LoopFuture<Void> stop() {
        return lab.onLoop(() -> {
            LoopFuture<Void> all = lab.loop().createFuture();
            List<LoopFuture<Void>> stops = new ArrayList<>();
            clients.forEach(c -> stops.add(c.stop()));
            experiments.forEach(e -> stops.add(e.stop()));
            relays.forEach(r -> stops.add(r.stop()));
            servers.forEach(s -> stops.add(s.stop()));
            int[] left = {stops.size()};
            if (left[0] == 0) {
                all.setResult(null);
            }
            for (LoopFuture<Void> f : stops) {
                f.addDoneCallback(d -> {
                    if (--left[0] == 0) {
                        all.trySetResult(null);
                    }
                });
            }
            return all;
        });
    }

    /**
     * What the run's task returns, as its "done" line shows it: Python would print an object it has
     * no repr for as {@code <PresetRun object at 0x...>}; this says what the run made instead.
     */
    @Override
    public String toString() {
        return "<PresetRun " + preset.id() + ": " + servers.size() + " servers, " + relays.size() + " relays, " + clients.size()
                + " client runs, " + experiments.size() + " experiments>";
    }
}
