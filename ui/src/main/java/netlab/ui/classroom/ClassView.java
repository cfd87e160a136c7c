package netlab.ui.classroom;

import java.util.Locale;

import atlantafx.base.theme.Styles;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import netlab.engine.classroom.Student;
import netlab.engine.port.ClassPort.ClassJoin;
import netlab.engine.preset.Question;
import netlab.ui.controls.Icons;
import netlab.ui.i18n.I18n;
import netlab.ui.library.PresetsModel;
import netlab.ui.present.StepGate;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.feather.Feather;

/**
 * The projector's view of a class: the join code, the address and its QR code on the left; the
 * question open now, its answers arriving as a histogram, and after the reveal the right answer
 * and why, on the right. The buttons start the class on the open preset's questions, ask the next
 * one, reveal, end, and save the summary.
 */
final class ClassView implements LabPart {
    private final LabContext context;
    private final ClassModel model;
    private final PresetsModel presets;
    private final StepGate gate;
    private final I18n i18n;
    private final ScrollPane root;
    private final ComboBox<ClassModel.Reach> reach = new ComboBox<>();
    private final Label code = new Label();
    private final Label url = new Label();
    private final Label reachWarning = new Label();
    private final ImageView qr = new ImageView();
    private final Label number = new Label();
    private final Label prompt = new Label();
    private final Label answered = new Label();
    private final Label why = new Label();
    private final Label intro = new Label();
    private final HistogramBars bars = new HistogramBars();
    private final QuestionEditorModel editorModel;
    private final QuestionEditor editor;

    ClassView(LabContext context) {
        this.context = context;
        this.i18n = context.i18n();
        this.presets = context.get(PresetsModel.class);
        this.model = new ClassModel(context.commands().classroom(), context.files(), context.ui());
        this.gate = context.get(StepGate.class);
        if (gate != null) {
            gate.setStopBefore(e -> model.atMoment(e, gate.steppingProperty().get()));
        }

        reach.setId("class-reach");
        reach.getItems().setAll(ClassModel.Reach.values());
        reach.setValue(ClassModel.Reach.THIS_MACHINE);
        reach.setCellFactory(v -> new ReachCell());
        reach.setButtonCell(new ReachCell());
        Button start = button("class-start", "class.start", Feather.PLAY, () -> model.start(presets == null ? null : presets.currentProperty().get(), reach.getValue()));
        Button ask = button("class-ask", "class.ask", Feather.HELP_CIRCLE, model::askNext);
        Button reveal = button("class-reveal", "class.reveal", Feather.EYE, this::reveal);
        Button end = button("class-end", "class.end", Feather.SQUARE, model::end);
        Button save = button("class-save", "class.save", Feather.DOWNLOAD, this::save);
        Button edit = button("class-edit", "class.edit", Feather.EDIT, this::toggleEditor);
        // the class asks the questions it started with: they are edited between classes
        edit.disableProperty().bind(model.joinProperty().isNotNull().or(model.startingProperty()).or(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> presets == null || presets.currentProperty().get() == null,
                        presets == null ? new javafx.beans.property.SimpleObjectProperty<>() : presets.currentProperty())));
        edit.setTooltip(netlab.ui.controls.Tooltips.of(i18n, "class.edit.tooltip"));
        start.getStyleClass().add(Styles.ACCENT);
        start.disableProperty().bind(model.joinProperty().isNotNull().or(model.startingProperty()));
        reach.disableProperty().bind(start.disableProperty());
        ask.disableProperty().bind(model.joinProperty().isNull());
        reveal.disableProperty().bind(model.questionProperty().isNull().or(model.revealedProperty()));
        end.disableProperty().bind(model.joinProperty().isNull());
        save.disableProperty().bind(model.summaryProperty().isNull());
        Label students = new Label();
        students.setId("class-students");
        students.textProperty().bind(i18n.live("class.students", model.studentsProperty()));
        students.getStyleClass().addAll(Styles.TEXT_BOLD, "class-students");
        reach.setMinWidth(Region.USE_PREF_SIZE);
        // wraps rather than cutting a button short on a narrow (projector) window
        FlowPane bar = new FlowPane(8, 8, reach, start, ask, reveal, end, save, edit);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.setId("class-problem");
        problem.textProperty().bind(i18n.problem(model.messageProperty()));
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        Label notice = new Label();
        notice.setId("class-notice");
        notice.textProperty().bind(i18n.problem(model.noticeProperty()));
        notice.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        code.setId("class-code");
        code.getStyleClass().add("class-code");
        url.setId("class-url");
        url.getStyleClass().add("class-url");
        url.setWrapText(true);
        reachWarning.setId("class-reach-warning");
        reachWarning.getStyleClass().add(Styles.WARNING);
        reachWarning.setWrapText(true);
        VBox join = new VBox(10, code, url, qr, students, dropMenu(), reachWarning);
        join.setId("class-join");
        join.setMinWidth(280);
        join.setMaxWidth(340);

        number.setId("class-number");
        number.getStyleClass().add(Styles.TEXT_MUTED);
        prompt.setId("class-prompt");
        prompt.getStyleClass().add("class-prompt");
        prompt.setWrapText(true);
        answered.setId("class-answered");
        why.setId("class-why");
        why.setWrapText(true);
        why.getStyleClass().add("class-why");
        intro.setId("class-intro");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        VBox question = new VBox(12, number, prompt, bars.node(), answered, why);
        question.setMinWidth(0);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        why.setMinHeight(Region.USE_PREF_SIZE);
        question.setId("class-question");
        HBox.setHgrow(question, Priority.ALWAYS);
        HBox stage = new HBox(32, join, question);

