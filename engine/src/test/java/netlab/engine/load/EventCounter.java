package netlab.engine.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.EventSubscription;
import netlab.engine.event.LabEvent;

/**
 * A consumer of the event stream for load tests: it keeps up (drains on its own thread), keeps
 * nothing but counts per kind and the first errors, and adds up what it was told was elided. So
 * a load test can say how many events a run made and that none went missing without a marker.
 */
final class EventCounter implements AutoCloseable {
    private final EventSubscription subscription;
    private final Thread thread;
    private final Map<EventKind, Long> counts = new EnumMap<>(EventKind.class);
    private final Map<EventKind, Long> amounts = new EnumMap<>(EventKind.class);
    private final List<LabEvent> pipesLost = new ArrayList<>();
    private final List<LabEvent> errors = new ArrayList<>();
    private long seen;
    private long elided;
    private long lastSeq;
    private long firstSeq;
    private long gaps;
    private final java.util.Set<String> resetsAllowed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    EventCounter(EventStream stream, int capacity) {
        subscription = stream.subscribe("load-counter", capacity);
        thread = new Thread(this::drain, "event-counter");
        thread.setDaemon(true);
        thread.start();
    }

    private void drain() {
        List<LabEvent> batch = new ArrayList<>(4096);
        try {
            while (subscription.awaitDrainTo(batch, 4096, 100, TimeUnit.MILLISECONDS) >= 0) {
                synchronized (this) {
                    for (LabEvent e : batch) {
                        if (firstSeq == 0) {
                            firstSeq = e.seq();
                        }
                        if (e.kind() == EventKind.ELIDED) {
                            elided += e.amount();
                            // a marker stands for the events from its seq on; the next event follows them
                            lastSeq = e.seq() + e.amount() - 1;
                            continue;
                        }
                        if (lastSeq != 0 && e.seq() != lastSeq + 1) {
                            gaps++;
                        }
                        lastSeq = e.seq();
                        seen++;
                        counts.merge(e.kind(), 1L, Long::sum);
                        amounts.merge(e.kind(), e.amount(), Long::sum);
                        if (e.kind() == EventKind.PIPE_CONNECTION_LOST) {
                            pipesLost.add(e);
                        }
                        if ((e.kind() == EventKind.ERROR || e.kind() == EventKind.LIMIT_REACHED) && errors.size() < 50
                                && !(e.kind() == EventKind.ERROR && resetsAllowed.contains(e.origin().endpoint()))) {
                            errors.add(e);
                        }
                    }
                }
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized long count(EventKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    /** The sum of the amounts of the events of this kind it saw (bytes, for data events). */
    synchronized long amount(EventKind kind) {
        return amounts.getOrDefault(kind, 0L);
    }

    /** Every pipe_connection_lost seen: each says how many bytes its pipe carried. */
    synchronized List<LabEvent> pipesLost() {
        return List.copyOf(pipesLost);
    }

    synchronized long seen() {
        return seen;
    }

    synchronized long elided() {
        return elided;
    }

    /** Places where the sequence jumped without a marker: must stay 0. */
    synchronized long silentGaps() {
        return gaps;
    }

    /** Errors of this endpoint are its to have (a server that closes after one read, and its clients). */
    void allowErrors(String endpoint) {
        resetsAllowed.add(endpoint);
    }

    /** Events published before this counter saw its first: not its to count. */
    synchronized long before() {
        return firstSeq == 0 ? 0 : firstSeq - 1;
    }

    /** Errors and caps hit, except where {@link #allowErrors allowed}; the first 50. */
    synchronized List<LabEvent> errors() {
        return List.copyOf(errors);
    }

    /** Waits until the stream's events so far are all seen or counted as elided. */
    void awaitCaughtUp(EventStream stream, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            synchronized (this) {
                if (lastSeq >= stream.published() && subscription.backlog() == 0) {
                    return;
                }
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() throws InterruptedException {
        subscription.close();
        thread.join(10_000);
    }
}
