package netlab.ui.replay;

import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import netlab.engine.event.LabEvent;
import netlab.ui.present.StepGate;

/**
 * Where a replay is: how many of the recording's events are shown ({@link #positionProperty()}),
 * and the replay clock that plays them at their own pace times a speed. Stepping moves one event
 * a person sees at a time (a line, a chunk, a callback), together with the bookkeeping before it,
 * as the live window's step-through does. Moving back asks the window to rebuild up to the new
 * position; moving forward only feeds what is new. Pure state: the window drives it once a frame.
 */
public final class ReplayPlayer {
    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 10;
    public static final List<Double> SPEEDS = List.of(0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0);

    /** What the window does when the position moves. */
    public interface Screen {
        /** Shows events {@code [from, to)} on top of what is shown. */
        void feed(List<LabEvent> events);

        /** Starts over with nothing shown (the next {@link #feed} rebuilds up to where the replay goes back to). */
        void reset();
    }

    private final List<LabEvent> events;
    private final Screen screen;
    private final long first;
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final DoubleProperty speed = new SimpleDoubleProperty(1);
    private double clock;

    public ReplayPlayer(List<LabEvent> events, Screen screen) {
        this.events = List.copyOf(events);
        this.screen = screen;
        this.first = events.isEmpty() ? 0 : events.get(0).nanos();
        speed.addListener((obs, old, now) -> {
            if (!(now.doubleValue() >= MIN_SPEED && now.doubleValue() <= MAX_SPEED)) {
                speed.set(Math.max(MIN_SPEED, Math.min(MAX_SPEED, Double.isNaN(now.doubleValue()) ? 1 : now.doubleValue())));
            }
        });
    }

    /**
     * One frame of {@code wallNanos} while playing: the clock moves on by that times the speed, and
     * every event due by then is shown (at most {@code maxEvents}; the rest wait for the next frame).
     */
    public int advance(long wallNanos, int maxEvents) {
        if (!playing.get()) {
            return 0;
        }
        clock += wallNanos * speed.get();
        int from = position.get();
        int to = from;
        while (to < events.size() && to - from < maxEvents && events.get(to).nanos() - first <= clock) {
            to++;
        }
        show(to);
        if (to == events.size()) {
            playing.set(false);
        }
        return to - from;
    }

    public void play() {
        if (position.get() == events.size()) {
            seek(0);
        }
        playing.set(!events.isEmpty());
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Shows up to and including the next event a person sees. */
    public void stepForward() {
        pause();
        int p = position.get();
        while (p < events.size() && !StepGate.isStep(events.get(p))) {
            p++;
        }
        seek(Math.min(events.size(), p + 1));
    }

    /** Shows up to and including the step before the last one shown. */
    public void stepBack() {
        pause();
        int last = lastStepBefore(position.get());
        seek(last < 0 ? 0 : lastStepBefore(last) + 1);
    }

    /** The index of the last event a person sees among the first {@code end}; -1 when none. */
    private int lastStepBefore(int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (StepGate.isStep(events.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Shows exactly the first {@code n} events: forward by feeding the new ones, back by rebuilding. */
    public void seek(int n) {
        int target = Math.max(0, Math.min(events.size(), n));
        clock = target == 0 ? 0 : events.get(target - 1).nanos() - first;
        show(target);
    }

    private void show(int target) {
        int now = position.get();
        if (target < now) {
            screen.reset();
            now = 0;
        }
        if (target > now) {
            screen.feed(events.subList(now, target));
        }
        position.set(target);
    }

    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** 0.1 to 10 times the recorded pace. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public int size() {
        return events.size();
    }

    /** The recorded time of the last event shown, in nanoseconds from the first event; 0 before any. */
    public long shownNanos() {
        return position.get() == 0 ? 0 : events.get(position.get() - 1).nanos() - first;
    }

    public long totalNanos() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).nanos() - first;
    }

    /** The last event shown; null before any. */
    public LabEvent shown() {
        return position.get() == 0 ? null : events.get(position.get() - 1);
    }
}