        for (Label shownWhenSaid : new Label[] {problem, notice, intro, reachWarning}) {
            shownWhenSaid.managedProperty().bind(shownWhenSaid.textProperty().isNotEmpty());
            shownWhenSaid.visibleProperty().bind(shownWhenSaid.managedProperty());
        }
        editorModel = new QuestionEditorModel(context.files(), presets, context.ui());
        editor = new QuestionEditor(editorModel, i18n, this::toggleEditor);
        editor.node().setVisible(false);
        editor.node().managedProperty().bind(editor.node().visibleProperty());
        // the editor takes the place of the class while it is open
        stage.visibleProperty().bind(editor.node().visibleProperty().not());
        stage.managedProperty().bind(stage.visibleProperty());
        intro.managedProperty().unbind();
        intro.managedProperty().bind(intro.textProperty().isNotEmpty().and(stage.visibleProperty()));
        VBox content = new VBox(12, bar, problem, notice, intro, stage, editor.node());
        bar.prefWrapLengthProperty().bind(content.widthProperty().subtract(24));
        content.setPadding(new Insets(12));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("class-view");
        root.getStyleClass().add("class-view");

        Observable[] inputs = {model.joinProperty(), model.questionProperty(), model.histogramProperty(), model.revealedProperty(),
                model.numberProperty(), model.summaryProperty(), i18n.localeProperty()};
        for (Observable o : inputs) {
            o.addListener(x -> refresh());
        }
        if (presets != null) {
            presets.currentProperty().addListener(x -> refresh());
            // another preset opened: the editor follows it (a save of the same one keeps its place)
            presets.currentProperty().addListener((obs, old, now) -> {
                if (editor.node().isVisible() && (now == null || old == null || !now.id().equals(old.id()))) {
                    editor.open(now);
                }
            });
        }
        refresh();
    }

    private void refresh() {
        Locale locale = i18n.localeProperty().get();
        ClassJoin j = model.joinProperty().get();
        code.setText(j == null ? "" : i18n.get("class.code", j.code()));
        url.setText(j == null ? "" : j.url());
        qr.setImage(j == null ? null : QrImage.of(j.qr(), 220));
        reachWarning.setText(j != null && j.beyondThisMachine() ? i18n.get("class.reach.warning") : "");
        Question q = model.questionProperty().get();
        number.setText(q == null ? "" : i18n.get("class.number", model.numberProperty().get(), model.ofProperty().get()));
        prompt.setText(q == null ? "" : q.prompt().get(locale));
        var h = model.histogramProperty().get();
        answered.setText(h == null ? "" : i18n.get("class.answered", h.answered(), h.students()));
        boolean revealed = model.revealedProperty().get();
        why.setText(q != null && revealed ? i18n.get("class.why", q.rightAnswer(locale), q.why().get(locale)) : "");
        bars.show(q, h, revealed, locale);
        var current = presets == null ? null : presets.currentProperty().get();
        if (j != null) {
            intro.setText(q == null ? i18n.get("class.intro.joined") : "");
        } else if (model.summaryProperty().get() != null) {
            intro.setText(model.summaryProperty().get().toText());
        } else if (current == null || current.questions().isEmpty()) {
            intro.setText(i18n.get("class.intro.no-questions"));
        } else {
            intro.setText(i18n.get("class.intro", current.title().get(locale), current.questions().size()));
        }
    }

    /**
     * Drop ▾: one item per student who joined; choosing one closes all the connections their own
     * clients have open to the lab's servers. Names are set as text, never read as markup.
     */
    private MenuButton dropMenu() {
        MenuButton drop = new MenuButton(null, Icons.of(Feather.SLASH));
        drop.setId("class-drop");
        drop.setMnemonicParsing(false);
        drop.textProperty().bind(i18n.text("class.drop"));
        drop.setTooltip(new javafx.scene.control.Tooltip());
        drop.getTooltip().textProperty().bind(i18n.text("class.drop.tooltip"));
        Runnable items = () -> drop.getItems().setAll(model.roster().stream().map(s -> {
            MenuItem item = new MenuItem();
            item.setMnemonicParsing(false);
            item.setText(s.name());
            item.setId("class-drop-" + s.number());
            item.setOnAction(e -> model.dropConnections(s));
            return item;
        }).toList());
        model.roster().addListener((javafx.collections.ListChangeListener<Student>) c -> items.run());
        items.run();
        drop.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.roster()));
        return drop;
    }

    /** Opens the question editor on the open preset, or closes it. */
    private void toggleEditor() {
        boolean open = !editor.node().isVisible();
        if (open) {
            editor.open(presets.currentProperty().get());
        }
        editor.node().setVisible(open);
    }

    /** Reveals, and while stepping runs the step the class predicted (the moment's event and what follows). */
    private void reveal() {
        model.reveal().thenRun(() -> {
            if (gate != null && gate.steppingProperty().get()) {
                gate.next(gate.sizeProperty().get());
            }
        });
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("netlab-class-summary.csv");
        java.io.File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            model.saveSummary(file.toPath());
        }
    }

    private Button button(String id, String key, Feather icon, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.textProperty().bind(i18n.text(key));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The question editor's model, for the window's tests. */
    QuestionEditorModel editorModel() {
        return editorModel;
    }

    /** The model, for the window's tests and the presentation. */
    ClassModel model() {
        return model;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        if (gate != null) {
            gate.setStopBefore(null);
        }
        model.close();
    }

    private final class ReachCell extends ListCell<ClassModel.Reach> {
        @Override
        protected void updateItem(ClassModel.Reach item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : i18n.get("class.reach." + item.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
    }
}
