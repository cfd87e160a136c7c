package netlab.ui.present;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.event.LabEvent;

/**
 * The events a step gate holds, in order: taken from the front, added at the back, put back at
 * the front by a step back, and read by index (a step's size looks ahead to find where it ends).
 */
final class HeldEvents {
    private final ArrayList<LabEvent> events = new ArrayList<>();
    private int head;

    void add(LabEvent e) {
        events.add(e);
    }

    LabEvent poll() {
        LabEvent e = events.get(head);
        events.set(head, null);
        head++;
        if (head == events.size()) {
            events.clear();
            head = 0;
        } else if (head > 4_096 && head * 2 > events.size()) {
            // drop what was taken once it is half of the list: polling stays O(1) on average
            events.subList(0, head).clear();
            head = 0;
        }
        return e;
    }

    void pushFront(List<LabEvent> front) {
        events.subList(0, head).clear();
        head = 0;
        events.addAll(0, front);
    }

    int size() {
        return events.size() - head;
    }

    boolean isEmpty() {
        return size() == 0;
    }

    /** The events held, front first (a view: valid until the next change). */
    List<LabEvent> view() {
        return events.subList(head, events.size());
    }
}
