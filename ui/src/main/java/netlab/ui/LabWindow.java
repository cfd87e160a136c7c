package netlab.ui;

import java.util.Locale;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import netlab.engine.lab.Lab;
import netlab.engine.event.EventSubscription;
import netlab.ui.pump.EventPump;

/**
 * A lab's window: subscribes to the lab's events, pumps them into the view model once per frame,
 * and shows the view. The lab belongs to the caller: closing the window stops the pump and the
 * subscription, never the lab.
 *
 * <pre>
 * Platform.startup(() -> LabWindow.show(new Stage(), lab, options));
 * </pre>
 */
public final class LabWindow {
    /** Events held for a window that is behind; beyond this they are counted, not kept. */
    public static final int SUBSCRIPTION_CAPACITY = 65_536;
    /** Events handled per frame at most; the rest wait for the next one. */
    public static final int MAX_EVENTS_PER_FRAME = 4_000;

    private final LabViewModel model;
    private final LabView view;
    private final EventPump pump;

    private LabWindow(Lab lab, LabOptions options) {
        // subscribe first: nothing the lab does from here on may be missed
        EventSubscription subscription = lab.events().subscribe("window", SUBSCRIPTION_CAPACITY);
        this.model = new LabViewModel(lab, options, Platform::runLater);
        this.view = new LabView(model);
        this.pump = new EventPump(subscription, MAX_EVENTS_PER_FRAME, model::accept);
        pump.setOnFrame(model.paneSettings().syncBudget()::frame);
    }

    /**
     * Builds a window's content without showing it (for tests, or a host that has its own stage).
     * FX thread only; {@link #start()} begins pumping, {@link #close()} ends it.
     */
    public static LabWindow create(Lab lab, LabOptions options) {
        return new LabWindow(lab, options);
    }

    /** A bare bench: no presets, no code, nothing remembered. */
    public static LabWindow create(Lab lab, Locale locale) {
        return create(lab, LabOptions.bare(locale));
    }

    /** Shows a bare lab in {@code stage}, in the system's language. FX thread only. */
    public static LabWindow show(Stage stage, Lab lab) {
        return show(stage, lab, LabOptions.bare(null));
    }

    /** Shows a bare lab in {@code stage} in {@code locale}. FX thread only. */
    public static LabWindow show(Stage stage, Lab lab, Locale locale) {
        return show(stage, lab, LabOptions.bare(locale));
    }

    /** Shows the lab in {@code stage} where it was last time, with the presets and code given. FX thread only. */
    public static LabWindow show(Stage stage, Lab lab, LabOptions options) {
        LabWindow window = create(lab, options);
        Rectangle2D bounds = options.settings().windowBounds();
        boolean fits = bounds != null && !Screen.getScreensForRectangle(bounds).isEmpty();
        Scene scene = new Scene(window.root(), fits ? bounds.getWidth() : 1360, fits ? bounds.getHeight() : 860);
        stage.setScene(scene);
        if (fits) {
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
        }
        stage.titleProperty().bind(window.model.i18n().text("app.windowTitle"));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
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
        return window;
    }

    public void start() {
        pump.start();
    }

    /** Stops pumping and unsubscribes; the lab keeps running. */
    public void close() {
        pump.stop();
        model.dispose();
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

    public EventPump pump() {
        return pump;
    }
}
