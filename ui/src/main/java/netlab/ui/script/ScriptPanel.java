package netlab.ui.script;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import netlab.engine.script.ScriptListener;
import netlab.ui.controls.Icons;
import netlab.ui.i18n.I18n;
import netlab.ui.views.LabPart;
import org.kordamp.ikonli.feather.Feather;

/** The Script tab's view: Open script…, the target, Run; the steps, each lit as it runs, passes or fails; what was sent and received. */
final class ScriptPanel implements LabPart {
    private final VBox root;

    ScriptPanel(ScriptModel model, I18n i18n) {
        // a path typed (or pasted) and Enter loads it too, as the chooser does
        TextField name = new TextField();
        name.setId("script-path");
        name.setPrefColumnCount(24);
        name.promptTextProperty().bind(i18n.text("script.none"));
        name.setOnAction(e -> {
            if (!name.getText().isBlank()) {
                model.load(java.nio.file.Path.of(name.getText().strip()));
            }
        });
        // a script that came another way (with a workspace) is named where the path goes
        name.setText(model.fileNameProperty().get() == null ? "" : model.fileNameProperty().get());
        model.fileNameProperty().addListener((obs, old, now) -> {
            if (now != null && !name.getText().strip().endsWith(now)) {
                name.setText(now);
            }
        });
        HBox.setHgrow(name, Priority.ALWAYS);
        Button open = new Button(null, Icons.of(Feather.FOLDER));
        open.setId("script-open");
        open.setMnemonicParsing(false);
        open.textProperty().bind(i18n.text("script.open"));
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("script.open"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON, YAML", "*.json", "*.yaml", "*.yml"));
            java.io.File file = chooser.showOpenDialog(open.getScene() == null ? null : open.getScene().getWindow());
            if (file != null) {
                name.setText(file.getPath());
                model.load(file.toPath());
            }
        });
        TextField target = new TextField();
        target.setId("script-target");
        target.setPromptText("HOST:PORT");
        target.setPrefColumnCount(16);
        target.textProperty().bindBidirectional(model.targetProperty());
        Button run = new Button(null, Icons.of(Feather.PLAY));
        run.setId("script-run");
        run.setMnemonicParsing(false);
        run.textProperty().bind(i18n.text("script.run"));
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(model.runningProperty().or(model.fileNameProperty().isNull()));
        run.setOnAction(e -> model.run());
        Label to = new Label();
        to.textProperty().bind(i18n.text("script.to"));
        to.setMinWidth(Label.USE_PREF_SIZE); // the field gives way, never the word
        // the fields give way, never the buttons' words ("O…", "…" at 1024×768)
        open.setMinWidth(Button.USE_PREF_SIZE);
        run.setMinWidth(Button.USE_PREF_SIZE);
        name.setMinWidth(60);
        target.setMinWidth(60);
        HBox bar = new HBox(8, open, name, to, target, run);
        bar.setAlignment(Pos.CENTER_LEFT);

        ListView<ScriptModel.Row> steps = new ListView<>(model.rows());
        steps.setId("script-steps");
        steps.setCellFactory(list -> new StepCell());
        VBox.setVgrow(steps, Priority.ALWAYS);

        Label outcome = new Label();
        outcome.setId("script-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(model.outcomeProperty());
        model.resultProperty().addListener((obs, old, now) -> {
            outcome.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (now != null) {
                outcome.getStyleClass().add(now.ok() ? Styles.SUCCESS : Styles.DANGER);
            }
        });
        ListView<String> log = new ListView<>(model.log());
        log.setId("script-log");
        log.setPrefHeight(140);
        root = new VBox(8, bar, steps, outcome, log);
        root.setPadding(new Insets(10));
    }

    /** A step with its place, its words, and its light: running (accent), passed (green), failed (red). */
    private static final class StepCell extends ListCell<ScriptModel.Row> {
        private final Label label = new Label();
        private javafx.beans.InvalidationListener watch;
        private ScriptModel.Row shown;

        @Override
        protected void updateItem(ScriptModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (shown != null && watch != null) {
                shown.statusProperty().removeListener(watch);
                shown.detailProperty().removeListener(watch);
            }
            shown = empty ? null : row;
            if (shown == null) {
                setGraphic(null);
                return;
            }
            watch = o -> paint();
            shown.statusProperty().addListener(watch);
            shown.detailProperty().addListener(watch);
            paint();
            setGraphic(label);
        }

        private void paint() {
            ScriptModel.Row row = shown;
            int depth = row.key().split("\\.").length - 1;
            ScriptListener.Status s = row.statusProperty().get();
            String mark = s == null ? "○" : switch (s) {
                case RUNNING -> "▶";
                case PASSED -> "✔";
                case FAILED -> "✘";
            };
            String detail = row.detailProperty().get();
            label.setText("    ".repeat(depth) + mark + " " + row.key() + "  " + row.text() + (detail == null || detail.isEmpty() ? "" : "   (" + detail + ")"));
            label.getStyleClass().removeAll(Styles.ACCENT, Styles.SUCCESS, Styles.DANGER);
            getStyleClass().removeAll("script-step-running", "script-step-passed", "script-step-failed");
            if (s != null) {
                label.getStyleClass().add(switch (s) {
                    case RUNNING -> Styles.ACCENT;
                    case PASSED -> Styles.SUCCESS;
                    case FAILED -> Styles.DANGER;
                });
                getStyleClass().add("script-step-" + s.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    @Override
    public Node node() {
        return root;
    }
}
