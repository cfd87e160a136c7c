package netlab.ui.panes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.ui.views.Rebuildable;
import netlab.engine.event.Origin;
import netlab.engine.relay.RelayLeg;

/**
 * Sorts events into panes and panes into rows. A server's connection events go to that connection's
 * pane, its endpoint-wide events to the server's own pane, and all of a client's events to one pane
 * per client; a client pane and the server connection pane of the same socket pair share a row, so
 * that what one side wrote stands next to what the other side read.
 *
 * <p>Bounded: at most {@code maxRows} rows (finished ones go first, counted in
 * {@link #removedRowsProperty()}) of at most {@code linesPerPane} lines each.
 */
public final class PanesModel implements Rebuildable {
    public static final int DEFAULT_MAX_ROWS = 24;
    public static final int DEFAULT_LINES_PER_PANE = 2_000;
    static final int MAX_EVICTED_REMEMBERED = 100_000;

    private final LineFormatter formatter;
    private final int maxRows;
    private final int linesPerPane;

    /** The rows as shown: {@link #working} as of the last commit. */
    private final ObservableList<ConversationRow> rows = FXCollections.observableArrayList();
    /**
     * The rows as the events so far make them. A batch may make and push out many rows (a flood of
     * new connections: more in one frame than there are rows); only those still here at its
     * commit reach {@link #rows}, so a row's nodes are made for rows that stay, once per frame.
     */
    private final List<ConversationRow> working = new ArrayList<>();
    private final ObservableList<ConversationRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final Map<String, PaneModel> panes = new HashMap<>();
    private final Map<PaneModel, ConversationRow> rowOf = new HashMap<>();
    /** Rows whose client knows its local address but has no server pane beside it yet. */
    private final Map<String, ConversationRow> clientsByLocal = new HashMap<>();
    /** Rows holding only a server connection pane, by the peer's address. */
    private final Map<String, ConversationRow> serversByRemote = new HashMap<>();
    /** Rows holding only a datagram server's socket pane, by its own address (where its clients send). */
    private final Map<String, ConversationRow> datagramServersByLocal = new HashMap<>();
    private final Set<PaneModel> touched = new LinkedHashSet<>();
    /**
     * Panes pushed out to stay within the bound. Their later events are counted, not shown: were
     * they to bring their pane back, a flood over more connections than rows would build and drop
     * panes (and their nodes) for every event.
     */
    private final Set<String> evicted = new LinkedHashSet<>();
    private final ReadOnlyLongWrapper removedRows = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper unshownEvents = new ReadOnlyLongWrapper();
    private long nextRowId = 1;

    public PanesModel(LineFormatter formatter, int maxRows, int linesPerPane) {
        if (maxRows < 1 || linesPerPane < 1) {
            throw new IllegalArgumentException("maxRows and linesPerPane must be positive");
        }
        this.formatter = formatter;
        this.maxRows = maxRows;
        this.linesPerPane = linesPerPane;
    }

    public PanesModel(LineFormatter formatter) {
        this(formatter, DEFAULT_MAX_ROWS, DEFAULT_LINES_PER_PANE);
    }

    /** Routes one event; nothing is shown until {@link #commit()}. */
    @Override
    public void accept(LabEvent e) {
        if (e.kind() == EventKind.ELIDED) {
            return;
        }
        if (!LineFormatter.showsLine(e) && kindOf(e.origin()) == PaneKind.LAB && !panes.containsKey(keyOf(e.origin()))) {
            // a program's pane (the lab's own "main" above all: the loop's lag, tasks no endpoint
            // owns) is made by a line worth showing, never by bookkeeping: an empty "open" pane
            // would stand above the lesson's own panes, saying nothing
            return;
        }
        PaneModel pane = ChildPanes.isChilds(e) ? childPaneFor(e.origin()) : paneFor(e.origin());
        if (pane == null) {
            unshownEvents.set(unshownEvents.get() + 1);
            return;
        }
        pane.apply(e);
        touched.add(pane);
        if (pane.kind() == PaneKind.CLIENT && e.origin().isConnection()) {
            pairClient(pane, e.origin());
        }
    }

