package netlab.ui.reader;

import java.util.List;
import java.util.function.LongSupplier;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import netlab.engine.bytes.Bytes;
import netlab.ui.i18n.I18n;

/**
 * One step of a reader: when, what (in asyncio's words), the buffer after it — the bytes a read
 * took struck through in front of what stayed, the bytes data_received added after what was there —
 * and a line saying why.
 */
final class ReaderStepCell extends ListCell<ReaderStep> {
    private final I18n i18n;
    private final LongSupplier zero;
    private final Label time = new Label();
    private final Label what = new Label();
    private final TextFlow buffer = new TextFlow();
    private final Label size = new Label();
    private final Label note = new Label();
    private final VBox box;

    ReaderStepCell(I18n i18n, LongSupplier zero) {
        this.i18n = i18n;
        this.zero = zero;
        time.getStyleClass().addAll("reader-time", Styles.TEXT_SMALL);
        time.setMinWidth(72);
        what.getStyleClass().add("reader-what");
        what.setMinWidth(Label.USE_PREF_SIZE);
        buffer.getStyleClass().add("reader-buffer");
        size.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        size.setMinWidth(Label.USE_PREF_SIZE);
        note.getStyleClass().addAll("reader-note", Styles.TEXT_SMALL);
        note.setWrapText(true);
        HBox top = new HBox(10, time, what, buffer, size);
        top.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(buffer, Priority.ALWAYS);
        box = new VBox(2, top, note);
        box.setMinWidth(0);
        box.setPrefWidth(0);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ReaderStep step, boolean empty) {
        super.updateItem(step, empty);
        if (empty || step == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        time.setText(ReaderText.at(step.nanos(), zero.getAsLong()));
        what.setText(ReaderText.title(step, i18n));
        what.getStyleClass().removeIf(c -> c.startsWith("reader-kind-"));
        what.getStyleClass().add("reader-kind-" + step.type().name().toLowerCase(java.util.Locale.ROOT));
        buffer.getChildren().setAll(BufferText.of(step));
        size.setText(i18n.get("reader.bufferSize", step.bufferAfter()));
        note.setText(ReaderText.note(step, i18n));
        setText(null);
        setGraphic(box);
        setAccessibleText(what.getText() + ". " + note.getText());
    }

    /** The buffer after a step as styled runs of a Python literal. */
    static final class BufferText {
        private BufferText() {
        }

        static List<Text> of(ReaderStep s) {
            java.util.ArrayList<Text> out = new java.util.ArrayList<>();
            out.add(text("b'", "reader-quote"));
            boolean taken = s.type() == ReaderStep.Type.RETURN || s.type() == ReaderStep.Type.RAISE;
            if (taken && s.movedSize() > 0) {
                out.add(text(ReaderText.inner(s.moved()) + more(s.moved(), s.movedSize()), "reader-taken"));
            }
            if (s.keptSize() > 0) {
                out.add(text(s.keptKnown() ? ReaderText.inner(s.kept()) + more(s.kept(), s.keptSize())
                        : "\u2026" + s.keptSize() + " B\u2026", "reader-kept"));
            }
            if (s.type() == ReaderStep.Type.DATA) {
                out.add(text(ReaderText.inner(s.moved()) + more(s.moved(), s.movedSize()), "reader-added"));
            }
            out.add(text("'", "reader-quote"));
            return out;
        }

        static List<Text> now(Bytes head, long size) {
            java.util.ArrayList<Text> out = new java.util.ArrayList<>();
            out.add(text("b'", "reader-quote"));
            if (size > 0) {
                out.add(text(head.size() == Math.min(size, ReaderStep.PREVIEW) ? ReaderText.inner(head) + more(head, size)
                        : "\u2026" + size + " B\u2026", "reader-kept"));
            }
            out.add(text("'", "reader-quote"));
            return out;
        }

        private static String more(Bytes shown, long size) {
            return size > shown.size() ? "\u2026(+" + (size - shown.size()) + " B)" : "";
        }

        private static Text text(String s, String style) {
            Text t = new Text(s);
            t.getStyleClass().addAll("reader-bytes", style);
            return t;
        }
    }
}
