package netlab.ui.views;

import netlab.engine.event.LabEvent;

/**
 * One reader of the lab's events in the window. Every subscriber is on one list and hears every
 * event in the same order, on the FX thread, one frame's batch at a time: {@link #accept} for each
 * event (keep it cheap: thousands arrive per second), then {@link #commit} once, where it publishes
 * what changed.
 */
public interface LabSubscriber {
    void accept(LabEvent event);

    /** After each frame's batch; also called on frames without events. */
    default void commit() {
    }
}
