package netlab.ui.panes;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import netlab.engine.bytes.Bytes;
import netlab.ui.controls.Icons;
import netlab.ui.i18n.I18n;
import netlab.ui.i18n.Problem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * A pane's context menu, made for the line under the pointer: copy the selection or the line, copy
 * a chunk as hex or as a Python or Java literal (saying when the chunk was cut short), show the code
 * that made the line, and export the pane as text, HTML or pcap.
 */
final class PaneMenu {
    private final PaneModel model;
    private final PaneText text;
    private final I18n i18n;
    private final PaneActions actions;
    private final PaneExporter exporter;
    private final PaneNotice notice;
    private ContextMenu menu;

    PaneMenu(PaneModel model, PaneText text, I18n i18n, PaneActions actions, PaneExporter exporter, PaneNotice notice) {
        this.model = model;
        this.text = text;
        this.i18n = i18n;
        this.actions = actions;
        this.exporter = exporter;
        this.notice = notice;
    }

    /** Shows the menu for the line at {@code (x, y)} in the area, at the screen point given. */
    void show(double x, double y, double screenX, double screenY) {
        if (menu != null) {
            menu.hide();
        }
        menu = menuFor(text.lineAt(x, y));
        menu.show(text.area(), screenX, screenY);
    }

    boolean isShowing() {
        return menu != null && menu.isShowing();
    }

    private ContextMenu menuFor(PaneLine line) {
        var area = text.area();
        MenuItem copy = item("pane.copy", Feather.COPY, () -> copy(area.getSelectedText()));
        copy.setDisable(area.getSelectedText().isEmpty());
        MenuItem copyLine = item("pane.copyLine", Feather.COPY, () -> copy(text.render(line).text()));
        copyLine.setDisable(line == null);
        ContextMenu made = new ContextMenu(copy, copyLine);
        if (line != null && line.isChunk()) {
            Bytes data = line.source().data();
            boolean cut = line.source().amount() > data.size();
            made.getItems().addAll(new SeparatorMenuItem(),
                    item("pane.copyHex", Feather.HASH, () -> copyChunk(ByteLiterals.hex(data), cut, line)),
                    item("pane.copyPython", Feather.CODE, () -> copyChunk(ByteLiterals.python(data), cut, line)),
                    item("pane.copyJava", Feather.CODE, () -> copyChunk(ByteLiterals.java(data), cut, line)));
        }
        if (line != null && line.source() != null) {
            made.getItems().addAll(new SeparatorMenuItem(), item("pane.showCode", Feather.FILE_TEXT, () -> actions.focus(line.source())));
        }
        made.getItems().addAll(new SeparatorMenuItem(),
                item("pane.exportText", Feather.DOWNLOAD, () -> exporter.chooseAndExport(false)),
                item("pane.exportHtml", Feather.DOWNLOAD, () -> exporter.chooseAndExport(true)));
        if (model.connection() != null) {
            MenuItem pcap = item("pane.exportPcap", Feather.DOWNLOAD, exporter::chooseAndExportPcap);
            pcap.setId("pane-export-pcap");
            pcap.setDisable(!exporter.canExportPcap());
            made.getItems().add(pcap);
        }
        return made;
    }

    private MenuItem item(String key, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(null, Icons.of(icon));
        item.setMnemonicParsing(false);
        item.textProperty().bind(i18n.text(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void copyChunk(String literal, boolean cut, PaneLine line) {
        copy(literal);
        notice.say(cut ? Problem.of("pane.copied.cut", line.source().data().size(), line.source().amount())
                : Problem.of("pane.copied", line.source().data().size()));
    }

    private static void copy(String content) {
        ClipboardContent clip = new ClipboardContent();
        clip.putString(content);
        Clipboard.getSystemClipboard().setContent(clip);
    }
}
