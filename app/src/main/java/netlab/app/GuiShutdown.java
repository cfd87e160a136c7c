package netlab.app;

import java.util.concurrent.CountDownLatch;

import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import netlab.engine.lab.Lab;

/**
 * What ends the lab of the window: the window closed (however: its close button, the window
 * manager, Alt+F4), or the process stopped by SIGINT or SIGTERM. Either way every endpoint is
 * stopped and its sockets closed, and the commands it runs are stopped (SIGTERM, then SIGKILL
 * after their grace): a child must not outlive the window that started it.
 */
final class GuiShutdown {
    private final Lab lab;
    private final CountDownLatch windowClosed = new CountDownLatch(1);
    private final Thread onSignal;

    GuiShutdown(Lab lab) {
        this.lab = lab;
        // the JVM runs shutdown hooks on SIGINT and SIGTERM; Lab.close is idempotent
        this.onSignal = new Thread(lab::close, "netlab-shutdown");
        Runtime.getRuntime().addShutdownHook(onSignal);
    }

    /** Call on the FX thread, before the stage is shown. */
    void watch(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> windowClosed.countDown());
    }

    /** Blocks (never on the FX thread) until the window is closed; then the caller closes the lab. */
    void awaitWindowClosed() throws InterruptedException {
        windowClosed.await();
    }

    /** Blocks (never on the FX thread) until the window is closed, then closes the lab. */
    void awaitWindowClosedThenCloseLab() throws InterruptedException {
        try {
            awaitWindowClosed();
        } finally {
            closeLab();
        }
    }

    /** Closes the lab now (the window could not open, or it was closed). */
    void closeLab() {
        lab.close();
        try {
            Runtime.getRuntime().removeShutdownHook(onSignal);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing left to remove
        }
    }
}
