package netlab.ui;

import java.util.Locale;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import netlab.engine.bench.Lab;
import netlab.engine.event.EventSubscription;
import netlab.ui.pump.EventPump;

/**
 * A lab's window: subscribes to the lab's events, pumps them into the view model once per frame,
 * and shows the view. The lab belongs to the caller: closing the window stops the pump and the
 * subscription, never the lab.
 *
 * <pre>
 * Platform.startup(() -> LabWindow.show(new Stage(), lab));
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

    private LabWindow(Lab lab, Locale locale) {
        // subscribe first: nothing the lab does from here on may be missed
        EventSubscription subscription = lab.events().subscribe("window", SUBSCRIPTION_CAPACITY);
        this.model = new LabViewModel(lab, locale, Platform::runLater);
        this.view = new LabView(model);
        this.pump = new EventPump(subscription, MAX_EVENTS_PER_FRAME, model::accept);
    }

    /**
     * Builds a window's content without showing it (for tests, or a host that has its own stage).
     * FX thread only; {@link #start()} begins pumping, {@link #close()} ends it.
     */
    public static LabWindow create(Lab lab, Locale locale) {
        return new LabWindow(lab, locale);
    }

    /** Shows the lab in {@code stage}, in the system's language. FX thread only. */
    public static LabWindow show(Stage stage, Lab lab) {
        return show(stage, lab, Locale.getDefault());
    }

    public static LabWindow show(Stage stage, Lab lab, Locale locale) {
        LabWindow window = create(lab, locale);
        Scene scene = new Scene(window.root(), 1360, 860);
        stage.setScene(scene);
        stage.titleProperty().bind(window.model.i18n().text("app.windowTitle"));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
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
    }

    public Parent root() {
        return view.node();
    }

    public LabViewModel model() {
        return model;
    }

    public EventPump pump() {
        return pump;
    }
}
