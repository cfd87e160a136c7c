package netlab.ui.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import netlab.engine.port.EndpointInfo;
import netlab.engine.event.Origin;

/**
 * The endpoint kinds the bench knows, in the order of their groups in the tree. Append one line
 * per kind; an endpoint no kind owns is shown under "Other", so nothing running is ever hidden.
 */
public final class EndpointKinds {
    private static final List<EndpointKind> KINDS;

    static {
        List<EndpointKind> all = new ArrayList<>();
        all.add(new TcpServerKind());
        all.add(new TcpClientKind());
        all.add(new InteractiveClientKind());
        all.add(new ExperimentKind());
        all.add(new RelayKind());
        // Add each kind here, one line each:
        // all.add(new UdpEndpointKind());
        KINDS = Collections.unmodifiableList(all);
    }

    private static final EndpointKind OTHER = new OtherKind();

    private EndpointKinds() {
    }

    public static List<EndpointKind> all() {
        return KINDS;
    }

    /** The kind of {@code endpoint} (null: known only by its events' {@code origin}). */
    public static EndpointKind of(EndpointInfo endpoint, Origin origin) {
        for (EndpointKind kind : KINDS) {
            if (endpoint != null ? kind.owns(endpoint) : kind.ownsOrigin(origin)) {
                return kind;
            }
        }
        return OTHER;
    }

    public static EndpointKind other() {
        return OTHER;
    }
}
