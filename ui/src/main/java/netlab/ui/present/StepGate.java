package netlab.ui.present;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * {@link #next(StepSize)}, so a teacher can talk over each event, each I/O, each callback or each
 * run (see {@link StepSize}). {@link #back()} takes the last step back: its events are held again
 * and the window rebuilds its views from the events still shown ({@link #setRewinder}), through
 * the same path live events take.
 *
 * <p>Bounded: at most {@link #MAX_HELD} events are held; beyond that the oldest are shown at once
 * and counted in {@link #overflowedProperty()}, so the window never falls behind without saying so.
 * The events shown are kept (for back) up to {@link #MAX_KEPT}; past that, back is not offered
 * until the next {@link #clear()}.
 */
public final class StepGate {
    public static final int MAX_HELD = 100_000;
    public static final int MAX_KEPT = 50_000;

    private final HeldEvents held = new HeldEvents();
    /** Every event shown since the last clear, for a step back to rebuild from; null once too many. */
    private List<LabEvent> shown = new ArrayList<>();
    /** How many events each step shown so far showed, newest last. */
    private final ArrayDeque<Integer> steps = new ArrayDeque<>();
    private final ArrayDeque<StepSize> asked = new ArrayDeque<>();
    private final BooleanProperty stepping = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper heldCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper overflowed = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper stepNumber = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper stepsHeld = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<StepSize> size = new ReadOnlyObjectWrapper<>(StepSize.EVENT);
    private final ReadOnlyObjectWrapper<LabEvent> lastStep = new ReadOnlyObjectWrapper<>();
    private Consumer<List<LabEvent>> rewinder = events -> { };
    private boolean backAsked;
    private boolean changed = true;

    /** Passes this frame's events on to {@code out}: all of them, or (stepping) as many steps as were asked for. */
    public void pass(List<LabEvent> batch, Consumer<LabEvent> out) {
        if (backAsked) {
            backAsked = false;
            rewind();
        }
        if (!stepping.get() && held.isEmpty()) {
            batch.forEach(e -> show(e, out));
            steps.clear();
            asked.clear();
            publish();
            return;
        }
        for (LabEvent e : batch) {
            held.add(e);
            changed = true;
            if (held.size() > MAX_HELD) {
                show(held.poll(), out);
                overflowed.set(overflowed.get() + 1);
            }
        }
        if (!stepping.get()) {
            // stepping was turned off: everything held is shown now, in order
            while (!held.isEmpty()) {
                show(held.poll(), out);
            }
            asked.clear();
            steps.clear();
        }
        while (!asked.isEmpty() && !held.isEmpty()) {
            StepSize s = asked.peekFirst();
            int n = s.length(held.view(), 0);
            boolean whole = n > 0;
            if (!whole) {
                // no step of this size has ended yet: show what there is and keep waiting for its end
                n = held.size();
            } else {
                asked.pollFirst();
            }
            LabEvent last = null;
            for (int i = 0; i < n; i++) {
                last = held.poll();
                show(last, out);
            }
            steps.addLast(n);
            changed = true;
            if (last != null && StepGate.isStep(last)) {
                lastStep.set(last);
            } else if (last != null && whole) {
                lastStep.set(last);
            }
        }
        publish();
    }

    private void show(LabEvent e, Consumer<LabEvent> out) {
        if (shown != null) {
            shown.add(e);
            if (shown.size() > MAX_KEPT) {
                shown = null;
            }
        }
        out.accept(e);
    }

    /** A step back: its events are held again, the views rebuilt from the ones before it. */
    private void rewind() {
        if (steps.isEmpty() || shown == null) {
            return;
        }
        int n = steps.pollLast();
        List<LabEvent> back = shown.subList(shown.size() - n, shown.size());
        held.pushFront(back);
        back.clear();
        asked.clear();
        changed = true;
        LabEvent last = null;
        for (int i = shown.size() - 1; i >= 0 && last == null; i--) {
            if (isStep(shown.get(i))) {
                last = shown.get(i);
            }
        }
        lastStep.set(steps.isEmpty() ? null : last);
        rewinder.accept(List.copyOf(shown));
    }

    private void publish() {
        heldCount.set(held.size());
        stepNumber.set(steps.size());
        canBack.set(stepping.get() && !steps.isEmpty() && shown != null);
        if (changed) {
            changed = false;
            stepsHeld.set(countSteps(size.get()));
        }
    }

    /** How many presses of {@code s} show everything held now (a last one for a tail that ends no step). */
    private int countSteps(StepSize s) {
        List<LabEvent> view = held.view();
        int count = 0;
        int at = 0;
        while (at < view.size()) {
            int n = s.length(view, at);
            at = n > 0 ? at + n : view.size();
            count++;
        }
        return count;
    }

    /** Whether a person sees this event happen: bookkeeping (task steps, lag samples) rides along with the next one. */
    public static boolean isStep(LabEvent e) {
        return !bookkeeping(e.kind());
    }

    /** Shows the next event a person sees at the next frame (if one is held then, or as soon as one arrives). */
    public void next() {
        next(StepSize.EVENT);
    }

    /** Shows the next step of {@code stepSize} at the next frame; the step counter counts in that size from now on. */
    public void next(StepSize stepSize) {
        if (stepping.get() && asked.size() < MAX_HELD) {
            asked.addLast(stepSize);
            if (size.get() != stepSize) {
                size.set(stepSize);
                changed = true;
            }
        }
    }

    /** Takes the last step back at the next frame: its events are held again and the views rebuilt without them. */
    public void back() {
        if (stepping.get()) {
            backAsked = true;
        }
    }

    /** Called with the events still shown after a step back: the window rebuilds its views from them. */
    public void setRewinder(Consumer<List<LabEvent>> rewinder) {
        this.rewinder = rewinder;
    }

    /** Forgets what was shown and the steps taken (the window was cleared); what is held stays held. */
    public void clear() {
        shown = new ArrayList<>();
        steps.clear();
        asked.clear();
        lastStep.set(null);
        changed = true;
        publish();
    }

    /** Whether the window steps; turning it off shows everything held at the next frame. */
    public BooleanProperty steppingProperty() {
        return stepping;
    }

    /** Events held, waiting for their step. */
    public ReadOnlyIntegerProperty heldProperty() {
        return heldCount.getReadOnlyProperty();
    }

    /** Steps shown since stepping began (or the last clear), less those taken back: "step N". */
    public ReadOnlyIntegerProperty stepProperty() {
        return stepNumber.getReadOnlyProperty();
    }

    /** Presses of the last size asked for that would show everything held: "of N + this". */
    public ReadOnlyIntegerProperty stepsHeldProperty() {
        return stepsHeld.getReadOnlyProperty();
    }

    /** The size of the last step asked for (the counter counts in it). */
    public ReadOnlyObjectProperty<StepSize> sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** Whether a step can be taken back. */
    public ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
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
