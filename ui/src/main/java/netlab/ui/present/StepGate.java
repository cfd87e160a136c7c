package netlab.ui.present;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;

/**
 * A replay cursor between the event stream and the window, for teaching: while stepping, the
 * engine runs at its own speed but the window holds what it reports and shows it one step per
 * {@link #next()}, so a teacher can talk over each event. A step is the next event a person can
 * see (a log line, a chunk, a callback), together with the bookkeeping events before it.
 *
 * <p>Bounded: at most {@link #MAX_HELD} events are held; beyond that the oldest are shown at once
 * and counted in {@link #overflowedProperty()}, so the window never falls behind without saying so.
 */
public final class StepGate {
    public static final int MAX_HELD = 100_000;

    private final ArrayDeque<LabEvent> held = new ArrayDeque<>();
    private final BooleanProperty stepping = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper heldCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper overflowed = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<LabEvent> lastStep = new ReadOnlyObjectWrapper<>();
    private int stepsAsked;

    /** Passes this frame's events on to {@code out}: all of them, or (stepping) as many steps as were asked for. */
    public void pass(List<LabEvent> batch, Consumer<LabEvent> out) {
        if (!stepping.get() && held.isEmpty()) {
            batch.forEach(out);
            return;
        }
        for (LabEvent e : batch) {
            held.addLast(e);
            if (held.size() > MAX_HELD) {
                out.accept(held.pollFirst());
                overflowed.set(overflowed.get() + 1);
            }
        }
        if (!stepping.get()) {
            // stepping was turned off: everything held is shown now, in order
            while (!held.isEmpty()) {
                out.accept(held.pollFirst());
            }
            stepsAsked = 0;
        }
        while (stepsAsked > 0 && !held.isEmpty()) {
            LabEvent e;
            do {
                e = held.pollFirst();
                out.accept(e);
            } while (!isStep(e) && !held.isEmpty());
            if (isStep(e)) {
                lastStep.set(e);
                stepsAsked--;
            }
        }
        heldCount.set(held.size());
    }

    /** Whether a person sees this event happen: bookkeeping (task steps, lag samples) rides along with the next one. */
    public static boolean isStep(LabEvent e) {
        return !bookkeeping(e.kind());
    }

    /** Shows the next step at the next frame (if one is held then, or as soon as one arrives). */
    public void next() {
        if (stepping.get()) {
            stepsAsked = Math.min(stepsAsked + 1, MAX_HELD);
        }
    }

    /** Whether the window steps; turning it off shows everything held at the next frame. */
    public BooleanProperty steppingProperty() {
        return stepping;
    }

    /** Events held, waiting for their step. */
    public ReadOnlyIntegerProperty heldProperty() {
        return heldCount.getReadOnlyProperty();
    }

    /** Events shown without their step because too many were held. */
    public ReadOnlyIntegerProperty overflowedProperty() {
        return overflowed.getReadOnlyProperty();
    }

    /** The event the last step showed. */
    public ReadOnlyObjectProperty<LabEvent> lastStepProperty() {
        return lastStep.getReadOnlyProperty();
    }

    /** Kinds that never make a step of their own. */
    static boolean bookkeeping(EventKind kind) {
        return switch (kind) {
            // the loop's own bookkeeping shows on the timeline, not as a line a person reads
            case TASK_CREATED, TASK_STEP, TASK_WAITING, TASK_DONE, TASK_CANCEL, LOOP_LAG, ELIDED, ENDPOINT_STATE -> true;
            default -> false;
        };
    }
}
