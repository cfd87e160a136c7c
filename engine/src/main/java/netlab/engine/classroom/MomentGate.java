package netlab.engine.classroom;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;

import netlab.engine.event.LabEvent;
import netlab.engine.preset.Question;

/**
 * Holds a run's events at its teaching moments, for a consumer that shows them (a terminal, a
 * pane): events pass until one is a question's moment; that event and every later one are held,
 * and {@code onMoment} is told the question. {@link #release} lets them pass again, the held
 * event first, up to the next moment. The engine runs on at its own speed meanwhile; only what is
 * shown waits.
 *
 * <p>Bounded: at most {@value #MAX_HELD} events are held; beyond that the oldest pass at once and
 * are counted in {@link #overflowed()}. Thread-safe: {@link #offer} on the consumer's thread,
 * {@link #release} from the teacher's; {@code out} is called under the gate's lock, in order.
 */
public final class MomentGate {
    public static final int MAX_HELD = 100_000;

    private final MomentWatch watch;
    private final Consumer<Question> onMoment;
    private final ArrayDeque<LabEvent> held = new ArrayDeque<>();
    /** The event a moment holds in front of: already counted by the watch. */
    private LabEvent momentEvent;
    private boolean holding;
    private long overflowed;

    public MomentGate(List<Question> questions, Consumer<Question> onMoment) {
        this.watch = new MomentWatch(questions);
        this.onMoment = onMoment;
    }

    /** Passes {@code e} to {@code out}, or holds it (it is a moment, or one came before it). */
    public synchronized void offer(LabEvent e, Consumer<LabEvent> out) {
        if (holding) {
            hold(e, out);
            return;
        }
        List<Question> reached = watch.reached(e);
        if (reached.isEmpty()) {
            out.accept(e);
            return;
        }
        holding = true;
        hold(e, out);
        // two questions at one moment: the second is asked after the first is released
        reached.forEach(onMoment);
    }

    /**
     * Shows what was held, from the moment's event on, until the next moment (which holds again
     * and is told to {@code onMoment}); returns whether a moment holds again.
     */
    public synchronized boolean release(Consumer<LabEvent> out) {
        holding = false;
        while (!held.isEmpty()) {
            LabEvent e = held.pollFirst();
            if (e != null && !first(e)) {
                List<Question> reached = watch.reached(e);
                if (!reached.isEmpty()) {
                    holding = true;
                    held.addFirst(e);
                    momentEvent = e;
                    reached.forEach(onMoment);
                    return true;
                }
            }
            out.accept(e);
        }
        return false;
    }

    /** Shows everything held, stopping at no moment (the class ends): what the watch did not reach stays pending. */
    public synchronized void releaseAll(Consumer<LabEvent> out) {
        holding = false;
        while (!held.isEmpty()) {
            out.accept(held.pollFirst());
        }
        momentEvent = null;
    }

    private boolean first(LabEvent e) {
        // the moment's own event was matched when it was held: it passes without being counted again
        if (e == momentEvent) {
            momentEvent = null;
            return true;
        }
        return false;
    }

    private void hold(LabEvent e, Consumer<LabEvent> out) {
        if (held.isEmpty()) {
            momentEvent = e;
        }
        held.addLast(e);
        if (held.size() > MAX_HELD) {
            LabEvent oldest = held.pollFirst();
            if (oldest == momentEvent) {
                momentEvent = null;
            }
            out.accept(oldest);
            overflowed++;
        }
    }

    public synchronized boolean holding() {
        return holding;
    }

    /** Events held now. */
    public synchronized int held() {
        return held.size();
    }

    /** Events shown before their turn because too many were held. */
    public synchronized long overflowed() {
        return overflowed;
    }

    /** Counts {@code q} as reached: it was asked without its moment. */
    public synchronized void skip(Question q) {
        watch.skip(q);
    }

    /** Questions whose moment has not come in this run. */
    public synchronized List<Question> pending() {
        return watch.pending();
    }
}
