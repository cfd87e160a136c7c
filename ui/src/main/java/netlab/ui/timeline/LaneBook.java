package netlab.ui.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.engine.relay.RelayLeg;

/**
 * The timeline's lanes, top to bottom: which lane an event goes on (a connection side, a server, an
 * experiment, a task named as its TASK_CREATED says), client and server connection paired side by
 * side, and at most {@link TimelineModel#MAX_LANES} of them (the oldest finished ones go first).
 * A lane let go while still in use stays gone (until its endpoint connects again): its later
 * events are counted, not placed, so that ten thousand connections do not make and drop a lane at
 * nearly every event.
 */
final class LaneBook {
    private final Map<String, Lane> lanes = new HashMap<>();
    private final List<Lane> order = new ArrayList<>();
    /** Client lanes by their local address, server connection lanes by their peer's: for pairing. */
    private final Map<String, Lane> clientsByLocal = new HashMap<>();
    private final Map<String, Lane> connectionsByRemote = new HashMap<>();
    private final Map<Long, String> taskNames = new HashMap<>();
    private long removedLanes;
    /** The keys of the lanes let go, the most recent {@link #REMEMBERED} of them. */
    private final java.util.LinkedHashSet<String> letGo = new java.util.LinkedHashSet<>();
    private long unplaced;
    static final int REMEMBERED = 100_000;

    /** The lane {@code e} goes on, made if new; null when its lane was let go (the event is counted in {@link #unplaced()}). */
    Lane laneOf(LabEvent e) {
        Origin o = e.origin();
        String key;
        Lane.Kind kind;
        String label;
        switch (e.kind()) {
            case TASK_CREATED, TASK_STEP, TASK_WAITING, TASK_DONE -> {
                key = "task:" + e.amount();
                kind = Lane.Kind.TASK;
                if (e.kind() == EventKind.TASK_CREATED && e.text() != null) {
                    taskNames.put(e.amount(), e.text());
                }
                String name = taskNames.get(e.amount());
                // the name the program gave (a seed's "A"); asyncio's default Task-N says nothing more
                label = "task " + e.amount() + (name == null || name.equals("Task-" + e.amount()) ? "" : " · " + name);
            }
            default -> {
                switch (o.role()) {
                    case SERVER -> {
                        key = o.paneKey();
                        kind = o.isConnection() ? Lane.Kind.CONNECTION : Lane.Kind.SERVER;
                        label = o.isConnection() ? o.label() : "main · " + o.endpoint();
                    }
                    case CLIENT -> {
                        key = o.endpoint();
                        kind = Lane.Kind.CLIENT;
                        label = o.label() + " · " + o.endpoint();
                    }
                    case EXPERIMENT -> {
                        key = o.endpoint();
                        kind = Lane.Kind.EXPERIMENT;
                        label = o.label() + " · " + o.endpoint();
                    }
                    case RELAY -> {
                        // a relay's legs pair like the connections they are: its client's leg as a
                        // server's connection, its leg to the server as a client
                        key = o.paneKey();
                        RelayLeg leg = RelayLeg.of(o);
                        kind = leg == null ? Lane.Kind.SERVER : leg == RelayLeg.CLIENT_SIDE ? Lane.Kind.CONNECTION : Lane.Kind.CLIENT;
                        label = leg == null ? "relay · " + o.endpoint() : o.label();
                    }
                    default -> {
                        key = "lab";
                        kind = Lane.Kind.LAB;
                        label = "lab";
                    }
                }
            }
        }
        Lane lane = lanes.get(key);
        if (lane == null && letGo.contains(key)) {
            if (e.kind() != EventKind.CONNECTION_MADE) {
                unplaced++;
                return null;
            }
            letGo.remove(key); // a new connection of that endpoint (a client connecting again) has a lane again
        }
        if (lane == null) {
            lane = new Lane(key, kind, o.endpoint(), label, e.nanos());
            lanes.put(key, lane);
            order.add(lane);
            bound();
        } else if (kind == Lane.Kind.TASK && e.kind() == EventKind.TASK_CREATED) {
            lane.setLabel(label);
        }
        if (o.isConnection() && kind != Lane.Kind.TASK) {
            lane.addresses(o.local(), o.remote());
        }
        return lane;
    }

    /** A client and the server connection it opened are one conversation: their lanes go side by side. */
    void pair(Lane lane, Origin o) {
        if (lane.peer() != null) {
            return;
        }
        Lane other = null;
        if (lane.kind() == Lane.Kind.CLIENT && o.local() != null) {
            other = connectionsByRemote.remove(o.local());
            if (other == null) {
                clientsByLocal.put(o.local(), lane);
            }
        } else if (lane.kind() == Lane.Kind.CONNECTION && o.remote() != null) {
            other = clientsByLocal.remove(o.remote());
            if (other == null) {
                connectionsByRemote.put(o.remote(), lane);
            }
        }
        if (other != null && !other.isRemoved()) {
            lane.setPeer(other);
            other.setPeer(lane);
            // the later of the two moves to just below the earlier one
            order.remove(lane);
            order.add(order.indexOf(other) + 1, lane);
        }
    }

    private void bound() {
        while (order.size() > TimelineModel.MAX_LANES) {
            Lane victim = order.stream().filter(Lane::isOver).findFirst().orElse(order.get(0));
            order.remove(victim);
            lanes.remove(victim.key());
            clientsByLocal.values().remove(victim);
            connectionsByRemote.values().remove(victim);
            if (victim.peer() != null) {
                victim.peer().setPeer(null);
            }
            victim.setRemoved();
            removedLanes++;
            if (!victim.isOver()) {
                // a lane still in use would be made again at its next event, and let go again
                letGo.add(victim.key());
                if (letGo.size() > REMEMBERED) {
                    letGo.remove(letGo.iterator().next());
                }
            }
        }
    }

    List<Lane> order() {
        return order;
    }

    Lane lane(String key) {
        return lanes.get(key);
    }

    long removed() {
        return removedLanes;
    }

    /** Events not placed because their lane was let go. */
    long unplaced() {
        return unplaced;
    }

    void clear() {
        for (Map<?, ?> map : List.of(lanes, clientsByLocal, connectionsByRemote, taskNames)) {
            map.clear();
        }
        order.clear();
        letGo.clear();
        removedLanes = 0;
        unplaced = 0;
    }
}
