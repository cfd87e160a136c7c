package netlab.ui.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.ui.views.Rebuildable;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.relay.RelayLeg;

/**
 * Every event of the bench on one time axis: a lane per connection side, server, experiment and
 * task; a mark per event; an arrow from each write to the read(s) that delivered its bytes on the
 * other side; the steps tasks ran on the loop; the spans a transport paused writing; and the loop's
 * lag. Built from events as they come (O(1) each), bounded in every part, drawn by
 * {@link TimelineView}.
 */
public final class TimelineModel implements Rebuildable {
    public static final int MAX_MARKS = 50_000;
    public static final int MAX_ARROWS = 20_000;
    public static final int MAX_SPANS = 20_000;
    public static final int MAX_LAG_SAMPLES = 10_000;
    public static final int MAX_LANES = 200;
    /** Bytes of an event a mark keeps, for its tooltip and for finding its code. */
    static final int KEPT_BYTES = 64;

    /** An event on its lane. */
    public record Mark(LabEvent event, Lane lane) {
    }

    /** Bytes written on {@code from} at {@code fromNanos} and read on {@code to} at {@code toNanos}. */
    public record Arrow(long fromNanos, Lane from, long toNanos, Lane to, long bytes) {
    }

    public enum SpanKind {
        /** A task ran one step on the loop thread. */
        STEP,
        /** The transport's buffer was over its high water mark: writing paused. */
        PAUSED
    }

    public record Span(long begin, long end, Lane lane, SpanKind kind) {
    }

    public record Lag(long nanos, long lagNanos) {
    }

    private final TimeRing<Mark> marks = new TimeRing<>(MAX_MARKS);
    private final TimeRing<Arrow> arrows = new TimeRing<>(MAX_ARROWS);
    private final TimeRing<Span> spans = new TimeRing<>(MAX_SPANS);
    private final TimeRing<Lag> lags = new TimeRing<>(MAX_LAG_SAMPLES);
    private final Map<String, Lane> lanes = new HashMap<>();
    private final List<Lane> order = new ArrayList<>();
    /** Client lanes by their local address, server connection lanes by their peer's: for pairing. */
    private final Map<String, Lane> clientsByLocal = new HashMap<>();
    private final Map<String, Lane> connectionsByRemote = new HashMap<>();
    private final Map<Lane, Long> pausedSince = new HashMap<>();
    private final Map<Long, String> taskNames = new HashMap<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private long firstNanos = -1;
    private long lastNanos;
    private long longestArrow;
    private long longestSpan;
    private long maxLag;
    private long removedLanes;
    private final RunStart runStart = new RunStart();
    private boolean dirty;

    @Override
    public void accept(LabEvent e) {
        if (e.kind() == EventKind.ELIDED) {
            return;
        }
        long t = e.nanos();
        if (firstNanos < 0) {
            firstNanos = t;
        }
        runStart.accept(e);
        lastNanos = Math.max(lastNanos, t);
        dirty = true;
        if (e.kind() == EventKind.LOOP_LAG) {
            lags.add(t, new Lag(t, e.amount()));
            maxLag = Math.max(maxLag, e.amount());
            return;
        }
        Lane lane = laneOf(e);
        lane.touch(t);
        switch (e.kind()) {
            case TASK_STEP -> {
                long begin = e.offset() >= 0 && e.offset() <= t ? e.offset() : t;
                spans.add(t, new Span(begin, t, lane, SpanKind.STEP));
                longestSpan = Math.max(longestSpan, t - begin);
                return; // a step is its span, not a mark
            }
            case TASK_DONE -> lane.setOver();
            case DATA_SENT -> lane.wrote(e.offset(), e.data().size(), t);
            case DATA_RECEIVED -> arrowsTo(lane, e);
            case PAUSE_WRITING -> pausedSince.putIfAbsent(lane, t);
            case RESUME_WRITING -> {
                Long since = pausedSince.remove(lane);
                if (since != null) {
                    spans.add(t, new Span(since, t, lane, SpanKind.PAUSED));
                    longestSpan = Math.max(longestSpan, t - since);
                }
            }
            case CONNECTION_LOST -> {
                if (lane.kind() != Lane.Kind.SERVER) {
                    lane.setOver();
                }
                Long since = pausedSince.remove(lane);
                if (since != null) {
                    spans.add(t, new Span(since, t, lane, SpanKind.PAUSED));
                }
            }
            case CONNECTION_MADE -> pair(lane, e.origin());
            case ENDPOINT_STATE -> {
                if (e.text() != null && (e.text().equals("stopped") || e.text().equals("finished") || e.text().equals("failed"))) {
                    lane.setOver();
                }
            }
            default -> {
            }
        }
        marks.add(t, new Mark(KeptEvent.of(e, KEPT_BYTES), lane));
    }

