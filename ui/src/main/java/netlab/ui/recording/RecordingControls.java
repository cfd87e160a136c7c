package netlab.ui.recording;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import netlab.engine.record.RecordingFormat;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import netlab.ui.keys.Shortcut;
import netlab.ui.settings.Settings;
import org.kordamp.ikonli.feather.Feather;

/**
 * The recording tools: Record / Stop and Open a recording (for the title bar), the file's size as
 * it grows with a warning when the recording missed events (for the status bar). A recording file
 * dropped on the window opens too.
 */
public final class RecordingControls {
    private final RecordingModel model;
    private final I18n i18n;
    private final Settings settings;
    private final Consumer<Path> open;
    private final ToggleButton record = new ToggleButton();
    private final Button openButton = new Button(null, Icons.of(Feather.FOLDER));
    private final Label size = new Label();

    /** @param open opens a recording file in a replay window */
    public RecordingControls(RecordingModel model, I18n i18n, Settings settings, Consumer<Path> open) {
        this.model = model;
        this.i18n = i18n;
        this.settings = settings;
        this.open = open;

        record.setMnemonicParsing(false);
        record.setId("record-toggle");
        record.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "record-toggle");
        record.graphicProperty().bind(Bindings.createObjectBinding(
                () -> Icons.of(model.recordingProperty().get() ? Feather.SQUARE : Feather.CIRCLE), model.recordingProperty()));
        record.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(model.recordingProperty().get() ? "recording.stop" : "recording.start"),
                model.recordingProperty(), i18n.localeProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(model.recordingProperty().get() ? "recording.stop.tooltip" : "recording.start.tooltip",
                        Shortcut.RECORD.displayText()), model.recordingProperty(), i18n.localeProperty()));
        record.setTooltip(tip);
        record.setOnAction(e -> toggle());
        model.recordingProperty().addListener((obs, old, now) -> {
            record.setSelected(now);
            record.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("recording"), now);
        });

        size.setId("recording-size");
        size.getStyleClass().addAll(Styles.TEXT_SMALL, "recording-size");
        size.textProperty().bind(Bindings.createStringBinding(this::sizeText, model.recordingProperty(), model.bytesProperty(),
                model.eventsProperty(), model.problemProperty(), model.lastFileProperty(), i18n.localeProperty()));
        size.visibleProperty().bind(size.textProperty().isNotEmpty());
        size.managedProperty().bind(size.visibleProperty());
        // red while it records, and whenever it is not complete
        javafx.beans.InvalidationListener restyle = o -> {
            size.getStyleClass().remove(Styles.DANGER);
            if (model.recordingProperty().get() || model.problemProperty().get() != null) {
                size.getStyleClass().add(Styles.DANGER);
            }
        };
        model.problemProperty().addListener(restyle);
        model.recordingProperty().addListener(restyle);
        Tooltip where = new Tooltip();
        where.textProperty().bind(Bindings.createStringBinding(this::sizeTooltip, model.recordingProperty(), model.fileProperty(),
                model.lastFileProperty(), model.eventsProperty(), model.problemProperty(), i18n.localeProperty()));
        size.setTooltip(where);
        size.setGraphic(null);

        openButton.setMnemonicParsing(false);
        openButton.setId("open-recording");
        openButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        openButton.accessibleTextProperty().bind(i18n.text("recording.open"));
        openButton.setTooltip(Tooltips.withShortcut(i18n, "recording.open.tooltip", Shortcut.OPEN_RECORDING));
        openButton.setOnAction(e -> chooseAndOpen());
    }

    private String sizeText() {
        if (model.problemProperty().get() != null) {
            return i18n.get("recording.problem");
        }
        if (model.recordingProperty().get()) {
            return i18n.get("recording.size", human(model.bytesProperty().get()));
        }
        return model.lastFileProperty().get() == null ? "" : i18n.get("recording.saved", human(model.bytesProperty().get()));
    }

    private String sizeTooltip() {
        String problem = model.problemProperty().get() == null ? "" : model.problemProperty().get().render(i18n) + "\n";
        if (model.recordingProperty().get()) {
            return problem + i18n.get("recording.size.tooltip", String.valueOf(model.fileProperty().get()), model.eventsProperty().get());
        }
        Path last = model.lastFileProperty().get();
        return problem + (last == null ? "" : i18n.get("recording.saved.tooltip", last.toString(), model.eventsProperty().get()));
    }

    /** {@code 812 B}, {@code 12.3 KB}, {@code 4.0 MB}. */
    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** Record (asking where) or stop. */
    public void toggle() {
        if (model.recordingProperty().get()) {
            model.stop();
            return;
        }
        record.setSelected(false);
        // no extension filter when saving: GTK would add one to a name that has it already
        FileChooser chooser = chooser("recording.saveAs", false);
        chooser.setInitialFileName(RecordingModel.suggestedName());
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            remember(file);
            model.start(file.toPath());
        }
    }

    public void chooseAndOpen() {
        File file = chooser("recording.open", true).showOpenDialog(window());
        if (file != null) {
            remember(file);
            open.accept(file.toPath());
        }
    }

    private FileChooser chooser(String titleKey, boolean filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get(titleKey));
        if (filters) {
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(i18n.get("recording.filter"), "*" + RecordingFormat.EXTENSION, "*.jsonl"),
                    new FileChooser.ExtensionFilter(i18n.get("recording.filter.all"), "*"));
        }
        String dir = settings.get("recording-dir", null);
        if (dir != null && new File(dir).isDirectory()) {
            chooser.setInitialDirectory(new File(dir));
        }
        return chooser;
    }

    private void remember(File file) {
        if (file.getParentFile() != null) {
            settings.put("recording-dir", file.getParentFile().getAbsolutePath());
        }
    }

    private Window window() {
        return record.getScene() == null ? null : record.getScene().getWindow();
    }

    /** A recording dropped on {@code target} opens in a replay window. */
    public void acceptDrops(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            boolean ok = files.size() == 1;
            if (ok) {
                open.accept(files.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Record and Open, for the title bar. */
    public List<Node> nodes() {
        return List.of(record, openButton);
    }

    /** The recording's size as it grows (and whether it is complete), for the status bar. */
    public Label sizeLabel() {
        return size;
    }

    public ToggleButton recordButton() {
        return record;
    }

    public Button openButton() {
        return openButton;
    }
}
