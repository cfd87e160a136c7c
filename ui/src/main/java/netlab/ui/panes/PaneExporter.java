package netlab.ui.panes;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.stage.FileChooser;
import javafx.stage.Window;
import netlab.ui.i18n.I18n;
import netlab.ui.i18n.Problem;

/**
 * Writes a pane out: its lines as shown, as text or HTML, or its connection's bytes as pcap (from
 * the recording that holds them). The file is chosen here; the writing is the actions' (away from
 * the UI thread), and the outcome is said under the pane.
 */
final class PaneExporter {
    private final PaneModel model;
    private final PaneText text;
    private final I18n i18n;
    private final PaneActions actions;
    private final PaneNotice notice;

    PaneExporter(PaneModel model, PaneText text, I18n i18n, PaneActions actions, PaneNotice notice) {
        this.model = model;
        this.text = text;
        this.i18n = i18n;
        this.actions = actions;
        this.notice = notice;
    }

    /** Asks where to write the pane as text or HTML, then writes it there. */
    void chooseAndExport(boolean html) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get(html ? "pane.exportHtml" : "pane.exportText"));
        chooser.setInitialFileName(fileName(model.titleProperty().get()) + (html ? ".html" : ".txt"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            exportTo(file.toPath(), html);
        }
    }

    /** Whether the pane is a connection's side whose bytes can be written as pcap. */
    boolean canExportPcap() {
        return model.connection() != null && actions.canExportPcap(model.connection());
    }

    /** Asks where to write the pane's connection as pcap, then writes it there. */
    void chooseAndExportPcap() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("pane.exportPcap"));
        chooser.setInitialFileName(fileName(model.connection()) + ".pcap");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            exportPcapTo(file.toPath());
        }
    }

    /** Writes the pane's connection as pcap to {@code file}; the outcome is said under the pane. */
    void exportPcapTo(Path file) {
        notice.say(Problem.of("pane.exporting", file.getFileName().toString()));
        actions.exportPcap(model.connection(), file, notice::say);
    }

    /** Writes the pane (its lines as shown) to {@code file}; the outcome is said under the pane. */
    void exportTo(Path file, boolean html) {
        List<PaneLine> lines = model.lines().stream().map(text::render).toList();
        String title = model.titleProperty().get();
        String content = html ? PaneExport.html(title, lines, model.elidedLines()) : PaneExport.text(title, lines, model.elidedLines());
        notice.say(Problem.of("pane.exporting", file.getFileName().toString()));
        actions.save(file, content, problem -> notice.say(problem != null ? problem : Problem.of("pane.exported", file.toString())));
    }

    private static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    private Window window() {
        var scene = text.area().getScene();
        return scene == null ? null : scene.getWindow();
    }
}
