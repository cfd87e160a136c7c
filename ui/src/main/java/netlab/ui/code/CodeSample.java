package netlab.ui.code;

import java.util.List;
import java.util.Optional;

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

    /** The first mark that matches {@code event}. */
    public Optional<CodeMark> markFor(LabEvent event) {
        return marks.stream().filter(m -> m.match().matches(event)).findFirst();
    }

    public Optional<CodeFile> file(String id) {
        return files.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The pair that holds {@code fileId}; empty when it is in none. */
    public Optional<List<String>> pairOf(String fileId) {
        return pairs.stream().filter(p -> p.contains(fileId)).findFirst();
    }
}
