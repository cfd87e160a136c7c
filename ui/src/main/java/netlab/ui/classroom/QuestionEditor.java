package netlab.ui.classroom;

import java.util.Locale;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import netlab.engine.preset.Question;
import netlab.ui.controls.Fields;
import netlab.ui.controls.Icons;
import netlab.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;

/**
 * The question editor in the Class tab: the open preset's questions in a list (a click edits
 * one), Add, Delete, the form of the one edited with Keep and Cancel, and Save, which writes the
 * teacher's copy of the preset; what went wrong is said on the form or under the buttons.
 */
final class QuestionEditor {
    private final QuestionEditorModel model;
    private final I18n i18n;
    private final QuestionForm form;
    private final ListView<Question> list = new ListView<>();
    private final VBox root;

    QuestionEditor(QuestionEditorModel model, I18n i18n, Runnable close) {
        this.model = model;
        this.i18n = i18n;
        this.form = new QuestionForm(i18n);

        Label title = new Label();
        title.setId("question-editor-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.presetProperty().get() == null ? ""
                : i18n.get("question.editor.title", model.presetProperty().get().title().get(i18n.localeProperty().get())),
                model.presetProperty(), i18n.localeProperty()));
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("question.editor.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);

        list.setId("question-list");
        list.setItems(model.questions());
        list.setPrefHeight(110);
        list.setMinHeight(80);
        list.setCellFactory(v -> new QuestionCell());
        list.setOnMouseClicked(e -> editSelected());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                editSelected();
            }
        });

        Button add = button("question-add", "question.add", Feather.PLUS, () -> {
            QuestionDraft d = model.add();
            if (d != null) {
                list.getSelectionModel().clearSelection();
                form.load(d);
            }
        });
        Button delete = button("question-delete", "question.delete", Feather.TRASH_2, () -> model.delete(list.getSelectionModel().getSelectedIndex()));
        Button save = button("question-save", "question.save", Feather.SAVE, this::save);
        save.getStyleClass().add(Styles.ACCENT);
        Button done = button("question-close", "question.close", Feather.X, close);
        delete.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(0));
        save.disableProperty().bind(model.savingProperty().or(model.changedProperty().not()
                .and(model.editingProperty().isEqualTo(QuestionEditorModel.NONE))));
        FlowPane bar = new FlowPane(8, 8, add, delete, save, done);
        bar.setAlignment(Pos.CENTER_LEFT);

        Button keep = button("question-keep", "question.keep", Feather.CHECK, this::keep);
        Button cancel = button("question-cancel", "question.cancel", Feather.CORNER_UP_LEFT, () -> {
            model.cancel();
            form.show(java.util.List.of());
        });
        FlowPane formBar = new FlowPane(8, 8, keep, cancel);
        VBox editing = new VBox(10, form.node(), formBar);
        editing.setId("question-editing");
        editing.getStyleClass().add("question-editing");
        editing.visibleProperty().bind(model.editingProperty().isNotEqualTo(QuestionEditorModel.NONE));
        editing.managedProperty().bind(editing.visibleProperty());

        Label message = new Label();
        message.setId("question-message");
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        message.textProperty().bind(i18n.problem(model.messageProperty()));
        Fields.hideWhenEmpty(message);
        Label saved = new Label();
        saved.setId("question-saved");
        saved.getStyleClass().add(Styles.SUCCESS);
        saved.setWrapText(true);
        saved.textProperty().bind(i18n.problem(model.savedProperty()));
        Fields.hideWhenEmpty(saved);
        for (Label l : new Label[] {title, hint, message, saved}) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }

        root = new VBox(10, title, hint, bar, message, saved, list, editing);
        root.setId("question-editor");
        root.setMinWidth(0);
        bar.prefWrapLengthProperty().bind(root.widthProperty().subtract(12));
        i18n.localeProperty().addListener(o -> list.refresh());
    }

    Node node() {
        return root;
    }

    /** Opens the editor on the preset open now. */
    void open(netlab.engine.preset.Preset preset) {
        model.open(preset);
        list.getSelectionModel().clearSelection();
    }

    private void editSelected() {
        int at = list.getSelectionModel().getSelectedIndex();
        if (at >= 0) {
            form.load(model.edit(at));
        }
    }

    /** Puts the form's question in the list when it is right; says what is wrong on the form when not. */
    private boolean keep() {
        QuestionCheck.Result r = model.apply(form.draft());
        form.show(r.issues());
        return r.ok();
    }

    /** Saves, keeping the question on the form first: a teacher who types and presses Save means that one too. */
    private void save() {
        if (model.editingProperty().get() != QuestionEditorModel.NONE && !keep()) {
            return;
        }
        model.save();
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

    /** A question in the list: its number, its prompt and where it stops. */
    private final class QuestionCell extends ListCell<Question> {
        @Override
        protected void updateItem(Question q, boolean empty) {
            super.updateItem(q, empty);
            if (empty || q == null) {
                setText(null);
                setId(null);
                return;
            }
            Locale locale = i18n.localeProperty().get();
            setId("question-item-" + q.id());
            setWrapText(true);
            setPrefWidth(0);
            setText(i18n.get("question.item", getIndex() + 1, q.prompt().get(locale), q.rightAnswer(locale),
                    q.moment().before().describe(), q.moment().occurrence()));
        }
    }
}
