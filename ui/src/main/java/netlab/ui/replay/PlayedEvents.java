package netlab.ui.replay;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;

import netlab.engine.event.EventSource;
import netlab.engine.event.LabEvent;

/**
 * A replay's event source: the player hands it the recording's events as the replay reaches them,
 * and the window drains them as it drains a live lab's. Holds only what the player handed over and
 * the window has not drained yet (a frame's worth). FX thread only.
 */
public final class PlayedEvents implements EventSource {
    private final ArrayDeque<LabEvent> queue = new ArrayDeque<>();
    private boolean closed;

    /** Hands over the next events of the recording, to be drained in order. */
    public void play(List<LabEvent> events) {
        if (!closed) {
            queue.addAll(events);
        }
    }

    @Override
    public int drainTo(Collection<? super LabEvent> out, int max) {
        int n = 0;
        while (n < max && !queue.isEmpty()) {
            out.add(queue.poll());
            n++;
        }
        return n;
    }

    @Override
    public int backlog() {
        return queue.size();
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
    }
}
