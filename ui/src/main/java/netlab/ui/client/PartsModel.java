package netlab.ui.client;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import netlab.engine.lab.Limits;
import netlab.engine.bytes.ByteInput.BadInputException;
import netlab.engine.bytes.ByteInput.Mode;
import netlab.engine.bytes.Bytes;
import netlab.ui.form.Checked;
import netlab.ui.form.Inputs;
import netlab.ui.i18n.Problem;

/**
 * The message composer: the parts a client writes one by one, the input mode they are typed in,
 * and a splitter that cuts a whole message into parts by a marker or by a fixed size.
 */
public final class PartsModel {
    public enum SplitBy { MARKER, SIZE }

    /** Seed 000's message with a marker at each of its writes, so one click on Split rebuilds them. */
    public static final String SEED_MESSAGE_MARKED = "This is the message. |It will be sent |in parts.";

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.TEXT);
    private final ObservableList<PartModel> parts = FXCollections.observableArrayList();
    private final ObservableList<PartModel> partsView = FXCollections.unmodifiableObservableList(parts);
    private final ReadOnlyIntegerWrapper totalBytes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();

    private final StringProperty splitMessage = new SimpleStringProperty(SEED_MESSAGE_MARKED);
    private final ReadOnlyObjectWrapper<SplitBy> splitBy = new ReadOnlyObjectWrapper<>(SplitBy.MARKER);
    private final StringProperty splitValue = new SimpleStringProperty("|");
    private final ReadOnlyObjectWrapper<Problem> splitProblem = new ReadOnlyObjectWrapper<>();

    public PartsModel(List<Bytes> initial) {
        parts.addListener((ListChangeListener<PartModel>) c -> {
            while (c.next()) {
                for (PartModel p : c.getAddedSubList()) {
                    p.sizeProperty().addListener((obs, old, now) -> total());
                }
            }
            total();
        });
        setParts(initial);
    }

    private void total() {
        int sum = 0;
        for (PartModel p : parts) {
            sum += Math.max(0, p.sizeProperty().get());
        }
        totalBytes.set(sum);
        problem.set(parts.isEmpty() ? Problem.of("error.parts.none") : null);
    }

    /** Replaces the parts; they are written in the current mode, or escaped when they are not text. */
    public void setParts(List<Bytes> bytes) {
        List<String> texts = new ArrayList<>(bytes.size());
        Mode target = mode.get();
        for (Bytes b : bytes) {
            if (PartCodec.render(b, target) == null) {
                target = Mode.ESCAPED;
                break;
            }
        }
        for (Bytes b : bytes) {
            texts.add(PartCodec.render(b, target));
        }
        changeMode(target);
        List<PartModel> fresh = new ArrayList<>(texts.size());
        for (String t : texts) {
            fresh.add(new PartModel(mode, t));
        }
        parts.setAll(fresh);
    }

    public PartModel add(String text) {
        PartModel part = new PartModel(mode, text);
        parts.add(part);
        return part;
    }

    public void remove(PartModel part) {
        parts.remove(part);
    }

    /**
     * Changes the input mode, rewriting every part in it. Refused (with the reason) when a part does
     * not parse yet, or the bytes are not text and TEXT was asked for.
     */
    public Problem switchMode(Mode next) {
        if (next == mode.get()) {
            return null;
        }
        List<Bytes> now = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Bytes b = parts.get(i).bytes();
            if (b == null) {
                return Problem.of("error.mode.partInvalid", i + 1);
            }
            if (PartCodec.render(b, next) == null) {
                return Problem.of("error.mode.notText", i + 1);
            }
            now.add(b);
        }
        changeMode(next);
        for (int i = 0; i < parts.size(); i++) {
            parts.get(i).textProperty().set(PartCodec.render(now.get(i), next));
        }
        return null;
    }

    /** Sets the mode, rewriting the splitter's message and marker in it where they can be. */
    private void changeMode(Mode next) {
        Mode old = mode.get();
        if (next == old) {
            return;
        }
        splitMessage.set(rewritten(splitMessage.get(), old, next));
        if (splitBy.get() == SplitBy.MARKER) {
            splitValue.set(rewritten(splitValue.get(), old, next));
        }
        mode.set(next);
    }

    private static String rewritten(String text, Mode from, Mode to) {
        try {
            String out = PartCodec.render(PartCodec.parse(text, from), to);
            return out == null ? text : out;
        } catch (BadInputException e) {
            return text;
        }
    }

    /** The bytes to write, part by part; a problem when any part has one. */
    public Checked<List<Bytes>> bytes() {
        if (parts.isEmpty()) {
            return Checked.bad(Problem.of("error.parts.none"));
        }
        List<Bytes> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            PartModel p = parts.get(i);
            if (p.bytes() == null) {
                return Checked.bad(Problem.of("error.part.invalid", i + 1));
            }
            out.add(p.bytes());
        }
        return Checked.ok(out);
    }

    public void setSplitBy(SplitBy by) {
        if (by == splitBy.get()) {
            return;
        }
        splitBy.set(by);
        splitValue.set(by == SplitBy.MARKER ? "|" : "8");
        splitProblem.set(null);
    }

    /** Cuts {@link #splitMessageProperty()} into the parts; false (with the problem) when it cannot. */
    public boolean split() {
        Bytes message;
        try {
            message = PartCodec.parse(splitMessage.get(), mode.get());
        } catch (BadInputException e) {
            splitProblem.set(Problem.from(e));
            return false;
        }
        if (message.isEmpty()) {
            splitProblem.set(Problem.of("error.split.emptyMessage"));
            return false;
        }
        Checked<List<Bytes>> cut = switch (splitBy.get()) {
            case MARKER -> marker().then(m -> MessageSplitter.byMarker(message, m));
            case SIZE -> Inputs.integer(splitValue.get()).then(n -> MessageSplitter.bySize(message, n));
        };
        if (cut.isOk() && cut.value().size() > Limits.MAX_PARTS) {
            cut = Checked.bad(Problem.of("error.split.tooMany", cut.value().size(), Limits.MAX_PARTS));
        }
        splitProblem.set(cut.problem());
        if (cut.isOk()) {
            setParts(cut.value());
        }
        return cut.isOk();
    }

    private Checked<Bytes> marker() {
        try {
            Bytes m = PartCodec.parse(splitValue.get(), mode.get());
            return m.isEmpty() ? Checked.bad(Problem.of("error.split.emptyMarker")) : Checked.ok(m);
        } catch (BadInputException e) {
            return Checked.bad(Problem.from(e));
        }
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ObservableList<PartModel> parts() {
        return partsView;
    }

    public ReadOnlyIntegerProperty totalBytesProperty() {
        return totalBytes.getReadOnlyProperty();
    }

    /** A problem with the parts as a whole (there are none). */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public StringProperty splitMessageProperty() {
        return splitMessage;
    }

    public ReadOnlyObjectProperty<SplitBy> splitByProperty() {
        return splitBy.getReadOnlyProperty();
    }

    public StringProperty splitValueProperty() {
        return splitValue;
    }

    public ReadOnlyObjectProperty<Problem> splitProblemProperty() {
        return splitProblem.getReadOnlyProperty();
    }
}
