package netlab.ui.views;

import javafx.scene.Node;
import netlab.engine.event.LabEvent;

/**
 * A live part of the lab window: a centre view, a section of the inspector, a form. It sees every
 * event of the bench on the FX thread, one frame's batch at a time: {@link #accept} for each
 * event (keep it cheap: thousands arrive per second), then {@link #commit} once, where the part
 * updates what it shows.
 */
public interface LabPart {
    Node node();

    default void accept(LabEvent event) {
    }

    /** After each frame's batch; also called on frames without events. */
    default void commit() {
    }

    /** Whether the part is on screen: a hidden part should skip its drawing and catch up when shown. */
    default void setShown(boolean shown) {
    }

    /** The part is removed: let go of listeners and resources. */
    default void dispose() {
    }
}
