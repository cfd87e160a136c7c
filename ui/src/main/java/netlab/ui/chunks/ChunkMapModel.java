package netlab.ui.chunks;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import netlab.engine.relay.RelayLeg;
import netlab.ui.panes.ConversationRow;
import netlab.ui.panes.PaneModel;
import netlab.ui.panes.PanesModel;

/**
 * The chunk map of one conversation: the client's writes against the server's reads, and the
 * server's writes against the client's reads. The conversation is the one chosen, or (following)
 * the newest; a client and the server connection it opened are paired by {@link PanesModel}.
 * Recomputed once per frame, only when one of its two panes changed.
 */
public final class ChunkMapModel {
    private final PanesModel panes;
    private final ObjectProperty<ConversationRow> chosen = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty following = new javafx.beans.property.SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<ChunkMap> forward = new ReadOnlyObjectWrapper<>(ChunkMap.EMPTY);
    private final ReadOnlyObjectWrapper<ChunkMap> backward = new ReadOnlyObjectWrapper<>(ChunkMap.EMPTY);
    private final javafx.beans.property.BooleanProperty acrossRelays = new javafx.beans.property.SimpleBooleanProperty(true);
    private long seenClient = -1;
    private long seenServer = -1;
    private ConversationRow computedFor;
    private PaneModel computedClient;
    private PaneModel computedServer;

    public ChunkMapModel(PanesModel panes) {
        this.panes = panes;
        panes.rows().addListener((ListChangeListener<ConversationRow>) c -> {
            if (chosen.get() != null && !panes.rows().contains(chosen.get())) {
                chosen.set(null);
            }
        });
    }

    /**
     * Chooses the conversation holding pane {@code paneKey}; following stops. False when no row
     * holds it as one side of a connection (a server's own pane is no conversation).
     */
    public boolean choosePane(String paneKey) {
        for (ConversationRow row : panes.rows()) {
            boolean client = has(row.client(), paneKey) && row.client().kind() != netlab.ui.panes.PaneKind.LAB;
            boolean server = has(row.server(), paneKey) && row.server().kind() == netlab.ui.panes.PaneKind.SERVER_CONNECTION;
            if (client || server) {
                following.set(false);
                chosen.set(row);
                return true;
            }
        }
        return false;
    }

    private static boolean has(PaneModel pane, String key) {
        return pane != null && pane.key().equals(key);
    }

    /** The conversation shown: the chosen one, or the newest that has a connection. */
    public ConversationRow shown() {
        if (!following.get() && chosen.get() != null) {
            return chosen.get();
        }
        ObservableList<ConversationRow> rows = panes.rows();
        for (int i = rows.size() - 1; i >= 0; i--) {
            ConversationRow row = rows.get(i);
            if (row.isConversation()) {
                return row;
            }
        }
        return null;
    }

    /**
     * The client end of {@code row}: across a relay (when {@link #acrossRelaysProperty()} is on) the
     * client that connected to the relay, not the relay's leg to the server.
     */
    public PaneModel clientEnd(ConversationRow row) {
        return clientEnd(row, acrossRelays.get());
    }

    private PaneModel clientEnd(ConversationRow row, boolean across) {
        if (row == null || row.client() == null) {
            return null;
        }
        String up = row.client().connection();
        if (across && up != null && up.endsWith(RelayLeg.serverSideId(""))) {
            String down = up.substring(0, up.length() - RelayLeg.serverSideId("").length());
            for (ConversationRow r : panes.rows()) {
                if (r.server() != null && down.equals(r.server().connection()) && r.client() != null) {
                    return r.client();
                }
            }
        }
        return row.client();
    }

    /** The server end of {@code row}: across a relay (when on) the server behind it, not the relay's leg to the client. */
    public PaneModel serverEnd(ConversationRow row) {
        return serverEnd(row, acrossRelays.get());
    }

    private PaneModel serverEnd(ConversationRow row, boolean across) {
        if (row == null || row.server() == null) {
            return null;
        }
        String down = row.server().connection();
        if (across && down != null) {
            String up = RelayLeg.serverSideId(down);
            for (ConversationRow r : panes.rows()) {
                if (r.client() != null && up.equals(r.client().connection()) && r.server() != null) {
                    return r.server();
                }
            }
        }
        return row.server();
    }

    /** Whether {@code row} is one hop of a relayed connection (then it can be drawn end to end, or hop by hop). */
    public boolean isRelayed(ConversationRow row) {
        return row != null && (clientEnd(row, true) != row.client() || serverEnd(row, true) != row.server());
    }

    /** On: a relayed connection is drawn end to end (the client's writes against the server's reads); off: hop by hop. */
    public javafx.beans.property.BooleanProperty acrossRelaysProperty() {
        return acrossRelays;
    }

    /** Recomputes when the conversation or one of its panes changed. */
    public void commit() {
        ConversationRow row = shown();
        PaneModel client = clientEnd(row);
        PaneModel server = serverEnd(row);
        long c = client == null ? -1 : client.revisionProperty().get();
        long s = server == null ? -1 : server.revisionProperty().get();
        if (row == computedFor && client == computedClient && server == computedServer && c == seenClient && s == seenServer) {
            return;
        }
        computedFor = row;
        computedClient = client;
        computedServer = server;
        seenClient = c;
        seenServer = s;
        if (row == null) {
            forward.set(ChunkMap.EMPTY);
            backward.set(ChunkMap.EMPTY);
            return;
        }
        forward.set(ChunkMap.of(client == null ? java.util.List.of() : client.sent().all(),
                server == null ? java.util.List.of() : server.received().all()));
        backward.set(ChunkMap.of(server == null ? java.util.List.of() : server.sent().all(),
                client == null ? java.util.List.of() : client.received().all()));
    }

    /** Clear: no conversation stays chosen by hand; the newest is followed again. */
    public void forgetChoice() {
        chosen.set(null);
        following.set(true);
    }

    public ObservableList<ConversationRow> rows() {
        return panes.rows();
    }

    public ObjectProperty<ConversationRow> chosenProperty() {
        return chosen;
    }

    /** Whether the newest conversation is shown, whatever was chosen. */
    public javafx.beans.property.BooleanProperty followingProperty() {
        return following;
    }

    /** Client writes against server reads. */
    public ReadOnlyObjectProperty<ChunkMap> forwardProperty() {
        return forward.getReadOnlyProperty();
    }

    /** Server writes against client reads (the echo coming back). */
    public ReadOnlyObjectProperty<ChunkMap> backwardProperty() {
        return backward.getReadOnlyProperty();
    }
}
