package netlab.ui.panes;

import java.nio.charset.StandardCharsets;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.engine.bytes.ByteInput;
import netlab.engine.bytes.Bytes;
import netlab.ui.controls.Fields;
import netlab.ui.controls.Icons;
import netlab.ui.controls.NodeNames;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.i18n.Problem;
import org.kordamp.ikonli.feather.Feather;

/**
 * Typing into an interactive client, under its pane: by line (Enter sends the line, with a
 * newline if asked; text, escaped or hex) or by keystroke, telnet-style, where every key is a
 * write of its own, so a prefix-echo server answers each one.
 */
final class PaneInput {
    private final VBox root;
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>();

    PaneInput(PaneModel model, I18n i18n, PaneActions actions) {
        String id = model.endpointId();
        TextField field = new TextField();
        NodeNames.name(field, "pane-input-" + model.key());
        field.getStyleClass().add("pane-input");
        field.accessibleTextProperty().bind(i18n.text("pane.input"));
        HBox.setHgrow(field, Priority.ALWAYS);

        ToggleGroup group = new ToggleGroup();
        ToggleButton byLine = toggle(i18n, "pane.input.line", "pane-input-line-" + model.key(), group, Styles.LEFT_PILL);
        ToggleButton byKey = toggle(i18n, "pane.input.keys", "pane-input-keys-" + model.key(), group, Styles.RIGHT_PILL);
        byLine.setSelected(true);
        // one of the two is always on
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        field.promptTextProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(byKey.isSelected() ? "pane.input.keys.prompt" : "pane.input.line.prompt"),
                byKey.selectedProperty(), i18n.localeProperty()));

        CheckBox newline = new CheckBox();
        newline.setMnemonicParsing(false);
        NodeNames.name(newline, "pane-input-newline-" + model.key());
        newline.textProperty().bind(i18n.text("pane.input.newline"));
        newline.setSelected(true);
        newline.setTooltip(Tooltips.of(i18n, "pane.input.newline.tooltip"));
        newline.disableProperty().bind(byKey.selectedProperty());

        ToggleGroup modes = new ToggleGroup();
        ToggleButton text = toggle(i18n, "parts.mode.text", "pane-input-text-" + model.key(), modes, Styles.LEFT_PILL);
        ToggleButton escaped = toggle(i18n, "parts.mode.escaped", "pane-input-escaped-" + model.key(), modes, Styles.CENTER_PILL);
        ToggleButton hex = toggle(i18n, "parts.mode.hex", "pane-input-hex-" + model.key(), modes, Styles.RIGHT_PILL);
        text.setUserData(ByteInput.Mode.TEXT);
        escaped.setUserData(ByteInput.Mode.ESCAPED);
        hex.setUserData(ByteInput.Mode.HEX);
        text.setSelected(true);
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        HBox modeBox = new HBox(text, escaped, hex);
        modeBox.disableProperty().bind(byKey.selectedProperty());

        Button send = new Button(null, Icons.of(Feather.SEND));
        send.setMnemonicParsing(false);
        NodeNames.name(send, "pane-input-send-" + model.key());
        send.textProperty().bind(i18n.text("pane.input.send"));
        send.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        send.disableProperty().bind(byKey.selectedProperty());
        Button eof = new Button(null, Icons.of(Feather.LOG_OUT));
        eof.setMnemonicParsing(false);
        NodeNames.name(eof, "pane-input-eof-" + model.key());
        eof.textProperty().bind(i18n.text("pane.input.eof"));
        eof.setTooltip(Tooltips.of(i18n, "pane.input.eof.tooltip"));
        eof.getStyleClass().add(Styles.SMALL);

        Runnable sendLine = () -> {
            Bytes data;
            try {
                ByteInput.Mode mode = (ByteInput.Mode) modes.getSelectedToggle().getUserData();
                data = ByteInput.parse(field.getText(), mode);
            } catch (ByteInput.BadInputException e) {
                problem.set(Problem.from(e));
                return;
            }
            if (newline.isSelected()) {
                data = data.concat(Bytes.utf8("\n"));
            }
            if (data.isEmpty()) {
                problem.set(Problem.of("error.part.empty"));
                return;
            }
            problem.set(null);
            actions.send(id, data, problem::set);
            field.clear();
        };
        send.setOnAction(e -> sendLine.run());
        field.setOnAction(e -> {
            if (!byKey.isSelected()) {
                sendLine.run();
            }
        });
        // telnet-style: each key typed is a write of its own; nothing stays in the field
        field.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!byKey.isSelected() || e.getCharacter().isEmpty() || e.isShortcutDown()) {
                return;
            }
            String c = e.getCharacter();
            if (c.equals("\r") || c.equals("\n")) {
                e.consume(); // Enter is sent once, by the key-pressed filter below
                return;
            }
            if (c.charAt(0) < 0x20 && c.charAt(0) != '\t' && c.charAt(0) != 0x08) {
                return;
            }
            e.consume();
            problem.set(null);
            actions.send(id, Bytes.wrap(c.getBytes(StandardCharsets.UTF_8)), problem::set);
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (byKey.isSelected() && e.getCode() == KeyCode.ENTER) {
                // Enter arrives as KEY_TYPED "\r" too on some platforms; send it once, from here
                e.consume();
                actions.send(id, Bytes.utf8("\n"), problem::set);
            }
        });
        eof.setOnAction(e -> actions.writeEof(id, p -> problem.set(p == null ? Problem.of("pane.input.eofSent") : p)));

        // typing makes sense only while connected
        root = new VBox(4);
        HBox line = new HBox(6, field, send, eof);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox options = new HBox(8, new HBox(byLine, byKey), modeBox, newline);
        options.setAlignment(Pos.CENTER_LEFT);
        Label problemLabel = Fields.problemLabel(i18n, problem, "pane-input-problem-" + model.key());
        root.getChildren().addAll(line, options, problemLabel);
        root.getStyleClass().add("pane-input-bar");
        root.disableProperty().bind(Bindings.createBooleanBinding(() -> model.stateProperty().get().isOver(), model.stateProperty()));
    }

    private static ToggleButton toggle(I18n i18n, String key, String id, ToggleGroup group, String pill) {
        ToggleButton b = new ToggleButton();
        b.setMnemonicParsing(false);
        NodeNames.name(b, id);
        b.textProperty().bind(i18n.text(key));
        b.setToggleGroup(group);
        b.getStyleClass().addAll(Styles.SMALL, pill);
        return b;
    }

    VBox node() {
        return root;
    }
}
