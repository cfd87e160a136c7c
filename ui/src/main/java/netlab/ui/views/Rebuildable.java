package netlab.ui.views;

/**
 * A subscriber whose state is made only of the events it was given: Clear empties it (as it sees fit), and a step
 * back empties it and gives it again, in order, the events still shown. The bench's own state
 * (servers, clients, the preset's run) is not: it follows the engine, held or not.
 */
public interface Rebuildable extends LabSubscriber {
    /** Forgets every event, as if none had come. */
    void reset();
}
