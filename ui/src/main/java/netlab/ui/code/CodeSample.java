package netlab.ui.code;

import java.util.List;
import java.util.Optional;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;

/**
 * The code beside one preset's run: its files, which Python file goes with which Java file, and
 * the marks that lead from an event to the lines that made it. Data only: the app reads it from
 * {@code netlab/code/ID.json}, so another preset gets its code beside it without a line of Java.
 *
 * @param pairs each pair is a Python file id and the Java file id shown beside it
 */
public record CodeSample(String presetId, List<CodeFile> files, List<List<String>> pairs, List<CodeMark> marks) {
    public CodeSample {
        files = List.copyOf(files);
        pairs = pairs.stream().map(List::copyOf).toList();
        marks = List.copyOf(marks);
    }

    /**
     * The first mark that matches {@code event}. A reader call that waits for data or raises
     * ({@code read() waits}, {@code readexactly() raised IncompleteReadError}) without a mark of
     * its own leads where the call does: the line that awaits it.
     */
    public Optional<CodeMark> markFor(LabEvent event) {
        Optional<CodeMark> own = marks.stream().filter(m -> m.match().matches(event)).findFirst();
        if (own.isPresent() || (event.kind() != EventKind.STREAM_READ_WAITING && event.kind() != EventKind.STREAM_READ_FAILED)) {
            return own;
        }
        EventKind call = readerCall(event.text());
        if (call == null) {
            return own;
        }
        LabEvent asCall = new LabEvent(event.seq(), event.nanos(), event.origin(), call, event.logger(), null, event.data(),
                event.offset(), event.amount(), null);
        return marks.stream().filter(m -> m.match().data() == null && m.match().matches(asCall)).findFirst();
    }

    /** The reader call a waiting or failed read names ("read", "readline" ...), or null. */
    private static EventKind readerCall(String name) {
        for (EventKind kind : new EventKind[] {EventKind.STREAM_READ, EventKind.STREAM_READLINE, EventKind.STREAM_READEXACTLY,
                EventKind.STREAM_READUNTIL}) {
            if (kind.asyncioName().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    public Optional<CodeFile> file(String id) {
        return files.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The pair that holds {@code fileId}; empty when it is in none. */
    public Optional<List<String>> pairOf(String fileId) {
        return pairs.stream().filter(p -> p.contains(fileId)).findFirst();
    }
}