    /** Publishes every pane touched since the last commit: one change per pane per batch, and the rows in one step. */
    @Override
    public void commit() {
        for (PaneModel pane : touched) {
            pane.commit();
        }
        touched.clear();
        publishRows();
    }

    /**
     * Brings {@link #rows} up to {@link #working}: the rows gone leave, the new ones (always at the
     * end of the working list) join at the end; rows that came and went within the batch never show.
     */
    private void publishRows() {
        if (rows.equals(working)) {
            return;
        }
        Set<ConversationRow> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(working);
        List<ConversationRow> gone = rows.stream().filter(r -> !kept.contains(r)).toList();
        if (!gone.isEmpty()) {
            rows.removeAll(gone); // one change for the lot
        }
        if (rows.size() <= working.size() && rows.equals(working.subList(0, rows.size()))) {
            rows.addAll(working.subList(rows.size(), working.size()));
        } else {
            rows.setAll(working); // not reached: rows only ever join at the end
        }
    }

    /**
     * Clear: drops the rows where everything is over and the program panes (a preset's or an
     * experiment's, which never close and would stay "open" with nothing in them), empties the
     * rest (a server still listening, a connection that goes on), and forgets what was counted.
     */
    public void clear() {
        commit();
        for (ConversationRow row : working.stream().filter(r -> r.isOver() || onlyPrograms(r)).toList()) {
            removeRow(row);
        }
        publishRows();
        for (PaneModel pane : panes.values()) {
            pane.clearLines();
        }
        evicted.clear();
        removedRows.set(0);
        unshownEvents.set(0);
    }

    private static boolean onlyPrograms(ConversationRow row) {
        return (row.client() == null || row.client().kind() == PaneKind.LAB) && (row.server() == null || row.server().kind() == PaneKind.LAB);
    }

    /** Forgets every pane and row, as if no event had come (a step back rebuilds them). */
    @Override
    public void reset() {
        commit();
        working.clear();
        rows.clear();
        panes.clear();
        rowOf.clear();
        clientsByLocal.clear();
        serversByRemote.clear();
        touched.clear();
        evicted.clear();
        removedRows.set(0);
        unshownEvents.set(0);
    }

    private PaneModel paneFor(Origin origin) {
        String key = keyOf(origin);
        PaneModel pane = panes.get(key);
        if (pane != null) {
            return pane;
        }
        if (evicted.contains(key)) {
            return null;
        }
        PaneKind kind = kindOf(origin);
        pane = new PaneModel(key, kind, origin, linesPerPane, formatter);
        panes.put(key, pane);
        ConversationRow row = null;
        if (kind == PaneKind.SERVER_CONNECTION && origin.remote() != null) {
            row = clientsByLocal.remove(origin.remote());
        }
        if (row != null) {
            row.setServer(pane);
        } else {
            row = newRow(pane);
            if (kind == PaneKind.SERVER_CONNECTION && origin.remote() != null) {
                serversByRemote.put(origin.remote(), row);
            } else if (kind == PaneKind.SERVER_CONNECTION && origin.local() != null) {
                // a datagram server: one socket, no peer of its own, met by the clients that send to its address
                datagramServersByLocal.put(origin.local(), row);
            }
        }
        rowOf.put(pane, row);
        return pane;
    }

    /**
     * The pane of the child process a program runs: its pipes and its exit, beside the program's
     * own console (the parent on the left, the child on the right).
     */
    private PaneModel childPaneFor(Origin origin) {
        String key = ChildPanes.keyOf(origin);
        PaneModel child = panes.get(key);
        if (child != null || evicted.contains(key)) {
            return child;
        }
        PaneModel parent = paneFor(origin);
        if (parent == null) {
            return null;
        }
        child = new PaneModel(key, PaneKind.LAB, ChildPanes.originOf(origin), linesPerPane, formatter);
        panes.put(key, child);
        ConversationRow row = rowOf.get(parent);
        if (row.server() == parent) {
            row.setServer(null);
            row.setClient(parent);
        }
        row.setServer(child);
        rowOf.put(child, row);
        return child;
    }

