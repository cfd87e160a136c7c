package netlab.engine.event;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One consumer's bounded view of the event stream. The publisher never waits: when the queue is
 * full, new events are counted instead of queued, and the consumer receives one
 * {@link EventKind#ELIDED} marker in their place, saying how many and which sequence numbers.
 * The queue is bounded in bytes too ({@value #MAX_BYTES} of event data), so that a flood of large
 * reads (a child writing as fast as it can) cannot fill memory while a consumer is behind.
 */
public final class EventSubscription implements EventSource {
    /** Event data (bytes of reads and writes) a subscription holds at most before it elides. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final String name;
    private final int capacity;
    private final Consumer<EventSubscription> onClose;
    private final ArrayDeque<LabEvent> queue;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();

    private long gapCount;
    private long gapFirstSeq;
    private long gapLastSeq;
    private long gapNanos;
    private long elidedTotal;
    private long delivered;
    private long bytesHeld;
    private boolean closed;

    EventSubscription(String name, int capacity, Consumer<EventSubscription> onClose) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be at least 2, was " + capacity);
        }
        this.name = name;
        this.capacity = capacity;
        this.onClose = onClose;
        this.queue = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    public String name() {
        return name;
    }

    void offer(LabEvent event) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            // Room is kept for the marker, so that a gap is reported where it happened.
            int needed = gapCount > 0 ? 2 : 1;
            int size = event.data().size();
            if (queue.size() + needed > capacity || (!queue.isEmpty() && bytesHeld + size > MAX_BYTES)) {
                if (gapCount == 0) {
                    gapFirstSeq = event.seq();
                    gapNanos = event.nanos();
                }
                gapLastSeq = event.seq();
                gapCount++;
                elidedTotal++;
                return;
            }
            if (gapCount > 0) {
                queue.add(takeMarker());
            }
            queue.add(event);
            bytesHeld += size;
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Moves up to {@code max} events (markers included) into {@code out}; never waits. */
    @Override
    public int drainTo(Collection<? super LabEvent> out, int max) {
        lock.lock();
        try {
            return drainLocked(out, max);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits up to {@code timeout} for at least one event, then drains like {@link #drainTo}.
     * Returns -1 once the subscription is closed and empty.
     */
    public int awaitDrainTo(Collection<? super LabEvent> out, int max, long timeout, TimeUnit unit)
            throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lock();
        try {
            while (queue.isEmpty() && gapCount == 0) {
                if (closed) {
                    return -1;
                }
                if (nanos <= 0) {
                    return 0;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return drainLocked(out, max);
        } finally {
            lock.unlock();
        }
    }

    private int drainLocked(Collection<? super LabEvent> out, int max) {
        int n = 0;
        while (n < max && !queue.isEmpty()) {
            LabEvent e = queue.poll();
            bytesHeld -= e.data().size();
            out.add(e);
            n++;
        }
        if (n < max && queue.isEmpty() && gapCount > 0) {
            out.add(takeMarker());
            n++;
        }
        delivered += n;
        return n;
    }

    private LabEvent takeMarker() {
        String text = EventTexts.elided(gapCount, gapFirstSeq, gapLastSeq, name);
        LabEvent marker = new LabEvent(gapFirstSeq, gapNanos, EventStream.LAB_ORIGIN, EventKind.ELIDED, "netlab",
                text, null, -1, gapCount, null);
        gapCount = 0;
        return marker;
    }

    /** Events not delivered to this consumer since it subscribed. */
    public long elidedTotal() {
        lock.lock();
        try {
            return elidedTotal;
        } finally {
            lock.unlock();
        }
    }

    /** Events (and markers) handed to this consumer so far. */
    public long delivered() {
        lock.lock();
        try {
            return delivered;
        } finally {
            lock.unlock();
        }
    }

    /** Events waiting to be drained. */
    @Override
    public int backlog() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    public int capacity() {
        return capacity;
    }

    public boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** Stops receiving; what is queued can still be drained. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
        onClose.accept(this);
    }
}
