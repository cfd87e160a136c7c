package netlab.ui.status;

import java.util.HashSet;
import java.util.Set;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;

/**
 * The status bar's figures: events this window received, events it did not (reported by
 * {@link EventKind#ELIDED} markers), connections open, and the subscription's backlog. Counted per
 * event, published per batch.
 */
public final class StatusModel {
    private final ReadOnlyLongWrapper seen = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper elided = new ReadOnlyLongWrapper();
    private final ReadOnlyIntegerWrapper openConnections = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper backlog = new ReadOnlyIntegerWrapper();
    private final Set<String> open = new HashSet<>();
    private long seenCount;
    private long elidedCount;

    public void accept(LabEvent e) {
        if (e.kind() == EventKind.ELIDED) {
            elidedCount += e.amount();
            return;
        }
        seenCount++;
        if (e.kind() == EventKind.CONNECTION_MADE) {
            open.add(e.origin().connection());
        } else if (e.kind() == EventKind.CONNECTION_LOST) {
            open.remove(e.origin().connection());
        }
    }

    /** Forgets what was counted (the Clear button, a step back that recounts what is shown). */
    public void clear() {
        seenCount = 0;
        elidedCount = 0;
        open.clear();
    }

    public void commit(int backlogNow) {
        seen.set(seenCount);
        elided.set(elidedCount);
        openConnections.set(open.size());
        backlog.set(backlogNow);
    }

    /** Events delivered to this window (markers not counted). */
    public ReadOnlyLongProperty seenProperty() {
        return seen.getReadOnlyProperty();
    }

    /** Events published while this window was behind, and so never shown. */
    public ReadOnlyLongProperty elidedProperty() {
        return elided.getReadOnlyProperty();
    }

    /** Sockets open on either side, as far as the events seen tell. */
    public ReadOnlyIntegerProperty openConnectionsProperty() {
        return openConnections.getReadOnlyProperty();
    }

    /** Events waiting for the next frame. */
    public ReadOnlyIntegerProperty backlogProperty() {
        return backlog.getReadOnlyProperty();
    }
}
