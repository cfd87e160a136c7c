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
 * connections then costs rows, not text areas. Building goes through the window's frame budget
 * ({@link PaneSyncBudget}): at once while frames are quick, else in a later frame, and not at all
 * for a row gone by then (10,000 connections opening replace every row in sight every frame).
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
    private boolean disposed;
    /** What a console row's height follows, and how: let go with the row. */
    private javafx.beans.value.ObservableDoubleValue fitTo;
    private javafx.beans.InvalidationListener fitListener;
    /** Builds the panes once the frame budget allows, if the row is still in sight and still here. */
    private final Runnable build = () -> {
        if (shown && !disposed) {
            buildNow();
        }
    };
    /** What this row shows on its client side (0) and its server side (1): a pane, a frame, a placeholder. */
    private final Node[] cells = new Node[2];
    /** Client | relay | server, each pane in the column of whose it is (a relayed lesson). */
    private boolean threeColumns;
    /** The row of the relay's leg to the server, shown inside this one. */
    private RowView upstream;
    /** The row this one is shown inside; its own grid is then empty and hidden. */
    private RowView host;
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
        columns(2);
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
        fitListener = o -> fit.run();
        fitTo = viewportHeight;
        viewportHeight.addListener(fitListener);
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
            settings.syncBudget().request(build);
        } else if (!shown) {
            settings.syncBudget().cancel(build); // out of sight again before its turn
        }
        if (client != null) {
            client.setShown(shown);
        }
        if (server != null) {
            server.setShown(shown);
        }
        if (upstream != null) {
            upstream.setShown(shown);
        }
    }

    /** Builds the panes now, whatever the budget says (a search asked for in this row, say). */
    void buildNow() {
        if (built) {
            return;
        }
        built = true;
        settings.syncBudget().cancel(build);
        showClient(row.client());
        showServer(row.server());
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
            place(null, 0); // a program's console: no client column beside it, nor words about a server
            return;
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
        place(server == null && console ? null : server == null ? placeholder("panes.noServer") : server.node(), 1);
    }

    private void place(Node node, int column) {
        cells[column] = node;
        (host != null ? host : this).layoutCells();
    }

    private void columns(int count) {
        grid.getColumnConstraints().clear();
        for (int i = 0; i < count; i++) {
            ColumnConstraints part = new ColumnConstraints();
            part.setPercentWidth(100.0 / count);
            part.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(part);
        }
    }

    /** Lays this row's cells (and its upstream row's) into the grid. */
    private void layoutCells() {
        if (host != null) {
            return;
        }
        grid.getChildren().clear();
        int count = threeColumns ? RelayColumns.COUNT : 2;
        if (grid.getColumnConstraints().size() != count) {
            columns(count);
        }
        if (console && cells[0] != null && cells[1] != null) {
            // a program and its child process: the parent on the left, the child on the right (the
            // parent, laid across the width until its child came, spans one column again)
            for (int i = 0; i < 2; i++) {
                grid.add(cells[i], i * (count - 1), 0, 1, 1);
            }
            return;
        }
        if (console) {
            Node only = cells[1] != null ? cells[1] : cells[0];
            if (only != null) {
                grid.add(only, 0, 0, count, 1);
            }
            return;
        }
        if (!threeColumns) {
            for (int i = 0; i < 2; i++) {
                if (cells[i] != null) {
                    grid.add(cells[i], i, 0, 1, 1);
                }
            }
            return;
        }
        java.util.List<java.util.List<Node>> byColumn = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            byColumn.add(new java.util.ArrayList<>());
        }
        collect(byColumn);
        if (upstream != null) {
            upstream.collect(byColumn);
        }
        String[] names = {"lesson-column-client", "lesson-column-relay", "lesson-column-server"};
        for (int i = 0; i < count; i++) {
            javafx.scene.layout.VBox column = new javafx.scene.layout.VBox(6);
            column.getStyleClass().add(names[i]);
            for (Node n : byColumn.get(i)) {
                javafx.scene.layout.VBox.setVgrow(n, Priority.ALWAYS);
                column.getChildren().add(n);
            }
            column.setMinHeight(0);
            column.setMinWidth(0);
            grid.add(column, i, 0);
        }
    }

    /** Puts each of this row's cells in the column of whose pane it holds; cells with no pane are left out. */
    private void collect(java.util.List<java.util.List<Node>> byColumn) {
        PaneModel[] panes = {row.client(), row.server()};
        for (int i = 0; i < 2; i++) {
            if (panes[i] != null && cells[i] != null) {
                byColumn.get(RelayColumns.columnOf(panes[i])).add(cells[i]);
            }
        }
    }

    /** Client | relay | server (on), or client side | server side (off). */
    void setThreeColumns(boolean on) {
        if (threeColumns != on) {
            threeColumns = on;
            layoutCells();
        }
    }

    /** Shows {@code up} (the relay's leg to the server and the server's connection) inside this row; null lets it go. */
    void setUpstream(RowView up) {
        if (upstream == up) {
            return;
        }
        RowView old = upstream;
        upstream = null;
        if (old != null && old.host == this) {
            old.host = null;
            old.grid.setVisible(true);
            old.grid.setManaged(true);
            old.layoutCells();
        }
        if (up != null) {
            if (up.host != null) {
                up.host.setUpstream(null);
            }
            up.host = this;
            up.grid.getChildren().clear();
            up.grid.setVisible(false);
            up.grid.setManaged(false);
            upstream = up;
            up.setShown(shown);
        }
        layoutCells();
    }

    /** The row this one is shown inside, or itself. */
    RowView shownIn() {
        return host != null ? host : this;
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
        disposed = true;
        if (fitTo != null) {
            fitTo.removeListener(fitListener); // the panes' viewport outlives the row
        }
        settings.syncBudget().cancel(build);
        setUpstream(null);
        if (host != null) {
            host.setUpstream(null);
        }
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
