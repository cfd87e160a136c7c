package netlab.ui.server;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.engine.bytes.ByteInput;
import netlab.engine.rules.MatchKind;
import netlab.engine.rules.Rule;
import netlab.ui.controls.Fields;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;

/**
 * The server form's rules editor, folded away until opened: the rules in order (the first that
 * matches answers), buttons to add, apply, delete, move and save them, and the fields of the rule
 * being written, each with its problem under it.
 */
final class RulesEditor {
    private final TitledPane pane = new TitledPane();

    RulesEditor(RulesEditorModel model, I18n i18n, java.util.function.Consumer<Button> saveAs) {
        ListView<Rule> list = new ListView<>(model.rules());
        list.setId("rules-list");
        list.setPrefHeight(96);
        list.setMinHeight(72);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Rule r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : (getIndex() + 1) + ". " + describe(r, i18n));
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> model.selectedProperty().set(now.intValue()));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now.intValue() < 0) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedIndex() != now.intValue()) {
                list.getSelectionModel().clearAndSelect(now.intValue());
            }
        });
        list.placeholderProperty().bind(Bindings.createObjectBinding(() -> new Label(i18n.get("rules.empty")), i18n.localeProperty()));

        Button add = button("rules-add", Feather.PLUS, "rules.add", i18n);
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> model.add());
        Button apply = button("rules-apply", Feather.CHECK, "rules.apply", i18n);
        apply.setOnAction(e -> model.apply());
        Button delete = button("rules-delete", Feather.TRASH_2, "rules.delete", i18n);
        delete.setOnAction(e -> model.delete());
        Button up = button("rules-up", Feather.ARROW_UP, "rules.up", i18n);
        up.setOnAction(e -> model.move(-1));
        Button down = button("rules-down", Feather.ARROW_DOWN, "rules.down", i18n);
        down.setOnAction(e -> model.move(1));
        Button save = button("rules-save", Feather.SAVE, "rules.save", i18n);
        save.setOnAction(e -> saveAs.accept(save));
        var none = model.selectedProperty().lessThan(0);
        apply.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        up.disableProperty().bind(none.or(model.selectedProperty().isEqualTo(0)));
        down.disableProperty().bind(none.or(model.selectedProperty().greaterThanOrEqualTo(Bindings.size(model.rules()).subtract(1))));
        save.disableProperty().bind(Bindings.isEmpty(model.rules()));
        HBox buttons = new HBox(4, add, apply, delete, up, down, save);

        ComboBox<MatchKind> kind = combo(MatchKind.values(), model.kindProperty(), i18n, k -> "rules.kind." + k.id());
        kind.setId("rules-kind");
        ComboBox<ByteInput.Mode> matchMode = modes(model.matchModeProperty(), i18n);
        matchMode.setId("rules-match-mode");
        TextField pattern = new TextField();
        pattern.textProperty().bindBidirectional(model.patternProperty());
        pattern.setTooltip(Tooltips.of(i18n, "rules.pattern.tooltip"));
        VBox patternField = Fields.labelled(i18n, "rules.pattern", pattern, "rules-pattern", model.patternProblemProperty());
        // the rule's name, optional, beside how it matches: the pane says it ("rule 1 'ping' matched")
        TextField name = new TextField();
        name.setId("rules-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.promptTextProperty().bind(i18n.text("rules.name"));
        name.accessibleTextProperty().bind(i18n.text("rules.name"));
        name.setTooltip(Tooltips.of(i18n, "rules.name.tooltip"));
        name.setPrefColumnCount(8);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox matchRow = new HBox(6, kind, matchMode, name);

        ComboBox<ByteInput.Mode> replyMode = modes(model.replyModeProperty(), i18n);
        replyMode.setId("rules-reply-mode");
        TextField reply = new TextField();
        reply.textProperty().bindBidirectional(model.replyProperty());
        reply.setTooltip(Tooltips.of(i18n, "rules.reply.tooltip"));
        HBox.setHgrow(reply, Priority.ALWAYS);
        VBox replyField = Fields.labelled(i18n, "rules.reply", reply, new HBox(6, replyMode, reply), "rules-reply", model.replyProblemProperty());

        TextField delay = new TextField();
        delay.textProperty().bindBidirectional(model.delayProperty());
        delay.setPrefColumnCount(5);
        VBox delayField = Fields.labelled(i18n, "rules.delay", delay, "rules-delay", model.delayProblemProperty());
        ComboBox<Rule.After> then = combo(Rule.After.values(), model.thenProperty(), i18n, a -> "rules.then." + a.id());
        VBox thenField = Fields.labelled(i18n, "rules.then", then, "rules-then", null);
        TextField framing = new TextField();
        framing.textProperty().bindBidirectional(model.framingProperty());
        framing.setPrefColumnCount(6);
        framing.setTooltip(Tooltips.of(i18n, "rules.framing.tooltip"));
        VBox framingField = Fields.labelled(i18n, "rules.framing", framing, "rules-framing", model.framingProblemProperty());
        HBox.setHgrow(framingField, Priority.ALWAYS);
        HBox lastRow = new HBox(6, delayField, thenField, framingField);

        for (VBox field : new VBox[] {patternField, replyField, delayField, framingField}) {
            roomy((Label) field.getChildren().get(field.getChildren().size() - 1));
        }
        Label outcome = Fields.problemLabel(i18n, model.outcomeProperty(), "rules-outcome");
        outcome.getStyleClass().remove(Styles.DANGER);

        pane.setId("server-rules-section");
        pane.textProperty().bind(i18n.text("rules.section"));
        pane.setContent(new VBox(6, list, buttons, matchRow, patternField, replyField, lastRow, outcome));
        pane.setExpanded(false);
        pane.setAnimated(false);
    }

    /** "regex ^PING (\d+)$ → PONG {{1}}\n (then close)": a rule in one line, in the window's language. */
    static String describe(Rule r, I18n i18n) {
        String reply = r.reply().map(t -> t.source()).orElse("—");
        String then = r.then() == Rule.After.NOTHING ? "" : " · " + i18n.get("rules.then." + r.then().id());
        String delay = r.delay().isZero() ? "" : " · " + r.delay().toMillis() + " ms";
        String named = r.name().isEmpty() ? "" : "'" + r.name() + "': ";
        return named + i18n.get("rules.kind." + r.match().kind().id()) + " " + r.match().pattern() + " → " + reply + delay + then;
    }

    /** A long message (a regex's place, the macros known) is given its lines, and its whole text as a tooltip. */
    private static void roomy(Label problem) {
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.Tooltip full = new javafx.scene.control.Tooltip();
        full.textProperty().bind(problem.textProperty());
        full.setWrapText(true);
        full.setMaxWidth(480);
        problem.setTooltip(full);
    }

    private static Button button(String id, Feather icon, String key, I18n i18n) {
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.accessibleTextProperty().bind(i18n.text(key));
        b.setTooltip(Tooltips.of(i18n, key));
        return b;
    }

    private static ComboBox<ByteInput.Mode> modes(javafx.beans.property.ObjectProperty<ByteInput.Mode> value, I18n i18n) {
        return combo(ByteInput.Mode.values(), value, i18n, m -> "parts.mode." + m.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static <T> ComboBox<T> combo(T[] items, javafx.beans.property.ObjectProperty<T> value, I18n i18n,
                                         java.util.function.Function<T, String> key) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.valueProperty().bindBidirectional(value);
        // each cell says its item in the window's language, and says it again when the language changes
        box.setCellFactory(v -> named(i18n, key));
        box.setButtonCell(named(i18n, key));
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    private static <T> ListCell<T> named(I18n i18n, java.util.function.Function<T, String> key) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : i18n.get(key.apply(t)));
            }
        };
        i18n.localeProperty().addListener((obs, old, now) -> cell.setText(cell.isEmpty() || cell.getItem() == null
                ? null : i18n.get(key.apply(cell.getItem()))));
        return cell;
    }

    TitledPane node() {
        return pane;
    }
}
