package netlab.engine.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.EventSubscription;
import netlab.engine.event.LabEvent;

/**
 * A test's view of the event stream: collects every event and waits, bounded in time, for the
 * ones a test expects.
 */
public final class EventLog implements AutoCloseable {
    private final EventSubscription subscription;
    private final List<LabEvent> seen = new ArrayList<>();

    public EventLog(EventStream stream) {
        this.subscription = stream.subscribe("test", 1 << 20);
    }

    /** Every event so far (drains what arrived). */
    public synchronized List<LabEvent> all() {
        subscription.drainTo(seen, Integer.MAX_VALUE);
        return List.copyOf(seen);
    }

    /** Waits until some event matches, and returns it. */
    public LabEvent await(Predicate<LabEvent> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        while (true) {
            List<LabEvent> now;
            synchronized (this) {
                try {
                    subscription.awaitDrainTo(seen, Integer.MAX_VALUE, 20, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
                now = List.copyOf(seen);
            }
            for (int i = checked; i < now.size(); i++) {
                if (match.test(now.get(i))) {
                    return now.get(i);
                }
            }
            checked = now.size();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no matching event within " + timeout + "; seen:\n" + format(now));
            }
        }
    }

    public LabEvent awaitLog(String logger, String text, Duration timeout) {
        return await(e -> e.kind() == EventKind.LOG && e.logger().equals(logger) && e.text().equals(text), timeout);
    }

    /** The log lines ({@code logger: text}) of LOG events so far, in order. */
    public List<String> logLines() {
        return all().stream().filter(e -> e.kind() == EventKind.LOG).map(LabEvent::toLogLine).toList();
    }

    public List<LabEvent> ofKind(EventKind kind) {
        return all().stream().filter(e -> e.kind() == kind).toList();
    }

    public static String format(List<LabEvent> events) {
        StringBuilder out = new StringBuilder();
        for (LabEvent e : events) {
            out.append("  #").append(e.seq()).append(' ').append(e.origin().paneKey()).append(' ')
                    .append(e.kind()).append(' ').append(e.toLogLine()).append('\n');
        }
        return out.toString();
    }

    @Override
    public void close() {
        subscription.close();
    }
}
