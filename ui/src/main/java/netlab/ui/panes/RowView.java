package netlab.ui.panes;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import netlab.ui.i18n.I18n;

/**
 * A row of the bench: the client's pane on the left, the server's on the right, either may be
 * missing. Its panes are built the first time the row comes into sight: a flood of short
 * connections then costs rows, not text areas.
 */
final class RowView {
    private static final double CONVERSATION_HEIGHT = 360;
    private static final double SINGLE_HEIGHT = 170;
    /** A program on the loop (a task lesson, a subprocess's parent): its console is the lesson, full width and tall. */
    private static final double CONSOLE_HEIGHT = 460;

    private final ConversationRow row;
    private final I18n i18n;
    private final PaneActions actions;
    private final PaneSettings settings;
    private final GridPane grid = new GridPane();
    private final ChangeListener<PaneModel> onClient;
    private final ChangeListener<PaneModel> onServer;
    private PaneView client;
    private PaneView server;
    private boolean built;
    private boolean shown;
    /** The row holds a program's console (no client, no server): one pane across both columns. */
    private final boolean console;

    RowView(ConversationRow row, I18n i18n, PaneActions actions, PaneSettings settings) {
        this.row = row;
        this.i18n = i18n;
        this.actions = actions;
        this.settings = settings;
        grid.getStyleClass().add("conversation-row");
        grid.setUserData(row);
        grid.setHgap(12);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(half);
        }
        grid.getRowConstraints().add(fixedHeight(row));
        console = isConsole(row);
        onClient = (obs, old, now) -> {
            if (built) {
                showClient(now);
            }
        };
        onServer = (obs, old, now) -> {
            if (built) {
                showServer(now);
            }
        };
        row.clientProperty().addListener(onClient);
        row.serverProperty().addListener(onServer);
        if (console) {
            place(unbuilt(), 1);
        } else {
            place(unbuilt(), 0);
            place(unbuilt(), 1);
        }
    }

    /**
     * A program's console fills the height the panes have (at least {@link #SINGLE_HEIGHT}), so
     * its title and its newest lines are both in sight on a 1024×768 projector and on a 4K screen.
     */
    void fitConsoleTo(javafx.beans.value.ObservableDoubleValue viewportHeight) {
        if (!console) {
            return;
        }
        RowConstraints c = grid.getRowConstraints().get(0);
        Runnable fit = () -> {
            double h = Math.max(SINGLE_HEIGHT, viewportHeight.get() - 8);
            c.setMinHeight(h);
            c.setPrefHeight(h);
            c.setMaxHeight(h);
        };
        viewportHeight.addListener(o -> fit.run());
        fit.run();
    }

    private static boolean isConsole(ConversationRow row) {
        PaneModel first = row.client() != null ? row.client() : row.server();
        return first != null && first.kind() == PaneKind.LAB;
    }

    /** Settled by the row's first pane and never changed: pairing a pane in later moves nothing below. */
    private static RowConstraints fixedHeight(ConversationRow row) {
        PaneModel first = row.client() != null ? row.client() : row.server();
        boolean conversation = first == null || first.kind() == PaneKind.CLIENT || first.kind() == PaneKind.SERVER_CONNECTION;
        double h = conversation ? CONVERSATION_HEIGHT : isConsole(row) ? CONSOLE_HEIGHT : SINGLE_HEIGHT;
        RowConstraints height = new RowConstraints(h, h, h);
        height.setVgrow(Priority.NEVER);
        return height;
    }

    void setShown(boolean nowShown) {
        shown = nowShown;
        if (shown && !built) {
            built = true;
            showClient(row.client());
            showServer(row.server());
        }
        if (client != null) {
            client.setShown(shown);
        }
        if (server != null) {
            server.setShown(shown);
        }
    }

    private void showClient(PaneModel pane) {
        if (client != null) {
            client.dispose();
        }
        client = pane == null ? null : new PaneView(pane, i18n, actions, settings);
        if (client != null) {
            client.setShown(shown);
        }
        if (client == null && console) {
            return; // a program's console: no client column beside it, nor words about a server
        }
        place(client == null ? placeholder("panes.noClient") : client.node(), 0);
    }

    private void showServer(PaneModel pane) {
        if (server != null) {
            server.dispose();
        }
        server = pane == null ? null : new PaneView(pane, i18n, actions, settings);
        if (server != null) {
            server.setShown(shown);
        }
        place(server == null ? placeholder("panes.noServer") : server.node(), 1);
    }

    private void place(Node node, int column) {
        grid.getChildren().removeIf(n -> GridPane.getColumnIndex(n) != null && GridPane.getColumnIndex(n) == column);
        if (console) {
            grid.getChildren().removeIf(n -> GridPane.getColumnIndex(n) != null && GridPane.getColumnIndex(n) == 0);
            grid.add(node, 0, 0, 2, 1);
            return;
        }
        grid.add(node, column, 0);
    }

    private static Node unbuilt() {
        Region frame = new Region();
        frame.getStyleClass().add("pane-unbuilt");
        return frame;
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

    /** The view of the pane {@code key} in this row, once built. */
    PaneView paneView(String key) {
        if (client != null && client.model().key().equals(key)) {
            return client;
        }
        if (server != null && server.model().key().equals(key)) {
            return server;
        }
        return null;
    }

    /** Marks the row as the one selected in the bench. */
    void setHighlighted(boolean on) {
        grid.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), on);
    }

    ConversationRow row() {
        return row;
    }

    Node node() {
        return grid;
    }
}
