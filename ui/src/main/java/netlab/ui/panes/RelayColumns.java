package netlab.ui.panes;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import netlab.engine.event.Role;
import netlab.engine.relay.RelayLeg;

/**
 * A relayed lesson read left to right: client | relay | server. The model keeps a row per real TCP
 * connection (the chunk map draws them hop by hop); here the row of the client's connection to the
 * relay and the row of the relay's connection to the server are shown as one, the relay's two legs
 * stacked in the middle column: the leg that reads what the client wrote above the leg that writes
 * it on to the server.
 */
final class RelayColumns {
    static final int CLIENT = 0;
    static final int RELAY = 1;
    static final int SERVER = 2;
    static final int COUNT = 3;

    private RelayColumns() {
    }

    /** The column {@code pane} stands in: by whose pane it is, not by which side of its row. */
    static int columnOf(PaneModel pane) {
        return switch (pane.role()) {
            case CLIENT -> CLIENT;
            case RELAY -> RELAY;
            case SERVER, LAB, EXPERIMENT -> SERVER;
        };
    }

    /**
     * For each row whose accepting side is a relay's leg from a client, the row holding that
     * relay's leg to the server for the same connection: the two are shown as one row. A row
     * that is itself joined to another is never a host (a chain of relays stays hop by hop).
     */
    static Map<ConversationRow, ConversationRow> joined(List<ConversationRow> rows) {
        Map<String, ConversationRow> byUpstream = new java.util.HashMap<>();
        for (ConversationRow r : rows) {
            PaneModel c = r.client();
            if (c != null && c.role() == Role.RELAY && c.connection() != null
                    && c.connection().endsWith(RelayLeg.serverSideId(""))) {
                byUpstream.put(c.connection(), r);
            }
        }
        Map<ConversationRow, ConversationRow> joined = new IdentityHashMap<>();
        for (ConversationRow r : rows) {
            PaneModel s = r.server();
            if (s == null || s.role() != Role.RELAY || s.connection() == null
                    || s.connection().endsWith(RelayLeg.serverSideId(""))) {
                continue;
            }
            ConversationRow up = byUpstream.get(RelayLeg.serverSideId(s.connection()));
            if (up != null && up != r) {
                joined.put(r, up);
            }
        }
        joined.keySet().removeAll(joined.values());
        return joined;
    }
}
