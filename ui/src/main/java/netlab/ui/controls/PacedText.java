package netlab.ui.controls;

import java.util.function.LongSupplier;

import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Labeled;

/**
 * A label's text that follows a figure changing every frame (events seen, bytes read) at most ten
 * times a second, on a shared 100 ms beat. Why: a label whose text changes asks for a layout pass
 * from the window's root down to it, and under a flood every such figure changes every frame; no
 * one reads a number that changes sixty times a second. On the shared beat the figures of the
 * status bar change in the same frame, and the frames between do not lay them out.
 *
 * <p>The last value is always shown (a change waits at most until the next beat), and a change of
 * {@code now} (the language) shows at once. FX thread only.
 */
public final class PacedText {
    /** The beat: a paced text changes at most once in each slot of this length. */
    public static final long BEAT_NANOS = 100_000_000;

    private final Labeled label;
    private final ObservableValue<String> text;
    private final LongSupplier clock;
    private final AnimationTimer timer;
    private final InvalidationListener onText = o -> changed();
    private final InvalidationListener onNow;
    private long shownSlot = Long.MIN_VALUE;
    private boolean pending;

    PacedText(Labeled label, ObservableValue<String> text, LongSupplier clock, Observable... now) {
        this.label = label;
        this.text = text;
        this.clock = clock;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long ignored) {
                tick();
            }
        };
        this.onNow = o -> show(clock.getAsLong());
        // the label keeps this (and so the text) alive, as a binding of its text would; what it
        // listens to holds it weakly, so a pane's header let go of is not kept by the language
        label.getProperties().put(PacedText.class, this);
        text.addListener(new WeakInvalidationListener(onText));
        for (Observable o : now) {
            o.addListener(new WeakInvalidationListener(onNow));
        }
        show(clock.getAsLong());
    }

    /** Shows {@code text} in {@code label}, paced; a change of any of {@code now} shows at once. */
    public static PacedText bind(Labeled label, ObservableValue<String> text, Observable... now) {
        return new PacedText(label, text, System::nanoTime, now);
    }

    private void changed() {
        long at = clock.getAsLong();
        if (!pending && slot(at) != shownSlot) {
            show(at);
        } else if (!pending) {
            pending = true;
            timer.start();
        }
    }

    /** A frame: shows the newest text once the beat has moved on. */
    void tick() {
        long at = clock.getAsLong();
        if (pending && slot(at) != shownSlot) {
            show(at);
        }
    }

    private void show(long at) {
        if (pending) {
            pending = false;
            timer.stop();
        }
        shownSlot = slot(at);
        label.setText(text.getValue()); // reading it also re-arms the binding's invalidation
    }

    private static long slot(long nanos) {
        return Math.floorDiv(nanos, BEAT_NANOS);
    }
}
