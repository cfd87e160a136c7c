package netlab.engine.workspace;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.ServerSpec;
import netlab.engine.script.Script;

/**
 * A whole bench as one file: its servers (with their rules), relays, clients and scripts, to open
 * later or on another machine.
 */
public record Workspace(List<ServerSpec> servers, List<RelaySpec> relays, List<ClientSpec> clients, List<Script> scripts) {
    public static final Workspace EMPTY = new Workspace(List.of(), List.of(), List.of(), List.of());

    public Workspace {
        servers = List.copyOf(servers);
        relays = List.copyOf(relays);
        clients = List.copyOf(clients);
        scripts = List.copyOf(scripts);
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
