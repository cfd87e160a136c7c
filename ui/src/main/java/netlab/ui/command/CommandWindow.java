package netlab.ui.command;

import java.util.function.Function;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import netlab.engine.port.LabCommands;
import netlab.ui.i18n.I18n;
import netlab.ui.views.LabSubscriber;

/** "Run a command" in a window of its own; closing it stops a command that still runs. */
public final class CommandWindow {
    private final Stage stage = new Stage();
    private final CommandModel model;

    private CommandWindow(LabCommands commands, Function<LabSubscriber, Runnable> subscribe, I18n i18n, Window owner) {
        model = new CommandModel(commands, Platform::runLater, i18n);
        Runnable unsubscribe = subscribe.apply(model);
        CommandPane pane = new CommandPane(model, i18n);
        stage.setScene(new Scene(pane.node(), 900, 560));
        stage.titleProperty().bind(i18n.text("command.windowTitle"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setOnHidden(e -> {
            unsubscribe.run();
            model.close();
        });
    }

    /**
     * Opens a command window; FX thread only.
     *
     * @param subscribe adds its model to the lab window's subscribers (returns what removes it)
     */
    public static CommandWindow open(LabCommands commands, Function<LabSubscriber, Runnable> subscribe, I18n i18n, Window owner) {
        CommandWindow w = new CommandWindow(commands, subscribe, i18n, owner);
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
