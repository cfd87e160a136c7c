package netlab.ui.panes;

import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.ui.controls.NodeNames;
import netlab.ui.i18n.I18n;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * A pane's lines on screen: a read-only RichTextFX area kept equal to the model by a
 * {@link PaneDocument}, each chunk line drawn in the bytes view chosen (literal, text, hex), and
 * the line under a point found again for clicks and the context menu.
 */
final class PaneText {
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final PaneDocument document;
    private final PaneSettings settings;
    private final LineFormatter formatter;

    PaneText(PaneModel model, I18n i18n, PaneSettings settings) {
        this.settings = settings;
        this.formatter = new LineFormatter(i18n);
        area.setEditable(false);
        // a read-only log keeps no undo history: the default one holds every change made, forever
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.OFF);
        area.getStyleClass().add("pane-text");
        NodeNames.name(area, "pane-text-" + model.key());
        area.accessibleTextProperty().bind(model.titleProperty());
        document = new PaneDocument(area, model, i18n);
        document.setFollow(() -> settings.followProperty().get());
        document.setRender(this::render);
        VBox.setVgrow(scroll, Priority.ALWAYS);
    }

    /**
     * Lets the area go. RichTextFX's caret subscribes to a stream held by a static field, so an
     * area not disposed stays reachable, with its pane's lines, for as long as the window runs.
     */
    void dispose() {
        area.dispose();
    }

    /**
     * {@code line} as shown: a chunk line in the current bytes view; what a pane says beside the
     * seed's lines (states, notes, errors' hints) in the current language; a logged line as it is.
     */
    PaneLine render(PaneLine line) {
        BytesView view = settings.bytesViewProperty().get();
        boolean said = line.source() != null && !line.isChunk() && line.source().kind() != netlab.engine.event.EventKind.LOG;
        if (!said && (view == BytesView.LITERAL || !line.isChunk())) {
            return line;
        }
        PaneLine other = formatter.format(line.source(), line.chunkNumber(), said ? BytesView.LITERAL : view);
        return other == null ? line : other;
    }

    /** The line at {@code (x, y)} in the area; null for the elided marker or below the last line. */
    PaneLine lineAt(double x, double y) {
        return document.lineAt(paragraphAt(x, y));
    }

    private int paragraphAt(double x, double y) {
        var hit = area.hit(x, y);
        return area.offsetToPosition(hit.getInsertionIndex(), TwoDimensional.Bias.Forward).getMajor();
    }

    /** The line at a click, selected so that the class sees which line the code beside the run is lit for. */
    PaneLine selectLineAt(double x, double y) {
        int paragraph = paragraphAt(x, y);
        PaneLine line = document.lineAt(paragraph);
        if (line != null && paragraph < area.getParagraphs().size()) {
            int start = area.getAbsolutePosition(paragraph, 0);
            area.selectRange(start, start + area.getParagraphLength(paragraph));
        }
        return line;
    }

    /** Brings the area up to the model. */
    void sync() {
        document.sync();
    }

    /** The bytes view changed: every line is drawn again at the next sync. */
    void redrawAll() {
        document.setRender(this::render);
    }

    StyleClassedTextArea area() {
        return area;
    }

    /** The area in its scroll pane, growing to the pane's height. */
    VirtualizedScrollPane<StyleClassedTextArea> node() {
        return scroll;
    }
}
