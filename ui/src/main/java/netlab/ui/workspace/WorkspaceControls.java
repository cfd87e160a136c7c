package netlab.ui.workspace;

import java.io.File;
import java.nio.file.Path;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import netlab.engine.workspace.WorkspaceFile;
import netlab.ui.controls.Icons;
import netlab.ui.controls.Tooltips;
import netlab.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;

/** The title bar's Workspace menu: Save workspace…, Open workspace…, and the workspaces used lately. */
public final class WorkspaceControls {
    private final WorkspaceModel model;
    private final I18n i18n;
    private final MenuButton menu = new MenuButton(null, Icons.of(Feather.BRIEFCASE));
    private final MenuItem save = new MenuItem();
    private final MenuItem open = new MenuItem();

    public WorkspaceControls(WorkspaceModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        menu.setMnemonicParsing(false);
        menu.setId("workspace-menu");
        menu.getStyleClass().add(Styles.FLAT);
        menu.textProperty().bind(i18n.text("workspace.menu"));
        menu.setTooltip(Tooltips.of(i18n, "workspace.menu.tooltip"));
        save.setId("workspace-save");
        save.textProperty().bind(i18n.text("workspace.save"));
        save.setOnAction(e -> choose(true));
        open.setId("workspace-open");
        open.textProperty().bind(i18n.text("workspace.open"));
        open.setOnAction(e -> choose(false));
        model.recent().addListener((javafx.collections.ListChangeListener<String>) c -> items());
        items();
        model.problemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Alert alert = new Alert(Alert.AlertType.WARNING, now);
                alert.setHeaderText(i18n.get("workspace.problem"));
                alert.initOwner(window());
                alert.show();
            }
        });
    }

    private void items() {
        menu.getItems().setAll(save, open);
        if (!model.recent().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            int n = 0;
            for (String path : model.recent()) {
                MenuItem item = new MenuItem(Path.of(path).getFileName() + "  —  " + path);
                item.setMnemonicParsing(false);
                item.setId("workspace-recent-" + n++);
                item.setOnAction(e -> model.open(Path.of(path)));
                menu.getItems().add(item);
            }
        }
    }

    private void choose(boolean saving) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get(saving ? "workspace.save" : "workspace.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("workspace.fileType"), "*" + WorkspaceFile.SUFFIX, "*.json"));
        if (saving) {
            chooser.setInitialFileName("bench" + WorkspaceFile.SUFFIX);
        }
        File file = saving ? chooser.showSaveDialog(window()) : chooser.showOpenDialog(window());
        if (file != null) {
            if (saving) {
                model.save(file.toPath());
            } else {
                model.open(file.toPath());
            }
        }
    }

    private Window window() {
        return menu.getScene() == null ? null : menu.getScene().getWindow();
    }

    public Node node() {
        return menu;
    }
}
