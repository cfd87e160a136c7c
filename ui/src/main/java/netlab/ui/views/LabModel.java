package netlab.ui.views;

import netlab.engine.event.LabEvent;

/**
 * State a view keeps about the bench whether or not the view is on screen, so that it can show
 * what happened before it was opened: made when the window opens (see {@link ViewCatalog#models()}),
 * it sees every event, one frame's batch at a time, on the FX thread. Views find it through
 * {@link LabContext#model(Class)}.
 */
public interface LabModel {
    /** One event (keep it cheap: thousands arrive per second). */
    void accept(LabEvent event);

    /** After each frame's batch: publish what changed. */
    void commit();
}
