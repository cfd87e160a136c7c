package netlab.ui.panes;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One row of the bench: a client's pane beside the server connection pane that is its other end,
 * when both are in this lab. Either side may be empty: a server's own pane, a client of a server
 * elsewhere, a connection from {@code nc}.
 */
public final class ConversationRow {
    private final long id;
    private final ReadOnlyObjectWrapper<PaneModel> client = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PaneModel> server = new ReadOnlyObjectWrapper<>();

    ConversationRow(long id) {
        this.id = id;
    }

    public long id() {
        return id;
    }

    public ReadOnlyObjectProperty<PaneModel> clientProperty() {
        return client.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PaneModel> serverProperty() {
        return server.getReadOnlyProperty();
    }

    public PaneModel client() {
        return client.get();
    }

    public PaneModel server() {
        return server.get();
    }

    void setClient(PaneModel pane) {
        client.set(pane);
    }

    void setServer(PaneModel pane) {
        server.set(pane);
    }

    /**
     * Whether the row holds a connection (a client, or a server's connection): not only a
     * server's own log, nor a program and its child process.
     */
    public boolean isConversation() {
        return (client() != null && client().kind() != PaneKind.LAB)
                || (server() != null && server().kind() == PaneKind.SERVER_CONNECTION);
    }

    boolean isOver() {
        return (client() == null || client().currentState().isOver())
                && (server() == null || server().currentState().isOver());
    }

    @Override
    public String toString() {
        return "row " + id + " [" + (client() == null ? "-" : client().key()) + " | "
                + (server() == null ? "-" : server().key()) + "]";
    }
}
