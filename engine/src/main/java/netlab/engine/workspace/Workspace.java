package netlab.engine.workspace;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.ServerSpec;
import netlab.engine.script.Script;

/**
 * A whole bench as one file: its servers (with their rules), relays, clients and scripts, and the
 * window's layout when a window saved it, to open later or on another machine.
 */
public record Workspace(List<ServerSpec> servers, List<RelaySpec> relays, List<ClientSpec> clients, List<Script> scripts,
                        java.util.Optional<WorkspaceLayout> layout) {
    public static final Workspace EMPTY = new Workspace(List.of(), List.of(), List.of(), List.of());

    public Workspace {
        servers = List.copyOf(servers);
        relays = List.copyOf(relays);
        clients = List.copyOf(clients);
        scripts = List.copyOf(scripts);
        java.util.Objects.requireNonNull(layout, "layout");
    }

    /** A bench without a window's layout (as the command line saves and opens it). */
    public Workspace(List<ServerSpec> servers, List<RelaySpec> relays, List<ClientSpec> clients, List<Script> scripts) {
        this(servers, relays, clients, scripts, java.util.Optional.empty());
    }

    /** This bench, shown in the window as {@code l}. */
    public Workspace withLayout(WorkspaceLayout l) {
        return new Workspace(servers, relays, clients, scripts, java.util.Optional.of(l));
    }

    /**
     * The bench from the specs its endpoints were started with ({@code EndpointInfo.spec()}, in
     * the order they started): servers, relays and clients; anything else is a session's, not a bench's.
     */
    public static Workspace of(List<?> specs, List<Script> scripts) {
        List<ServerSpec> servers = new ArrayList<>();
        List<RelaySpec> relays = new ArrayList<>();
        List<ClientSpec> clients = new ArrayList<>();
        for (Object spec : specs) {
            switch (spec) {
                case ServerSpec s -> servers.add(s);
                case RelaySpec r -> relays.add(r);
                case ClientSpec c -> clients.add(c);
                default -> {
                    // interactive clients, experiments and commands are a session's, not a bench's
                }
            }
        }
        return new Workspace(servers, relays, clients, scripts);
    }

    public boolean isEmpty() {
        return servers.isEmpty() && relays.isEmpty() && clients.isEmpty() && scripts.isEmpty();
    }
}
