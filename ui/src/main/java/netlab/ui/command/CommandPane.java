package netlab.ui.command;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import netlab.ui.controls.Icons;
import netlab.ui.i18n.I18n;
import netlab.ui.theme.ToolStyles;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.kordamp.ikonli.feather.Feather;

/**
 * The "Run a command" pane: a command line with Run and Stop, the output with stdout and stderr
 * coloured apart (and what was typed to stdin), a line of stdin to send, EOF, and the exit status.
 * Its model hears the window's events while the window is open.
 */
public final class CommandPane {
    /** The output keeps at most this many characters; the oldest go first, with a note. */
    static final int MAX_CHARS = 400_000;

    private final BorderPane root = new BorderPane();
    private final StyleClassedTextArea output = new StyleClassedTextArea();
    private final I18n i18n;
    /** Characters let go since the output was last cleared; said on the first line. */
    private long removed;

    public CommandPane(CommandModel model, I18n i18n) {
        this.i18n = i18n;
        root.getStyleClass().add("command-window");
        root.setId("command-pane");
        root.getStylesheets().add(ToolStyles.url());

        TextField command = new TextField();
        command.setId("command-line");
        command.promptTextProperty().bind(i18n.text("command.prompt"));
        command.textProperty().bindBidirectional(model.commandLineProperty());
        command.setOnAction(e -> model.run());
        HBox.setHgrow(command, Priority.ALWAYS);
        CheckBox shell = new CheckBox();
        shell.setId("command-shell");
        shell.textProperty().bind(i18n.text("command.shell"));
        shell.selectedProperty().bindBidirectional(model.shellProperty());
        Button run = button("command-run", i18n, "command.run", Feather.PLAY, model::run);
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(model.runningProperty());
        Button stop = button("command-stop", i18n, "command.stop", Feather.SQUARE, model::stop);
        stop.disableProperty().bind(model.runningProperty().not());
        Button clear = button("command-clear", i18n, "command.clear", Feather.TRASH_2, model::clear);
        clear.getStyleClass().add(Styles.FLAT);
        HBox top = new HBox(8, command, shell, run, stop, clear);
        top.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("command.hint"));
        hint.getStyleClass().add("hint");

        output.setId("command-output");
        output.getStyleClass().add("command-output");
        output.setEditable(false);
        // read-only output keeps no undo history: the default one holds every change made, forever
        output.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        output.setWrapText(true);
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(output);
        model.output(new CommandModel.Output() {
            @Override
            public void append(String text, String style) {
                show(text, style);
            }

            @Override
            public void clear() {
                output.clear();
                removed = 0;
            }
        });

        TextField stdin = new TextField();
        stdin.setId("command-stdin");
        stdin.promptTextProperty().bind(i18n.text("command.stdin.prompt"));
        stdin.textProperty().bindBidirectional(model.stdinLineProperty());
        stdin.setOnAction(e -> model.send());
        stdin.disableProperty().bind(model.runningProperty().not());
        HBox.setHgrow(stdin, Priority.ALWAYS);
        Button send = button("command-send", i18n, "command.send", Feather.CORNER_DOWN_LEFT, model::send);
        send.disableProperty().bind(model.runningProperty().not());
        Button eof = button("command-eof", i18n, "command.eof", Feather.LOG_OUT, model::closeStdin);
        eof.disableProperty().bind(model.runningProperty().not());
        Label status = new Label();
        status.setId("command-status");
        status.getStyleClass().add("status");
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            CommandModel.Status s = model.statusProperty().get();
            return i18n.get(s.key(), s.args());
        }, model.statusProperty(), i18n.localeProperty()));
        model.statusProperty().addListener((obs, old, now) -> {
            status.getStyleClass().removeAll("exit-ok", "exit-failed");
            if (now.style() != null) {
                status.getStyleClass().add(now.style());
            }
        });
        // once the command runs, what one types next is most likely its input
        model.runningProperty().addListener((obs, was, now) -> {
            if (now) {
                stdin.requestFocus();
            }
        });
        HBox bottom = new HBox(8, stdin, send, eof, status);
        bottom.setAlignment(Pos.CENTER_LEFT);

        root.setTop(new VBox(6, top, hint));
        root.setCenter(scroll);
        root.setBottom(bottom);
        BorderPane.setMargin(scroll, new javafx.geometry.Insets(8, 0, 8, 0));

    }

    private void show(String text, String style) {
        if (text.isEmpty()) {
            return;
        }
        boolean follow = output.getCaretPosition() == output.getLength();
        output.append(text, style);
        if (output.getLength() > MAX_CHARS) {
            // the note of an earlier cut goes with the cut; the new one says the total
            int oldNote = removed > 0 ? output.getParagraph(0).length() + 1 : 0;
            int cut = output.getLength() - MAX_CHARS + MAX_CHARS / 4;
            removed += cut - oldNote;
            output.deleteText(0, cut);
            String note = i18n.get("command.removed", removed, MAX_CHARS);
            output.insertText(0, note + "\n");
            output.setStyle(0, note.length(), List.of("note"));
        }
        if (follow) {
            output.moveTo(output.getLength());
            output.requestFollowCaret();
        }
    }

    private static Button button(String id, I18n i18n, String key, Feather icon, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.textProperty().bind(i18n.text(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    public StyleClassedTextArea output() {
        return output;
    }

    public BorderPane node() {
        return root;
    }
}
