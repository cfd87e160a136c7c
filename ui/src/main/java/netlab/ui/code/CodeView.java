package netlab.ui.code;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.engine.event.LabEvent;
import netlab.ui.i18n.I18n;
import netlab.ui.views.LabPart;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * Code beside the run: the seed's Python on the left, the Java NetLab runs for it on the right.
 * Click a line in a pane (or step through a run) and the line that made that event lights up in
 * both, so a student can walk from a log line to the code that printed it.
 */
public final class CodeView implements LabPart {
    private final CodeModel model;
    private final I18n i18n;
    private final VBox root;
    private final Column python;
    private final Column java;
    private final Label event = new Label();
    private final Label where = new Label();
    private final Label empty = new Label();

    public CodeView(CodeModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        python = new Column("python", "code.python");
        java = new Column("java", "code.java");
        python.choice.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !python.updating) {
                CodeSample s = model.sampleProperty().get();
                s.pairOf(now.id()).flatMap(p -> p.stream().filter(id -> !id.equals(now.id())).findFirst())
                        .flatMap(s::file).ifPresent(java::select);
            }
        });
        event.setId("code-event");
        event.getStyleClass().add("code-event");
        event.setWrapText(true);
        where.setId("code-where");
        where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        where.setWrapText(true);
        empty.setId("code-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.managedProperty().bind(empty.visibleProperty());

        HBox columns = new HBox(10, python.box, java.box);
        HBox.setHgrow(python.box, Priority.ALWAYS);
        HBox.setHgrow(java.box, Priority.ALWAYS);
        VBox.setVgrow(columns, Priority.ALWAYS);
        root = new VBox(6, event, where, empty, columns);
        root.setId("code");
        root.getStyleClass().add("code-view");

        model.sampleProperty().addListener(o -> showSample());
        model.markProperty().addListener(o -> showMark());
        model.eventProperty().addListener(o -> showMark());
        i18n.localeProperty().addListener(o -> showMark());
        showSample();
    }

    private void showSample() {
        CodeSample s = model.sampleProperty().get();
        empty.setVisible(s == null);
        empty.setText(i18n.get(model.hasAny() ? "code.noneForPreset" : "code.none"));
        python.setFiles(s == null ? List.of() : s.files().stream().filter(CodeFile::isPython).toList());
        java.setFiles(s == null ? List.of() : s.files().stream().filter(f -> !f.isPython()).toList());
        showMark();
    }

    private void showMark() {
        LabEvent e = model.eventProperty().get();
        CodeMark m = model.markProperty().get();
        CodeSample s = model.sampleProperty().get();
        event.setText(e == null ? i18n.get("code.pick") : i18n.get("code.looking", new netlab.ui.events.EventWords(i18n).line(e)));
        python.clearMark();
        java.clearMark();
        if (e == null || s == null) {
            where.setText("");
            return;
        }
        if (m == null) {
            where.setText(i18n.get("code.noLine"));
            return;
        }
        StringBuilder text = new StringBuilder();
        // the seed's Python first, then the Java that NetLab runs
        List<Map.Entry<String, Integer>> lines = m.lines().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> l) -> s.file(l.getKey()).map(CodeFile::isPython)
                        .orElse(false) ? 0 : 1).thenComparing(Map.Entry::getKey)).toList();
        // a mark may name lines in several files of one language (two seeds' programs print the
        // same words): each column lights one, the file it shows if it is among them, and the Java
        // goes with the Python it is paired with
        String py = pick(s, lines, true, python.shown, null);
        String jv = pick(s, lines, false, java.shown, py);
        for (Map.Entry<String, Integer> line : lines) {
            CodeFile file = s.file(line.getKey()).orElse(null);
            if (file == null) {
                continue;
            }
            if (line.getKey().equals(py) || line.getKey().equals(jv)) {
                (file.isPython() ? python : java).mark(file, line.getValue());
            }
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            text.append(i18n.get("code.at", file.title(), line.getValue()));
        }
        if (m.note() != null) {
            text.append(" — ").append(m.note().get(i18n.localeProperty().get()));
        }
        where.setText(text.toString());
    }

    /** Which of the mark's files of one language its column lights; null when it names none. */
    private static String pick(CodeSample s, List<Map.Entry<String, Integer>> lines, boolean pythonSide, CodeFile shown,
            String partnerOf) {
        List<String> ids = lines.stream().map(Map.Entry::getKey)
                .filter(id -> s.file(id).map(f -> f.isPython() == pythonSide).orElse(false)).toList();
        if (ids.isEmpty()) {
            return null;
        }
        if (partnerOf != null) {
            for (String id : ids) {
                if (s.pairOf(partnerOf).map(p -> p.contains(id)).orElse(false)) {
                    return id;
                }
            }
        }
        if (shown != null && ids.contains(shown.id())) {
            return shown.id();
        }
        return ids.get(0);
    }

    /** The line currently lit in the Python column (from 1); 0 when none. */
    public int markedPythonLine() {
        return python.marked;
    }

    public int markedJavaLine() {
        return java.marked;
    }

    public String shownPythonFile() {
        return python.shown == null ? null : python.shown.id();
    }

    public String shownJavaFile() {
        return java.shown == null ? null : java.shown.id();
    }

    /** Whether the lit Java line is inside its column's viewport. */
    public boolean javaMarkInView() {
        return java.markInView();
    }

    public boolean pythonMarkInView() {
        return python.markInView();
    }

    @Override
    public void setShown(boolean shown) {
        if (shown) {
            python.reveal();
            java.reveal();
        }
    }

    @Override
    public Node node() {
        return root;
    }

    /** One side: a file chooser over a read-only code area with line numbers. */
    private final class Column {
        final ComboBox<CodeFile> choice = new ComboBox<>();
        final CodeArea area = new CodeArea();
        final VBox box;
        CodeFile shown;
        int marked;
        boolean updating;

        Column(String id, String titleKey) {
            Label title = new Label();
            title.textProperty().bind(i18n.text(titleKey));
            title.getStyleClass().add("code-title");
            choice.setId("code-" + id + "-file");
            choice.setCellFactory(v -> new FileCell());
            choice.setButtonCell(new FileCell());
            choice.accessibleTextProperty().bind(i18n.text(titleKey));
            choice.valueProperty().addListener((obs, old, now) -> load(now));
            area.setId("code-" + id);
            // a column that gets its height (shown, resized) brings the lit line back into view
            area.heightProperty().addListener((obs, old, now) -> reveal());
            area.setEditable(false);
            area.setParagraphGraphicFactory(LineNumberFactory.get(area));
            area.getStyleClass().add("code-area");
            area.accessibleTextProperty().bind(i18n.text(titleKey));
            VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
            VBox.setVgrow(scroll, Priority.ALWAYS);
            // the file's name goes under the column's title when the column is narrow, both whole
            netlab.ui.controls.Fit.whole(title, choice);
            javafx.scene.layout.FlowPane head = new javafx.scene.layout.FlowPane(8, 4, title, choice);
            head.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(4, head, scroll);
            box.setMinWidth(0);
            box.setPrefWidth(1);
        }

        void setFiles(List<CodeFile> files) {
            updating = true;
            try {
                choice.getItems().setAll(files);
                choice.setValue(files.isEmpty() ? null : files.get(0));
            } finally {
                updating = false;
            }
            load(choice.getValue());
        }

        void select(CodeFile file) {
            if (choice.getValue() != file) {
                updating = true;
                try {
                    choice.setValue(file);
                } finally {
                    updating = false;
                }
            }
        }

        private void load(CodeFile file) {
            if (file == shown) {
                return;
            }
            shown = file;
            marked = 0;
            area.replaceText(file == null ? "" : file.text());
            if (file != null && !file.text().isEmpty()) {
                area.setStyleSpans(0, CodeHighlighter.spans(file.text(), file.isPython()));
            }
            area.moveTo(0);
            area.showParagraphAtTop(0);
        }

        void clearMark() {
            if (marked > 0 && marked - 1 < area.getParagraphs().size()) {
                area.setParagraphStyle(marked - 1, List.of());
            }
            marked = 0;
        }

        void mark(CodeFile file, int line) {
            select(file);
            load(file);
            clearMark();
            if (line < 1 || line > area.getParagraphs().size()) {
                return;
            }
            marked = line;
            Collection<String> lit = List.of("code-current");
            area.setParagraphStyle(line - 1, lit);
            reveal();
        }

        /**
         * Scrolls the lit line into the middle of the column. Once now and once after the next
         * layout: a file just loaded, or a column hidden behind another tab, has no viewport yet,
         * and a short column (a projector's 1024×768) would leave a line put a few lines from the
         * top below its bottom edge.
         */
        void reveal() {
            if (marked < 1 || marked > area.getParagraphs().size()) {
                return;
            }
            int paragraph = marked - 1;
            area.showParagraphAtCenter(paragraph);
            javafx.application.Platform.runLater(() -> {
                if (marked == paragraph + 1 && paragraph < area.getParagraphs().size()) {
                    area.showParagraphAtCenter(paragraph);
                }
            });
        }

        /** Whether the lit line is inside the column's viewport (0: nothing lit). */
        boolean markInView() {
            if (marked < 1 || area.getVisibleParagraphs().isEmpty()) {
                return false;
            }
            int first = area.visibleParToAllParIndex(0);
            int last = area.visibleParToAllParIndex(area.getVisibleParagraphs().size() - 1);
            return marked - 1 >= first && marked - 1 <= last;
        }
    }

    private static final class FileCell extends ListCell<CodeFile> {
        @Override
        protected void updateItem(CodeFile file, boolean empty) {
            super.updateItem(file, empty);
            setText(empty || file == null ? null : file.title());
        }
    }
}
