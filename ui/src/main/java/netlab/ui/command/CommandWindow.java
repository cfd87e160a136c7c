package netlab.ui.command;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import netlab.engine.lab.Lab;
import netlab.ui.i18n.I18n;

/** "Run a command" in a window of its own; closing it stops a command that still runs. */
public final class CommandWindow {
    private final Stage stage = new Stage();
    private final CommandModel model;

    private CommandWindow(Lab lab, I18n i18n, Window owner) {
        model = new CommandModel(lab, Platform::runLater);
        CommandPane pane = new CommandPane(model, i18n);
        stage.setScene(new Scene(pane.node(), 900, 560));
        stage.titleProperty().bind(i18n.text("command.windowTitle"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setOnHidden(e -> model.close());
    }

    /** Opens a command window on {@code lab}; FX thread only. */
    public static CommandWindow open(Lab lab, I18n i18n, Window owner) {
        CommandWindow w = new CommandWindow(lab, i18n, owner);
        w.stage.show();
        return w;
    }

    public Stage stage() {
        return stage;
    }

    public CommandModel model() {
        return model;
    }
}
