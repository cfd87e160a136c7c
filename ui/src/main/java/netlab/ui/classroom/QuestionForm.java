package netlab.ui.classroom;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import netlab.engine.event.EventKind;
import netlab.engine.event.Role;
import netlab.engine.preset.AnswerKey;
import netlab.ui.controls.Icons;
import netlab.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;

/**
 * The form of one question: its id, the prompt and the why in English and Chinese, its answer (two
 * to six choices with the right one marked, or a whole number) and the moment it stops at (the
 * side, the kind and patterns of the event it comes before, and which of them). It holds text as
 * typed ({@link #draft()}); {@link #show(List)} marks the fields a check found wrong.
 */
final class QuestionForm {
    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final TextField id = field("question-id");
    private final TextField promptEn = field("question-prompt-en");
    private final TextField promptZh = field("question-prompt-zh");
    private final ComboBox<Boolean> kind = new ComboBox<>();
    private final VBox choiceRows = new VBox(6);
    private final List<ChoiceRow> choices = new ArrayList<>();
    private final ToggleGroup right = new ToggleGroup();
    private final Button addChoice = new Button();
    private final TextField number = field("question-number");
    private final TextField whyEn = field("question-why-en");
    private final TextField whyZh = field("question-why-zh");
    private final ComboBox<String> role = new ComboBox<>();
    private final ComboBox<String> event = new ComboBox<>();
    private final TextField occurrence = field("question-occurrence");
    private final TextField logger = field("question-logger");
    private final TextField text = field("question-text");
    private final TextField data = field("question-data");
    private final Label problems = new Label();
    private final Map<QuestionCheck.Field, List<Control>> byField = new EnumMap<>(QuestionCheck.Field.class);
    private final VBox root;
    private final Node choicesRow;
    private final Node numberRow;
    private int rows;

    QuestionForm(I18n i18n) {
        this.i18n = i18n;
        kind.setId("question-kind");
        kind.getItems().setAll(false, true);
        kind.setCellFactory(v -> new TextCell<>(b -> i18n.get(b ? "question.kind.number" : "question.kind.choices")));
        kind.setButtonCell(new TextCell<>(b -> i18n.get(b ? "question.kind.number" : "question.kind.choices")));
        kind.setMinWidth(Region.USE_PREF_SIZE);
        addChoice.setId("question-add-choice");
        addChoice.setGraphic(Icons.of(Feather.PLUS));
        addChoice.setMnemonicParsing(false);
        addChoice.textProperty().bind(i18n.text("question.choice.add"));
        addChoice.setMinWidth(Region.USE_PREF_SIZE);
        addChoice.setOnAction(e -> addChoice(new QuestionDraft.Choice("", "")));
        role.setId("question-role");
        role.getItems().add("");
        for (Role r : Role.values()) {
            role.getItems().add(r.name().toLowerCase(java.util.Locale.ROOT));
        }
        role.setCellFactory(v -> new TextCell<>(s -> s.isEmpty() ? i18n.get("question.moment.any-side") : s));
        role.setButtonCell(new TextCell<>(s -> s.isEmpty() ? i18n.get("question.moment.any-side") : s));
        event.setId("question-event");
        event.getItems().add("");
        for (EventKind k : EventKind.values()) {
            event.getItems().add(k.asyncioName());
        }
        event.setCellFactory(v -> new TextCell<>(s -> s.isEmpty() ? i18n.get("question.moment.any-event") : s));
        event.setButtonCell(new TextCell<>(s -> s.isEmpty() ? i18n.get("question.moment.any-event") : s));
        event.setVisibleRowCount(12);
        occurrence.setPrefColumnCount(4);
        occurrence.setMaxWidth(80);
        number.setMaxWidth(160);
        id.setMaxWidth(220);
        for (Control c : new Control[] {role, event}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }

        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(0);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.setHgap(10);
        grid.setVgap(8);
        row("question.id", id, QuestionCheck.Field.ID, id);
        row("question.prompt.en", promptEn, QuestionCheck.Field.PROMPT_EN, promptEn);
        row("question.prompt.zh", promptZh, QuestionCheck.Field.PROMPT_ZH, promptZh);
        row("question.kind", kind, null);
        choicesRow = row("question.choices", new VBox(6, choiceRows, addChoice), QuestionCheck.Field.CHOICES);
        numberRow = row("question.number", number, QuestionCheck.Field.NUMBER, number);
        row("question.why.en", whyEn, QuestionCheck.Field.WHY_EN, whyEn);
        row("question.why.zh", whyZh, QuestionCheck.Field.WHY_ZH, whyZh);
        Label nth = new Label();
        nth.textProperty().bind(i18n.text("question.moment.occurrence"));
        nth.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane moment = new FlowPane(8, 6, role, event, nth, occurrence);
        moment.setAlignment(Pos.CENTER_LEFT);
        moment.setMinWidth(0);
        moment.setPrefWrapLength(300);
        row("question.moment", moment, QuestionCheck.Field.MOMENT, role, event);
        byField.put(QuestionCheck.Field.OCCURRENCE, List.of(occurrence));
        row("question.moment.logger", logger, QuestionCheck.Field.LOGGER, logger);
        row("question.moment.text", text, QuestionCheck.Field.TEXT, text);
        row("question.moment.data", data, QuestionCheck.Field.DATA, data);
        kind.valueProperty().addListener((obs, old, now) -> showKind());
        // a combo box's shown value is drawn once: it is drawn again in the new language
        i18n.localeProperty().addListener(o -> {
            kind.setButtonCell(new TextCell<>(b -> i18n.get(b ? "question.kind.number" : "question.kind.choices")));
            role.setButtonCell(new TextCell<>(s -> s.isEmpty() ? i18n.get("question.moment.any-side") : s));
            event.setButtonCell(new TextCell<>(s -> s.isEmpty() ? i18n.get("question.moment.any-event") : s));
        });

        problems.setId("question-problems");
        problems.getStyleClass().add(Styles.DANGER);
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        netlab.ui.controls.Fields.hideWhenEmpty(problems);
        root = new VBox(10, grid, problems);
        root.setId("question-form");
        root.setMinWidth(0);
        load(QuestionDraft.blank("q1"));
    }

