package netlab.ui.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import netlab.engine.lab.EndpointState;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.port.EndpointInfo;
import netlab.ui.views.LabSubscriber;
import netlab.ui.events.EndpointStates;
import netlab.ui.panes.PaneState;

/**
 * The bench tree's content, built from the event stream: one group per endpoint kind, the
 * endpoints in it, and under a server the connections it accepted. Changes to the tree's shape are
 * gathered per event and applied once per frame in {@link #commit()}, so a flood of connections
 * costs one tree update per frame.
 *
 * <p>Bounded: a group keeps at most {@link #MAX_ENDPOINTS_PER_GROUP} endpoints and an endpoint at
 * most {@link #MAX_CONNECTIONS_PER_ENDPOINT} connections; what is over goes first, and the number
 * let go is said on the parent's line.
 */
public final class BenchModel implements LabSubscriber {
    public static final int MAX_ENDPOINTS_PER_GROUP = 256;
    public static final int MAX_CONNECTIONS_PER_ENDPOINT = 200;
    /** Connections let go of that are remembered as such (the oldest memories go first). */
    static final int MAX_FORGOTTEN_REMEMBERED = 100_000;

    private final Function<String, Optional<EndpointInfo>> lookup;
    private final ObservableList<BenchItem> groups = FXCollections.observableArrayList();
    private final Map<String, BenchItem> groupOf = new HashMap<>();
    private final Map<String, BenchItem> endpoints = new HashMap<>();
    private final Map<String, BenchItem> connections = new HashMap<>();
    private final Map<BenchItem, PaneState> connectionStates = new HashMap<>();
    /** New children per parent, in order, waiting for the next commit. */
    private final Map<BenchItem, List<BenchItem>> pending = new LinkedHashMap<>();
    /**
     * Connections let go of to stay within the bound. Their later events do not bring them back:
     * were they to, a server with more live connections than the bound would add and drop tree
     * rows for every event (10,000 connections: every frame), and count each one again.
     */
    private final java.util.Set<String> letGo = new java.util.LinkedHashSet<>();

    /** @param lookup what the lab says of an endpoint ({@code commands::endpoint}); empty for forgotten ones, and in a replay */
    public BenchModel(Function<String, Optional<EndpointInfo>> lookup) {
        this.lookup = lookup;
    }

    @Override
    public void accept(LabEvent e) {
        Origin origin = e.origin();
        if (origin.role() == Role.LAB) {
            return;
        }
        BenchItem endpoint = endpointItem(origin);
        switch (e.kind()) {
            case ENDPOINT_STATE -> {
                EndpointState state = EndpointStates.of(e);
                if (state != null && !(endpoint.isOver() && !state.isOver())) {
                    endpoint.setState("endpoint.state." + state.label(), state.isOver());
                }
            }
            case LISTENING -> {
                java.util.List<String> address = netlab.engine.event.EventTexts.parts(e);
                endpoint.setDetail(address.isEmpty() ? e.text() : address.get(0));
            }
            case CONNECTION_MADE -> {
                if (origin.isConnection()) {
                    if (endpoint.kind().showsConnections()) {
                        connectionItem(endpoint, origin); // null when let go of: nothing to show
                    } else {
                        endpoint.setDetail(origin.local() + " ⇄ " + origin.remote());
                    }
                }
            }
            case EOF_SENT, EOF_RECEIVED, CONNECTION_LOST -> {
                if (origin.isConnection() && endpoint.kind().showsConnections()) {
                    BenchItem connection = connectionItem(endpoint, origin);
                    if (connection == null) {
                        return;
                    }
                    PaneState now = next(connectionStates.getOrDefault(connection, PaneState.OPEN), e);
                    connectionStates.put(connection, now);
                    connection.setState(now.messageKey(), now.isOver());
                }
            }
            default -> {
                if (origin.isConnection() && endpoint.kind().showsConnections()) {
                    connectionItem(endpoint, origin);
                }
            }
        }
    }

    private static PaneState next(PaneState now, LabEvent e) {
        return switch (e.kind()) {
            case CONNECTION_LOST -> PaneState.CLOSED;
            case EOF_SENT -> now == PaneState.HALF_CLOSED_REMOTE ? PaneState.HALF_CLOSED_BOTH
                    : now == PaneState.OPEN ? PaneState.HALF_CLOSED_LOCAL : now;
            case EOF_RECEIVED -> now == PaneState.HALF_CLOSED_LOCAL ? PaneState.HALF_CLOSED_BOTH
                    : now == PaneState.OPEN ? PaneState.HALF_CLOSED_REMOTE : now;
            default -> now;
        };
    }