    /** Once a client's socket address is known, its server-side pane (if ours) joins its row. */
    private void pairClient(PaneModel client, Origin origin) {
        ConversationRow row = rowOf.get(client);
        if (row.server() != null || origin.local() == null) {
            return;
        }
        ConversationRow serverRow = serversByRemote.remove(origin.local());
        if (serverRow == null && origin.remote() != null) {
            // a datagram client "connected" (remote_addr) to a datagram server of this lab
            serverRow = datagramServersByLocal.remove(origin.remote());
        }
        if (serverRow == null) {
            clientsByLocal.putIfAbsent(origin.local(), row);
            return;
        }
        PaneModel server = serverRow.server();
        serverRow.setServer(null);
        working.remove(serverRow);
        row.setServer(server);
        rowOf.put(server, row);
    }

    /** A row holding {@code first} on its side; the pane is in it before anyone sees the row. */
    private ConversationRow newRow(PaneModel first) {
        if (working.size() >= maxRows) {
            ConversationRow victim = working.stream().filter(ConversationRow::isOver).findFirst().orElse(working.get(0));
            removeRow(victim);
            if (!victim.isOver()) {
                forgetLater(victim.client());
                forgetLater(victim.server());
            }
            removedRows.set(removedRows.get() + 1);
        }
        ConversationRow row = new ConversationRow(nextRowId++);
        if (first.kind() == PaneKind.CLIENT) {
            row.setClient(first);
        } else {
            row.setServer(first);
        }
        working.add(row);
        return row;
    }

    private void removeRow(ConversationRow row) {
        working.remove(row);
        for (PaneModel pane : new PaneModel[] {row.client(), row.server()}) {
            if (pane != null) {
                panes.remove(pane.key());
                rowOf.remove(pane);
                touched.remove(pane);
            }
        }
        clientsByLocal.values().remove(row);
        serversByRemote.values().remove(row);
        datagramServersByLocal.values().remove(row);
    }

    private void forgetLater(PaneModel pane) {
        if (pane == null) {
            return;
        }
        evicted.add(pane.key());
        if (evicted.size() > MAX_EVICTED_REMEMBERED) {
            var it = evicted.iterator();
            it.next();
            it.remove();
        }
    }

    /** Shows {@code origin}'s pane again from its next event on (asked for from the bench tree, say). */
    public void reveal(Origin origin) {
        evicted.remove(keyOf(origin));
    }

    /** Events of connections whose pane was pushed out: counted here instead of shown. */
    public ReadOnlyLongProperty unshownEventsProperty() {
        return unshownEvents.getReadOnlyProperty();
    }

    static String keyOf(Origin origin) {
        return switch (origin.role()) {
            case CLIENT, LAB, EXPERIMENT -> origin.endpoint();
            case SERVER, RELAY -> origin.paneKey();
        };
    }

    /**
     * A relay's two legs sit where their peers expect them: the leg its client connected to on the
     * server side of the client's row, the leg it opened to the server on the client side of the
     * server's row. So each row is one real TCP connection, written on one side and read on the other.
     */
    static PaneKind kindOf(Origin origin) {
        return switch (origin.role()) {
            case CLIENT -> PaneKind.CLIENT;
            case LAB, EXPERIMENT -> PaneKind.LAB;
            case SERVER -> origin.isConnection() ? PaneKind.SERVER_CONNECTION : PaneKind.SERVER_MAIN;
            case RELAY -> switch (RelayLeg.of(origin) == null ? RelayLeg.CLIENT_SIDE : RelayLeg.of(origin)) {
                case CLIENT_SIDE -> origin.isConnection() ? PaneKind.SERVER_CONNECTION : PaneKind.SERVER_MAIN;
                case SERVER_SIDE -> PaneKind.CLIENT;
            };
        };
    }

    public ObservableList<ConversationRow> rows() {
        return rowsView;
    }

    /** The pane events of {@code origin} go to, if it is shown. */
    public PaneModel pane(Origin origin) {
        return panes.get(keyOf(origin));
    }

    public java.util.Collection<PaneModel> panes() {
        return java.util.Collections.unmodifiableCollection(panes.values());
    }

    /** Rows removed to stay within the bound. */
    public ReadOnlyLongProperty removedRowsProperty() {
        return removedRows.getReadOnlyProperty();
    }

    public int maxRows() {
        return maxRows;
    }
}
