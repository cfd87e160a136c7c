package netlab.engine.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

import netlab.engine.bytes.Bytes;

/**
 * The lab's one event stream. Everything the engine does is published here, stamped with the next
 * sequence number and the time; each consumer reads through its own bounded
 * {@link EventSubscription}, so a slow consumer loses nothing silently and slows nobody else.
 */
public final class EventStream {
    public static final Origin LAB_ORIGIN = Origin.endpoint("lab", Role.LAB, "main");

    private final EventClock clock;
    private final List<EventSubscription> subscriptions = new CopyOnWriteArrayList<>();
    private final LongAdder[] counted = new LongAdder[EventKind.values().length];
    private volatile boolean detailed = true;
    private long nextSeq = 1;

    public EventStream(EventClock clock) {
        this.clock = clock;
        for (int i = 0; i < counted.length; i++) {
            counted[i] = new LongAdder();
        }
    }

    /**
     * Full detail (the default: every read, write, reader call and task step is an event) or, at
     * load, counters: detail events are counted per kind instead of published, and per-connection
     * log lines are skipped before they are even formatted. Changes of state (connections made and
     * lost, errors, servers listening and closing, endpoint states) are always published.
     */
    public void setDetailed(boolean detailed) {
        this.detailed = detailed;
    }

    /** Whether detail events are published; a hot path checks this before it builds one. */
    public boolean isDetailed() {
        return detailed;
    }

    /** How many events of {@code kind} were counted instead of published while detail was off. */
    public long counted(EventKind kind) {
        return counted[kind.ordinal()].sum();
    }

    /** How many detail events of any kind were counted instead of published. */
    public long countedTotal() {
        long n = 0;
        for (LongAdder c : counted) {
            n += c.sum();
        }
        return n;
    }

    public EventClock clock() {
        return clock;
    }

    /**
     * Publishes one event and returns it (null when detail is off and it was only counted).
     * Sequence numbers are given under a lock so that every
     * subscription sees events in sequence order, whichever thread published them.
     */
    public LabEvent publish(Origin origin, EventKind kind, String logger, String text, Bytes data,
                            long offset, long amount, ErrorInfo error) {
        if (!detailed && kind.isDetail()) {
            counted[kind.ordinal()].increment();
            return null;
        }
        synchronized (this) {
            LabEvent event = new LabEvent(nextSeq++, clock.nanos(), origin, kind, logger, text, data, offset, amount, error);
            for (EventSubscription subscription : subscriptions) {
                subscription.offer(event);
            }
            return event;
        }
    }

    public LabEvent log(Origin origin, String logger, String text) {
        return publish(origin, EventKind.LOG, logger, text, null, -1, 0, null);
    }

    public LabEvent error(Origin origin, String logger, Throwable cause) {
        ErrorInfo info = ErrorInfo.of(cause);
        return publish(origin, EventKind.ERROR, logger, LabSentences.ERROR.say(info), null, -1, 0, info);
    }

    /**
     * A new consumer that sees every event published from now on, holding at most {@code capacity}
     * undelivered ones; beyond that it gets an {@link EventKind#ELIDED} marker with the count.
     */
    public EventSubscription subscribe(String name, int capacity) {
        EventSubscription subscription = new EventSubscription(name, capacity, this::remove);
        subscriptions.add(subscription);
        return subscription;
    }

    /** Events published so far. */
    public synchronized long published() {
        return nextSeq - 1;
    }

    /** Ends every subscription: consumers drain what they hold and then see the end. */
    public void close() {
        for (EventSubscription subscription : subscriptions) {
            subscription.close();
        }
    }

    private void remove(EventSubscription subscription) {
        subscriptions.remove(subscription);
    }
}
