package netlab.ui.client;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import netlab.engine.bytes.ByteInput.BadInputException;
import netlab.engine.bytes.ByteInput.Mode;
import netlab.engine.bytes.Bytes;
import netlab.ui.i18n.Problem;

/**
 * One part of the message, as typed in the composer's input mode. Its bytes, size and Python
 * literal are worked out as it is typed, so that an invisible trailing space shows in the size and
 * the literal.
 */
public final class PartModel {
    private final ObservableValue<Mode> mode;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Bytes> bytes = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper literal = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();

    PartModel(ObservableValue<Mode> mode, String initial) {
        this.mode = mode;
        text.addListener((obs, old, now) -> recompute());
        mode.addListener((obs, old, now) -> recompute());
        text.set(initial);
        recompute();
    }

    private void recompute() {
        try {
            Bytes b = PartCodec.parse(text.get(), mode.getValue());
            if (b.isEmpty()) {
                set(null, Problem.of("error.part.empty"));
            } else {
                set(b, null);
            }
        } catch (BadInputException e) {
            set(null, Problem.from(e));
        }
    }

    private void set(Bytes b, Problem p) {
        bytes.set(b);
        size.set(b == null ? -1 : b.size());
        literal.set(b == null ? "" : b.repr());
        problem.set(p);
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The bytes this part stands for; null while it has a problem. */
    public ReadOnlyObjectProperty<Bytes> bytesProperty() {
        return bytes.getReadOnlyProperty();
    }

    public Bytes bytes() {
        return bytes.get();
    }

    /** Bytes in this part; -1 while it has a problem. */
    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** The part as Python prints it ({@code b'It will be sent '}). */
    public ReadOnlyStringProperty literalProperty() {
        return literal.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