    /** Each write of the peer whose bytes this read holds becomes an arrow from that write to this read. */
    private void arrowsTo(Lane reader, LabEvent read) {
        Lane writer = reader.peer();
        if (writer == null) {
            return;
        }
        long from = read.offset();
        long to = from + read.data().size();
        for (Lane.Write w : writer.writes) {
            if (w.end() <= from) {
                continue;
            }
            if (w.offset() >= to) {
                break;
            }
            long bytes = Math.min(to, w.end()) - Math.max(from, w.offset());
            arrows.add(read.nanos(), new Arrow(w.nanos(), writer, read.nanos(), reader, bytes));
            longestArrow = Math.max(longestArrow, read.nanos() - w.nanos());
        }
    }

    private Lane laneOf(LabEvent e) {
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
                label = "task " + e.amount() + (name == null ? "" : " · " + name);
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
    private void pair(Lane lane, Origin o) {
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
        while (order.size() > MAX_LANES) {
            Lane victim = order.stream().filter(Lane::isOver).findFirst().orElse(order.get(0));
            order.remove(victim);
            lanes.remove(victim.key());
            clientsByLocal.values().remove(victim);
            connectionsByRemote.values().remove(victim);
            pausedSince.remove(victim);
            if (victim.peer() != null) {
                victim.peer().setPeer(null);
            }
            victim.setRemoved();
            removedLanes++;
        }
    }

    /** Publishes what arrived since the last commit: views redraw when the revision changes. */
    @Override
    public void commit() {
        if (dirty) {
            dirty = false;
            revision.set(revision.get() + 1);
        }
    }

    /** Forgets everything (the Clear button, another preset opened, a step back). */
    @Override
    public void reset() {
        for (TimeRing<?> ring : List.of(marks, arrows, spans, lags)) {
            ring.clear();
        }
        for (Map<?, ?> map : List.of(lanes, clientsByLocal, connectionsByRemote, pausedSince, taskNames)) {
            map.clear();
        }
        order.clear();
        runStart.reset();
        firstNanos = -1;
        lastNanos = longestArrow = longestSpan = maxLag = removedLanes = 0;
        dirty = true;
        commit();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The lanes, top to bottom. */
    public List<Lane> lanes() {
        return java.util.Collections.unmodifiableList(order);
    }

    public Lane lane(String key) {
        return lanes.get(key);
    }

    /** When the newest run began (see {@link RunStart}); -1 before any event. */
    public long runStartNanos() {
        return runStart.nanos();
    }

    /** Time of the first event seen; -1 before any. */
    public long firstNanos() {
        return firstNanos;
    }

    public long lastNanos() {
        return lastNanos;
    }

    /** Marks with a time in {@code [from, to]}, in time order. */
    public List<Mark> marks(long from, long to) {
        List<Mark> out = new ArrayList<>();
        for (int i = marks.lowerBound(from); i < marks.size() && marks.time(i) <= to; i++) {
            Mark m = marks.get(i);
            if (!m.lane().isRemoved()) {
                out.add(m);
            }
        }
        return out;
    }

    /** Visits marks in {@code [from, to]} without making a list: for drawing. */
    void forEachMark(long from, long to, java.util.function.Consumer<Mark> visit) {
        for (int i = marks.lowerBound(from); i < marks.size() && marks.time(i) <= to; i++) {
            Mark m = marks.get(i);
            if (!m.lane().isRemoved()) {
                visit.accept(m);
            }
        }
    }

    /** Arrows with any part in {@code [from, to]}. */
    public List<Arrow> arrows(long from, long to) {
        List<Arrow> out = new ArrayList<>();
        for (int i = arrows.lowerBound(from); i < arrows.size() && arrows.time(i) - longestArrow <= to; i++) {
            Arrow a = arrows.get(i);
            if (a.fromNanos() <= to && !a.from().isRemoved() && !a.to().isRemoved()) {
                out.add(a);
            }
        }
        return out;
    }

    /** Spans with any part in {@code [from, to]}, those still open (paused writing) included up to the last event. */
    public List<Span> spans(long from, long to) {
        List<Span> out = new ArrayList<>();
        for (int i = spans.lowerBound(from); i < spans.size() && spans.time(i) - longestSpan <= to; i++) {
            Span s = spans.get(i);
            if (s.begin() <= to && !s.lane().isRemoved()) {
                out.add(s);
            }
        }
        pausedSince.forEach((lane, since) -> {
            if (since <= to && !lane.isRemoved()) {
                out.add(new Span(since, lastNanos, lane, SpanKind.PAUSED));
            }
        });
        return out;
    }

    public List<Lag> lags(long from, long to) {
        List<Lag> out = new ArrayList<>();
        for (int i = lags.lowerBound(from); i < lags.size() && lags.time(i) <= to; i++) {
            out.add(lags.get(i));
        }
        return out;
    }

    /** The largest loop lag seen, in nanoseconds; 0 when none was reported. */
    public long maxLag() {
        return maxLag;
    }

    /** The latest loop lag sample; null when none. */
    public Lag lastLag() {
        return lags.size() == 0 ? null : lags.get(lags.size() - 1);
    }

    public boolean hasLag() {
        return lags.size() > 0;
    }

    /** Events, arrows, spans and lanes let go to stay bounded. */
    public long dropped() {
        return marks.dropped() + arrows.dropped() + spans.dropped() + removedLanes;
    }

    public int markCount() {
        return marks.size();
    }
}
