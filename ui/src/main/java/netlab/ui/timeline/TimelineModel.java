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

    /** An event on its lane, the {@code slot}-th of the events (its place on the order axis). */
    public record Mark(LabEvent event, Lane lane, long slot) {
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

    /** An arrow, span or lag as kept: its wall-clock self and its slots on the order axis. */
    private record Slotted<T>(T wall, long fromSlot, long toSlot) {
    }

    private final TimeRing<Mark> marks = new TimeRing<>(MAX_MARKS);
    private final TimeRing<Slotted<Arrow>> arrows = new TimeRing<>(MAX_ARROWS);
    private final TimeRing<Slotted<Span>> spans = new TimeRing<>(MAX_SPANS);
    private final TimeRing<Slotted<Lag>> lags = new TimeRing<>(MAX_LAG_SAMPLES);
    private final LaneBook lanes = new LaneBook();
    /** Since when (time and slot) a lane's writing is paused. */
    private final Map<Lane, long[]> pausedSince = new HashMap<>();
    private TimelineAxis axis = TimelineAxis.ORDER;
    /** Events seen: the next event's slot on the order axis. */
    private long slot;
    private long runStartSlot = -1;
    private long longestArrowSlots;
    private long longestSpanSlots;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private long firstNanos = -1;
    private long lastNanos;
    private long longestArrow;
    private long longestSpan;
    private long maxLag;
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
        long n = slot++;
        long before = runStart.nanos();
        runStart.accept(e);
        if (runStart.nanos() != before || runStartSlot < 0) {
            runStartSlot = n;
        }
        lastNanos = Math.max(lastNanos, t);
        dirty = true;
        if (e.kind() == EventKind.LOOP_LAG) {
            lags.add(t, n, new Slotted<>(new Lag(t, e.amount()), n, n));
            maxLag = Math.max(maxLag, e.amount());
            return;
        }
        Lane lane = lanes.laneOf(e);
        if (lane == null) {
            return; // its lane was let go: counted in dropped()
        }
        pausedSince.keySet().removeIf(Lane::isRemoved);
        lane.touch(t);
        switch (e.kind()) {
            case TASK_STEP -> {
                long begin = e.offset() >= 0 && e.offset() <= t ? e.offset() : t;
                // on the order axis a step begins at the first event after its start (or is its own slot)
                int i = marks.lowerBound(begin);
                long beginSlot = i < marks.size() ? Math.min(n, marks.order(i)) : n;
                spans.add(t, n, new Slotted<>(new Span(begin, t, lane, SpanKind.STEP), beginSlot, n));
                longestSpan = Math.max(longestSpan, t - begin);
                longestSpanSlots = Math.max(longestSpanSlots, n - beginSlot);
                return; // a step is its span, not a mark
            }
            case TASK_DONE -> lane.setOver();
            case DATA_SENT -> lane.wrote(e.offset(), e.data().size(), t, n);
            case DATA_RECEIVED -> arrowsTo(lane, e, n);
            case PAUSE_WRITING -> pausedSince.putIfAbsent(lane, new long[] {t, n});
            case RESUME_WRITING -> paused(lane, t, n);
            case CONNECTION_LOST -> {
                if (lane.kind() != Lane.Kind.SERVER) {
                    lane.setOver();
                }
                paused(lane, t, n);
            }
            case CONNECTION_MADE -> lanes.pair(lane, e.origin());
            case ENDPOINT_STATE -> {
                if (e.text() != null && (e.text().equals("stopped") || e.text().equals("finished") || e.text().equals("failed"))) {
                    lane.setOver();
                }
            }
            default -> {
            }
        }
        marks.add(t, n, new Mark(KeptEvent.of(e, KEPT_BYTES), lane, n));
    }

    /** The lane's writing resumed (or its connection was lost) at {@code t}, slot {@code n}: its paused span ends. */
    private void paused(Lane lane, long t, long n) {
        long[] since = pausedSince.remove(lane);
        if (since != null) {
            spans.add(t, n, new Slotted<>(new Span(since[0], t, lane, SpanKind.PAUSED), since[1], n));
            longestSpan = Math.max(longestSpan, t - since[0]);
            longestSpanSlots = Math.max(longestSpanSlots, n - since[1]);
        }
    }

    /** Each write of the peer whose bytes this read holds becomes an arrow from that write to this read. */
    private void arrowsTo(Lane reader, LabEvent read, long n) {
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
            arrows.add(read.nanos(), n, new Slotted<>(new Arrow(w.nanos(), writer, read.nanos(), reader, bytes), w.slot(), n));
            longestArrow = Math.max(longestArrow, read.nanos() - w.nanos());
            longestArrowSlots = Math.max(longestArrowSlots, n - w.slot());
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
        lanes.clear();
        pausedSince.clear();
        runStart.reset();
        firstNanos = runStartSlot = -1;
        lastNanos = longestArrow = longestSpan = maxLag = slot = longestArrowSlots = longestSpanSlots = 0;
        dirty = true;
        commit();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The lanes, top to bottom. */
    public List<Lane> lanes() {
        return java.util.Collections.unmodifiableList(lanes.order());
    }

    public Lane lane(String key) {
        return lanes.lane(key);
    }

    /**
     * What runs across: {@link TimelineAxis#ORDER} (one slot per event) or wall-clock. Every
     * position this model gives or takes ({@code from}, {@code to}, the times of marks, arrows,
     * spans, lags, first, last, run start) is on this axis: nanoseconds, or slot × {@link TimelineAxis#SLOT}.
     */
    public TimelineAxis axis() {
        return axis;
    }

    /** Switches the axis; nothing is lost, every item keeps both its time and its slot. */
    public void setAxis(TimelineAxis axis) {
        if (axis != this.axis) {
            this.axis = axis;
            dirty = true;
            commit();
        }
    }

    private boolean ordered() {
        return axis == TimelineAxis.ORDER;
    }

    private long onAxis(long nanos, long slot) {
        return ordered() ? slot * TimelineAxis.SLOT : nanos;
    }

    /** Where {@code m} is on the axis. */
    public long at(Mark m) {
        return onAxis(m.event().nanos(), m.slot());
    }

    /** When the newest run began (see {@link RunStart}); -1 before any event. */
    public long runStartNanos() {
        return runStartSlot < 0 ? -1 : onAxis(runStart.nanos(), runStartSlot);
    }

    /** When the newest run began on the wall clock, whatever the axis; -1 before any event. */
    long wallRunStart() {
        return runStart.nanos();
    }

    /** The mark of {@code event} (found by its time, then its seq); null when it has none. */
    Mark markOf(LabEvent event) {
        for (int i = marks.lowerBound(event.nanos()); i < marks.size() && marks.time(i) <= event.nanos(); i++) {
            Mark m = marks.get(i);
            if (m.event().seq() == event.seq()) {
                return m.lane().isRemoved() ? null : m;
            }
        }
        return null;
    }

    /** Position of the first event seen; -1 before any. */
    public long firstNanos() {
        return firstNanos < 0 ? -1 : onAxis(firstNanos, 0);
    }

    public long lastNanos() {
        return onAxis(lastNanos, Math.max(0, slot - 1));
    }

    /** Marks at a position in {@code [from, to]}, in order. */
    public List<Mark> marks(long from, long to) {
        List<Mark> out = new ArrayList<>();
        forEachMark(from, to, out::add);
        return out;
    }

    /** The ring index of the first item at or after position {@code from}. */
    private int first(TimeRing<?> ring, long from) {
        return ordered() ? ring.lowerBound(Math.floorDiv(from + TimelineAxis.SLOT - 1, TimelineAxis.SLOT), TimelineAxis.ORDER)
                : ring.lowerBound(from);
    }

    private long keyAt(TimeRing<?> ring, int i) {
        return ordered() ? ring.order(i) * TimelineAxis.SLOT : ring.time(i);
    }

    /** Visits marks in {@code [from, to]} without making a list: for drawing. */
    void forEachMark(long from, long to, java.util.function.Consumer<Mark> visit) {
        for (int i = first(marks, from); i < marks.size() && keyAt(marks, i) <= to; i++) {
            Mark m = marks.get(i);
            if (!m.lane().isRemoved()) {
                visit.accept(m);
            }
        }
    }

    /** Arrows with any part in {@code [from, to]}, from the write's position to the read's. */
    public List<Arrow> arrows(long from, long to) {
        List<Arrow> out = new ArrayList<>();
        long longest = ordered() ? longestArrowSlots * TimelineAxis.SLOT : longestArrow;
        for (int i = first(arrows, from); i < arrows.size() && keyAt(arrows, i) - longest <= to; i++) {
            Slotted<Arrow> kept = arrows.get(i);
            Arrow a = kept.wall();
            Arrow on = ordered() ? new Arrow(kept.fromSlot() * TimelineAxis.SLOT, a.from(), kept.toSlot() * TimelineAxis.SLOT,
                    a.to(), a.bytes()) : a;
            if (on.fromNanos() <= to && !a.from().isRemoved() && !a.to().isRemoved()) {
                out.add(on);
            }
        }
        return out;
    }

    /** Spans with any part in {@code [from, to]}, those still open (paused writing) included up to the last event. */
    public List<Span> spans(long from, long to) {
        List<Span> out = new ArrayList<>();
        long longest = ordered() ? longestSpanSlots * TimelineAxis.SLOT : longestSpan;
        for (int i = first(spans, from); i < spans.size() && keyAt(spans, i) - longest <= to; i++) {
            Slotted<Span> kept = spans.get(i);
            Span s = kept.wall();
            Span on = ordered() ? new Span(kept.fromSlot() * TimelineAxis.SLOT, kept.toSlot() * TimelineAxis.SLOT, s.lane(), s.kind()) : s;
            if (on.begin() <= to && !s.lane().isRemoved()) {
                out.add(on);
            }
        }
        pausedSince.forEach((lane, since) -> {
            long begin = onAxis(since[0], since[1]);
            if (begin <= to && !lane.isRemoved()) {
                out.add(new Span(begin, lastNanos(), lane, SpanKind.PAUSED));
            }
        });
        return out;
    }

    public List<Lag> lags(long from, long to) {
        List<Lag> out = new ArrayList<>();
        for (int i = first(lags, from); i < lags.size() && keyAt(lags, i) <= to; i++) {
            Slotted<Lag> kept = lags.get(i);
            out.add(ordered() ? new Lag(kept.fromSlot() * TimelineAxis.SLOT, kept.wall().lagNanos()) : kept.wall());
        }
        return out;
    }

    /** The largest loop lag seen, in nanoseconds; 0 when none was reported. */
    public long maxLag() {
        return maxLag;
    }

    /** The latest loop lag sample; null when none. */
    public Lag lastLag() {
        return lags.size() == 0 ? null : lags.get(lags.size() - 1).wall();
    }

    public boolean hasLag() {
        return lags.size() > 0;
    }

    /** Events, arrows, spans and lanes let go to stay bounded, and the events of lanes let go. */
    public long dropped() {
        return marks.dropped() + arrows.dropped() + spans.dropped() + lanes.removed() + lanes.unplaced();
    }

    public int markCount() {
        return marks.size();
    }
}
