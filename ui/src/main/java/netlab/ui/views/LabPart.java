package netlab.ui.views;

import javafx.scene.Node;
import netlab.engine.event.LabEvent;

/**
 * A live part of the lab window: a centre view, a section of the inspector, a form. From when it
 * is made until it is disposed it is a subscriber of the window's one event list.
 */
public interface LabPart extends LabSubscriber {
    Node node();

    @Override
    default void accept(LabEvent event) {
    }

    /** Whether the part is on screen: a hidden part should skip its drawing and catch up when shown. */
    default void setShown(boolean shown) {
    }

    /** The part is removed: let go of listeners and resources. */
    default void dispose() {
    }
}