    Node node() {
        return root;
    }

    /** Shows {@code d} on the form, nothing marked wrong. */
    void load(QuestionDraft d) {
        id.setText(d.id());
        promptEn.setText(d.promptEn());
        promptZh.setText(d.promptZh());
        choices.clear();
        choiceRows.getChildren().clear();
        d.choices().forEach(this::addChoice);
        if (d.right() >= 0 && d.right() < choices.size()) {
            choices.get(d.right()).right.setSelected(true);
        }
        number.setText(d.number());
        kind.setValue(d.numberAnswer());
        whyEn.setText(d.whyEn());
        whyZh.setText(d.whyZh());
        role.setValue(d.role() == null ? "" : d.role().name().toLowerCase(java.util.Locale.ROOT));
        event.setValue(d.kind() == null ? "" : d.kind().asyncioName());
        occurrence.setText(d.occurrence());
        logger.setText(d.logger());
        text.setText(d.text());
        data.setText(d.data());
        showKind();
        show(List.of());
    }

    /** The question as typed now. */
    QuestionDraft draft() {
        int r = -1;
        List<QuestionDraft.Choice> cs = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            ChoiceRow row = choices.get(i);
            cs.add(new QuestionDraft.Choice(row.en.getText(), row.zh.getText()));
            if (row.right.isSelected()) {
                r = i;
            }
        }
        String roleName = role.getValue();
        String kindName = event.getValue();
        Role side = roleName == null || roleName.isEmpty() ? null : Role.valueOf(roleName.toUpperCase(java.util.Locale.ROOT));
        EventKind ek = null;
        for (EventKind k : EventKind.values()) {
            if (k.asyncioName().equals(kindName)) {
                ek = k;
            }
        }
        return new QuestionDraft(id.getText(), promptEn.getText(), promptZh.getText(), Boolean.TRUE.equals(kind.getValue()), cs, r,
                number.getText(), whyEn.getText(), whyZh.getText(), side, ek, logger.getText(), text.getText(), data.getText(),
                occurrence.getText());
    }

    /** Says what a check found, one line each, and marks the fields it is about. */
    void show(List<QuestionCheck.Issue> issues) {
        byField.values().forEach(cs -> cs.forEach(c -> c.pseudoClassStateChanged(Styles.STATE_DANGER, false)));
        choices.forEach(c -> List.of(c.en, c.zh).forEach(f -> f.pseudoClassStateChanged(Styles.STATE_DANGER, false)));
        List<String> lines = new ArrayList<>();
        for (QuestionCheck.Issue issue : issues) {
            lines.add(issue.problem().render(i18n));
            if (issue.choice() >= 0 && issue.choice() < choices.size()) {
                ChoiceRow row = choices.get(issue.choice());
                row.en.pseudoClassStateChanged(Styles.STATE_DANGER, row.en.getText().isBlank());
                row.zh.pseudoClassStateChanged(Styles.STATE_DANGER, row.zh.getText().isBlank());
            } else {
                byField.getOrDefault(issue.field(), List.of()).forEach(c -> c.pseudoClassStateChanged(Styles.STATE_DANGER, true));
            }
        }
        problems.setText(String.join("\n", lines));
    }

    private void showKind() {
        boolean isNumber = Boolean.TRUE.equals(kind.getValue());
        for (Node n : grid.getChildren()) {
            Integer r = GridPane.getRowIndex(n);
            if (r != null && r.equals(GridPane.getRowIndex(choicesRow))) {
                n.setVisible(!isNumber);
                n.setManaged(!isNumber);
            } else if (r != null && r.equals(GridPane.getRowIndex(numberRow))) {
                n.setVisible(isNumber);
                n.setManaged(isNumber);
            }
        }
    }

    private void addChoice(QuestionDraft.Choice c) {
        if (choices.size() >= AnswerKey.MAX_CHOICES) {
            return;
        }
        ChoiceRow row = new ChoiceRow(choices.size(), c);
        choices.add(row);
        choiceRows.getChildren().add(row.box);
        addChoice.setDisable(choices.size() >= AnswerKey.MAX_CHOICES);
    }

    private void removeChoice(ChoiceRow row) {
        List<QuestionDraft.Choice> kept = new ArrayList<>();
        int marked = -1;
        for (ChoiceRow r : choices) {
            if (r != row) {
                if (r.right.isSelected()) {
                    marked = kept.size();
                }
                kept.add(new QuestionDraft.Choice(r.en.getText(), r.zh.getText()));
            }
        }
        choices.clear();
        choiceRows.getChildren().clear();
        kept.forEach(this::addChoice);
        if (marked >= 0) {
            choices.get(marked).right.setSelected(true);
        }
        addChoice.setDisable(choices.size() >= AnswerKey.MAX_CHOICES);
    }

    private Node row(String key, Node input, QuestionCheck.Field field, Control... marked) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("field-label");
        label.setLabelFor(input);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        grid.add(label, 0, rows);
        grid.add(input, 1, rows);
        GridPane.setHgrow(input, Priority.ALWAYS);
        if (field != null) {
            byField.put(field, List.of(marked));
        }
        rows++;
        return input;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setMinWidth(60);
        return f;
    }

    /** One choice: the mark of the right one (its letter), its text in English and in Chinese, and remove. */
    private final class ChoiceRow {
        final RadioButton right = new RadioButton();
        final TextField en;
        final TextField zh;
        final HBox box;

        ChoiceRow(int index, QuestionDraft.Choice c) {
            right.setText(AnswerKey.Choice.letter(index));
            right.setId("question-right-" + index);
            right.setToggleGroup(QuestionForm.this.right);
            right.setMinWidth(Region.USE_PREF_SIZE);
            right.setMnemonicParsing(false);
            right.setTooltip(new javafx.scene.control.Tooltip());
            right.getTooltip().textProperty().bind(i18n.text("question.choice.right"));
            en = field("question-choice-" + index + "-en");
            zh = field("question-choice-" + index + "-zh");
            en.setText(c.en());
            zh.setText(c.zh());
            en.promptTextProperty().bind(i18n.text("question.choice.en"));
            zh.promptTextProperty().bind(i18n.text("question.choice.zh"));
            Button remove = new Button(null, Icons.of(Feather.X));
            remove.setId("question-choice-" + index + "-remove");
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setTooltip(new javafx.scene.control.Tooltip());
            remove.getTooltip().textProperty().bind(i18n.text("question.choice.remove"));
            remove.setOnAction(e -> removeChoice(this));
            HBox.setHgrow(en, Priority.ALWAYS);
            HBox.setHgrow(zh, Priority.ALWAYS);
            box = new HBox(6, right, en, zh, remove);
            box.setAlignment(Pos.CENTER_LEFT);
        }
    }

    /** A combo box's cell that shows its item through {@code text}, in the current language. */
    private static final class TextCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> text;

        TextCell(java.util.function.Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }
}
