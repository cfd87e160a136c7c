package netlab.ui;

import java.util.concurrent.CompletableFuture;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import netlab.engine.port.LabPorts;
import netlab.engine.record.RecordingWriter;
import netlab.ui.lab.LabOptions;
import netlab.ui.lab.LabView;
import netlab.ui.lab.LabViewModel;
import netlab.ui.lab.ViewCatalog;
import netlab.ui.pump.EventPump;
import netlab.ui.replay.ReplayWindow;
import netlab.ui.settings.WindowPlacement;

/**
 * A lab's window: it pumps the events of its source into the view model once per frame, sends its
 * commands and does its file work through the other two ports, and shows the view. The ports and
 * what is behind them belong to the caller: closing the window stops the pump and closes the event
 * source, never the lab.
 *
 * <pre>
 * Platform.startup(() -> LabWindow.show(new Stage(), ports, options));
 * </pre>
 */
public final class LabWindow {
    /** Events held for a window that is behind; beyond this they are counted, not kept. */
    public static final int SUBSCRIPTION_CAPACITY = 65_536;
    /** Events handled per frame at most; the rest wait for the next one. */
    public static final int MAX_EVENTS_PER_FRAME = EventPump.MAX_PER_FRAME;

    private final LabViewModel model;
    private final LabView view;
    private final EventPump pump;
    private CompletableFuture<RecordingWriter.Status> closed;
    private final CompletableFuture<Void> warmedUp = new CompletableFuture<>();

    private LabWindow(LabPorts ports, LabOptions options, ViewCatalog catalog) {
        this.model = new LabViewModel(ports.commands(), ports.files(), options, catalog, Platform::runLater);
        this.view = new LabView(model, catalog);
        this.pump = new EventPump(ports.events(), MAX_EVENTS_PER_FRAME, model::accept);
        pump.setOnFrame(model.paneSettings().syncBudget()::frame);
        model.setReplayOpener(r -> ReplayWindow.show(new Stage(), r, options, model.i18n().localeProperty().get(), ports.files()));
    }

    /**
     * Builds a window's content without showing it (for tests, or a host that has its own stage).
     * FX thread only; {@link #start()} begins pumping, {@link #close()} ends it.
     */
    public static LabWindow create(LabPorts ports, LabOptions options) {
        return new LabWindow(ports, options, ViewCatalog.standard());
    }

    /** Shows the lab in {@code stage} where it was last time, with the presets and code given. FX thread only. */
    public static LabWindow show(Stage stage, LabPorts ports, LabOptions options) {
        LabWindow window = create(ports, options);
        // a place remembered on another (larger) screen is moved, and shrunk, onto this one
        Rectangle2D bounds = WindowPlacement.place(options.settings().windowBounds(),
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
        Scene scene = new Scene(window.root(), bounds.getWidth(), bounds.getHeight());
        stage.setScene(scene);
        // a stage given again (a test's, a second window's) keeps the size set on it before, not the scene's
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.titleProperty().bind(window.model.i18n().text("app.windowTitle"));
        stage.setMinWidth(Math.min(WindowPlacement.MIN_WIDTH, bounds.getWidth()));
        stage.setMinHeight(Math.min(WindowPlacement.MIN_HEIGHT, bounds.getHeight()));
        stage.setMaximized(options.settings().getBoolean("window-maximized", false));
        stage.setFullScreenExitHint("");
        // presentation fills the screen; leaving full screen (Esc) leaves presentation
        window.model.presentationProperty().addListener((obs, old, now) -> stage.setFullScreen(now));
        stage.fullScreenProperty().addListener((obs, old, now) -> {
            if (!now) {
                window.model.presentationProperty().set(false);
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> {
            options.settings().putBoolean("window-maximized", stage.isMaximized());
            if (!stage.isMaximized() && !stage.isFullScreen()) {
                options.settings().setWindowBounds(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> window.close());
        window.start();
        stage.show();
        // after the first frame: the classes and first runs a connection's panes need, off screen
        Platform.runLater(() -> netlab.ui.panes.PanesWarmUp.start(window.root(), window.model.i18n().localeProperty().get(),
                () -> window.warmedUp.complete(null)));
        return window;
    }

    public void start() {
        pump.start();
    }

    /**
     * Stops pumping, closes the event source, and ends a recording that still runs; the lab keeps
     * running. Done once that recording's file is whole (at once when nothing records).
     */
    public CompletableFuture<RecordingWriter.Status> close() {
        if (closed == null) {
            pump.stop();
            view.dispose();
            closed = model.dispose();
        }
        return closed;
    }

    public Parent root() {
        return view.node();
    }

    public LabViewModel model() {
        return model;
    }

    public LabView view() {
        return view;
    }

    /** Done once the panes' warm-up that {@link #show} starts has run (never for a window only created). */
    public CompletableFuture<Void> warmedUp() {
        return warmedUp;
    }

    public EventPump pump() {
        return pump;
    }
}
