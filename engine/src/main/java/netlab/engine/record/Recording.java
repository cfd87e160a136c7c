package netlab.engine.record;

import java.util.List;

import netlab.engine.event.LabEvent;

/**
 * A recording as it was read: its header, its events in order (a gap the writer could not avoid
 * is an {@code ELIDED} event where it happened), and what the reader has to say about the file:
 * lines left out, a last line cut short, an end that never came.
 *
 * @param complete true when the file ends as a finished recording does, and nothing is missing
 * @param missed   events the writer could not keep up with (said in the file's gap lines)
 * @param notes    what is wrong with the file, one sentence each, in file order; empty when nothing is
 */
public record Recording(String source, RecordingHeader header, List<LabEvent> events, boolean complete, long missed,
                        List<String> notes) {
    public Recording {
        events = List.copyOf(events);
        notes = List.copyOf(notes);
    }

    /** Time of the last event, nanoseconds since the lab started; 0 when there is none. */
    public long lastNanos() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).nanos();
    }

    public long firstNanos() {
        return events.isEmpty() ? 0 : events.get(0).nanos();
    }
}
