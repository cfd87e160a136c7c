package netlab.ui.scheduler;

import java.util.List;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import netlab.engine.lab.ExperimentSpec;
import netlab.engine.port.LabCommands;
import netlab.engine.experiments.ExperimentCatalog;
import netlab.ui.i18n.I18n;

/**
 * The scheduler view in a window of its own, beside the lab, with the loop experiments at hand to
 * start: it asks the loop for a snapshot {@value #REFRESHES_PER_SECOND} times a second while open. Closing it lets a paused loop run on,
 * so that the lab is never left held by a window nobody sees.
 */
public final class SchedulerWindow {
    static final int REFRESHES_PER_SECOND = 5;

    private final Stage stage = new Stage();
    private final SchedulerModel model;
    private final Timeline refresh;

    private SchedulerWindow(LabCommands commands, I18n i18n, Window owner) {
        model = new SchedulerModel(commands, Platform::runLater);
        SchedulerView view = new SchedulerView(model, i18n, List.copyOf(ExperimentCatalog.ids()),
                id -> commands.startExperiment(ExperimentSpec.of(id)));
        refresh = new Timeline(new KeyFrame(Duration.millis(1000.0 / REFRESHES_PER_SECOND), e -> model.refresh()));
        refresh.setCycleCount(Timeline.INDEFINITE);
        stage.setScene(new Scene(view.node(), 1100, 720));
        stage.titleProperty().bind(i18n.text("scheduler.windowTitle"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setOnShown(e -> {
            model.refresh();
            refresh.play();
        });
        stage.setOnHidden(e -> {
            refresh.stop();
            if (model.pausedProperty().get()) {
                model.resume();
            }
        });
    }

    /** Opens the scheduler window on the lab's loop; FX thread only. */
    public static SchedulerWindow open(LabCommands commands, I18n i18n, Window owner) {
        SchedulerWindow w = new SchedulerWindow(commands, i18n, owner);
        w.stage.show();
        return w;
    }

    public Stage stage() {
        return stage;
    }

    public SchedulerModel model() {
        return model;
    }
}