    private BenchItem endpointItem(Origin origin) {
        String id = origin.endpoint();
        BenchItem item = endpoints.get(id);
        if (item != null) {
            return item;
        }
        EndpointKind kind = EndpointKinds.of(lookup.apply(id).orElse(null), origin);
        BenchItem group = group(kind);
        item = new BenchItem(BenchItem.Type.ENDPOINT, id, kind, group, Origin.endpoint(id, origin.role(), origin.label()));
        item.setLabel(origin.role() == Role.SERVER || origin.role() == Role.RELAY ? id : origin.label() + " · " + id);
        item.setState("endpoint.state.starting", false);
        endpoints.put(id, item);
        pending.computeIfAbsent(group, g -> new ArrayList<>()).add(item);
        return item;
    }

    /** The connection's item, made at its first event; null for one let go of to stay bounded. */
    private BenchItem connectionItem(BenchItem endpoint, Origin origin) {
        BenchItem item = connections.get(origin.connection());
        if (item != null || letGo.contains(origin.connection())) {
            return item;
        }
        item = new BenchItem(BenchItem.Type.CONNECTION, origin.connection(), endpoint.kind(), endpoint, origin);
        item.setLabel(origin.label());
        item.setDetail(origin.connection() + (origin.remote() == null ? "" : " · " + origin.remote()));
        item.setState(PaneState.OPEN.messageKey(), false);
        connections.put(origin.connection(), item);
        pending.computeIfAbsent(endpoint, g -> new ArrayList<>()).add(item);
        return item;
    }

    private BenchItem group(EndpointKind kind) {
        BenchItem group = groupOf.get(kind.id());
        if (group == null) {
            group = new BenchItem(BenchItem.Type.GROUP, kind.id(), kind, null, null);
            group.setLabel(kind.groupKey());
            groupOf.put(kind.id(), group);
            // groups keep the order of the registry, whatever order they appear in
            int at = 0;
            List<EndpointKind> order = new ArrayList<>(EndpointKinds.all());
            order.add(EndpointKinds.other());
            int mine = order.indexOf(kind);
            while (at < groups.size() && order.indexOf(groups.get(at).kind()) < mine) {
                at++;
            }
            groups.add(at, group);
        }
        return group;
    }

    /** Adds what arrived since the last commit and lets go of the oldest finished items beyond the bounds. */
    @Override
    public void commit() {
        if (pending.isEmpty()) {
            return;
        }
        for (Map.Entry<BenchItem, List<BenchItem>> entry : pending.entrySet()) {
            BenchItem parent = entry.getKey();
            if (parent.type() != BenchItem.Type.GROUP && !endpoints.containsKey(parent.id())) {
                continue; // its endpoint was let go in this same batch
            }
            parent.children().addAll(entry.getValue());
            int max = parent.type() == BenchItem.Type.GROUP ? MAX_ENDPOINTS_PER_GROUP : MAX_CONNECTIONS_PER_ENDPOINT;
            trim(parent, max);
        }
        pending.clear();
    }

    private void trim(BenchItem parent, int max) {
        int excess = parent.children().size() - max;
        if (excess <= 0) {
            return;
        }
        java.util.Set<BenchItem> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (BenchItem child : parent.children()) {
            if (gone.size() == excess) {
                break;
            }
            if (child.isOver()) {
                gone.add(child);
            }
        }
        // when nothing is over, the oldest go all the same: the bound holds
        for (int i = 0; gone.size() < excess && i < parent.children().size(); i++) {
            gone.add(parent.children().get(i));
        }
        // one change for the tree: the oldest finished ones sit together at the top
        parent.children().removeIf(gone::contains);
        for (BenchItem item : gone) {
            forget(item);
        }
        parent.addDropped(gone.size());
    }

    private void forget(BenchItem item) {
        if (item.type() == BenchItem.Type.ENDPOINT) {
            endpoints.remove(item.id());
            for (BenchItem c : item.children()) {
                connections.remove(c.id());
                connectionStates.remove(c);
            }
        } else {
            connections.remove(item.id());
            connectionStates.remove(item);
            letGo.add(item.id());
            if (letGo.size() > MAX_FORGOTTEN_REMEMBERED) {
                var oldest = letGo.iterator();
                oldest.next();
                oldest.remove();
            }
        }
    }

    public ObservableList<BenchItem> groups() {
        return groups;
    }

    public BenchItem endpoint(String id) {
        return endpoints.get(id);
    }

    public BenchItem connection(String id) {
        return connections.get(id);
    }
}
