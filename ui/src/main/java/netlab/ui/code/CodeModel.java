package netlab.ui.code;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import netlab.engine.event.LabEvent;

/**
 * Which code is shown beside the run, and which lines made the event being looked at. The open
 * preset's code comes first; an event it has no line for (a client started by hand on another
 * preset's bench) is looked up in the others, so the lines that made it are found wherever they are.
 */
public final class CodeModel {
    /** The sample of the manual bench: its servers and clients are seed 000's. */
    public static final String DEFAULT_SAMPLE = "stream-echo";

    private final Map<String, CodeSample> samples;
    private final ReadOnlyObjectWrapper<CodeSample> sample = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CodeMark> mark = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LabEvent> event = new ReadOnlyObjectWrapper<>();
    private String presetId;

    public CodeModel(List<CodeSample> samples) {
        this.samples = samples.stream().collect(Collectors.toMap(CodeSample::presetId, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
        sample.set(this.samples.get(DEFAULT_SAMPLE));
    }

    /** The preset open on the bench changed: its code is shown (none when it has none yet). */
    public void presetOpened(String id) {
        presetId = id;
        sample.set(id == null ? samples.get(DEFAULT_SAMPLE) : samples.get(id));
        mark.set(null);
        if (event.get() != null) {
            focus(event.get());
        }
    }

    /** The event being looked at: its lines are found and shown. */
    public void focus(LabEvent e) {
        event.set(e);
        if (e == null) {
            mark.set(null);
            return;
        }
        CodeSample own = presetId == null ? samples.get(DEFAULT_SAMPLE) : samples.get(presetId);
        Optional<CodeMark> found = own == null ? Optional.empty() : own.markFor(e);
        if (found.isPresent()) {
            sample.set(own);
            mark.set(found.get());
            return;
        }
        for (CodeSample other : samples.values()) {
            Optional<CodeMark> m = other.markFor(e);
            if (m.isPresent()) {
                sample.set(other);
                mark.set(m.get());
                return;
            }
        }
        sample.set(own);
        mark.set(null);
    }

    public ReadOnlyObjectProperty<CodeSample> sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    /** The lines of the event being looked at; null when no line of the code shown made it. */
    public ReadOnlyObjectProperty<CodeMark> markProperty() {
        return mark.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LabEvent> eventProperty() {
        return event.getReadOnlyProperty();
    }

    public boolean hasAny() {
        return !samples.isEmpty();
    }
}
