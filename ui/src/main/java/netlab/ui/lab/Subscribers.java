package netlab.ui.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import netlab.engine.event.LabEvent;
import netlab.ui.views.LabSubscriber;
import netlab.ui.views.Rebuildable;

/**
 * The window's one list of event subscribers: the core models first, then the catalog's models,
 * then each part as it is made. Every subscriber hears every event in this order and commits in
 * it; one removed (a part disposed) hears nothing more from the next event on. FX thread only.
 */
public final class Subscribers {
    private LabSubscriber[] list = new LabSubscriber[0];

    /** Adds {@code subscriber} at the end; the returned action removes it. */
    public Runnable add(LabSubscriber subscriber) {
        // copy on write: a part made while an event is dispatched does not disturb that dispatch
        LabSubscriber[] next = Arrays.copyOf(list, list.length + 1);
        next[list.length] = subscriber;
        list = next;
        return () -> remove(subscriber);
    }

    public void remove(LabSubscriber subscriber) {
        for (int i = 0; i < list.length; i++) {
            if (list[i] == subscriber) {
                LabSubscriber[] next = new LabSubscriber[list.length - 1];
                System.arraycopy(list, 0, next, 0, i);
                System.arraycopy(list, i + 1, next, i, list.length - i - 1);
                list = next;
                return;
            }
        }
    }

    public void accept(LabEvent event) {
        for (LabSubscriber s : list) {
            s.accept(event);
        }
    }

    public void commit() {
        for (LabSubscriber s : list) {
            s.commit();
        }
    }

    /**
     * A step back: every {@link Rebuildable} forgets what it had and is given {@code events} again,
     * in order; then everyone commits. The others (the bench's own state) are left as they are.
     */
    public void rebuild(List<LabEvent> events) {
        List<Rebuildable> views = new ArrayList<>();
        for (LabSubscriber s : list) {
            if (s instanceof Rebuildable r) {
                r.reset();
                views.add(r);
            }
        }
        for (LabEvent e : events) {
            for (Rebuildable r : views) {
                r.accept(e);
            }
        }
        commit();
    }

    /** Clear: every {@link Rebuildable} but {@code except} (which clears in its own way) forgets what it had. */
    public void resetAllBut(LabSubscriber except) {
        for (LabSubscriber s : list) {
            if (s instanceof Rebuildable r && s != except) {
                r.reset();
            }
        }
    }

    public int size() {
        return list.length;
    }
}
