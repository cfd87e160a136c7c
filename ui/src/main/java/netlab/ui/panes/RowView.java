package netlab.ui.panes;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import netlab.ui.i18n.I18n;

/** A row of the bench: the client's pane on the left, the server's on the right, either may be missing. */
final class RowView {
    private static final double CONVERSATION_HEIGHT = 360;
    private static final double SINGLE_HEIGHT = 170;

    private final ConversationRow row;
    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final RowConstraints height = new RowConstraints();
    private final ChangeListener<PaneModel> onClient;
    private final ChangeListener<PaneModel> onServer;
    private PaneView client;
    private PaneView server;

    RowView(ConversationRow row, I18n i18n) {
        this.row = row;
        this.i18n = i18n;
        grid.getStyleClass().add("conversation-row");
        grid.setHgap(12);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(half);
        }
        height.setVgrow(Priority.NEVER);
        // a row's height is settled by its first pane and never changes, so that pairing a pane
        // into it later does not move the rows below (or the scroll position)
        PaneModel first = row.client() != null ? row.client() : row.server();
        boolean conversation = first == null || first.kind() == PaneKind.CLIENT || first.kind() == PaneKind.SERVER_CONNECTION;
        double h = conversation ? CONVERSATION_HEIGHT : SINGLE_HEIGHT;
        height.setPrefHeight(h);
        height.setMinHeight(h);
        height.setMaxHeight(h);
        grid.getRowConstraints().add(height);
        onClient = (obs, old, now) -> showClient(now);
        onServer = (obs, old, now) -> showServer(now);
        row.clientProperty().addListener(onClient);
        row.serverProperty().addListener(onServer);
        showClient(row.client());
        showServer(row.server());
    }

    private void showClient(PaneModel pane) {
        if (client != null) {
            client.dispose();
        }
        client = pane == null ? null : new PaneView(pane, i18n);
        place(client == null ? placeholder("panes.noClient") : client.node(), 0);
    }

    private void showServer(PaneModel pane) {
        if (server != null) {
            server.dispose();
        }
        server = pane == null ? null : new PaneView(pane, i18n);
        place(server == null ? placeholder("panes.noServer") : server.node(), 1);
    }

    private void place(Node node, int column) {
        grid.getChildren().removeIf(n -> GridPane.getColumnIndex(n) != null && GridPane.getColumnIndex(n) == column);
        grid.add(node, column, 0);
    }

    private Node placeholder(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().add("pane-placeholder");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        return label;
    }

    void dispose() {
        row.clientProperty().removeListener(onClient);
        row.serverProperty().removeListener(onServer);
        if (client != null) {
            client.dispose();
        }
        if (server != null) {
            server.dispose();
        }
    }

    ConversationRow row() {
        return row;
    }

    Node node() {
        return grid;
    }
}
