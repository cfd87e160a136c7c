package netlab.app;

import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
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
    private volatile String signalled;

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

    /**
     * SIGINT and SIGTERM close the window as its close button does, on the FX thread, and the
     * program then ends the ordinary way. Left to the JVM, a signal runs the shutdown hooks at
     * once, JavaFX's among them, which takes the renderer away from a window still painting (a
     * RejectedExecutionException or "GraphicsPipeline is null" on the way out). A signal the
     * process was started ignoring stays ignored. A program run in the window that takes a signal
     * with add_signal_handler has it while it runs, and gives it back here.
     */
    void closeOnSignals(Stage stage) {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), s -> {
                    signalled = "SIG" + name;
                    Platform.runLater(stage::hide);
                    // a window that cannot close (the FX thread stuck) must not keep the process alive
                    Thread last = new Thread(() -> {
                        try {
                            if (!windowClosed.await(15, java.util.concurrent.TimeUnit.SECONDS)) {
                                System.exit(netlab.app.cli.ExitCodes.bySignal(signalled));
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }, "netlab-signal-deadline");
                    last.setDaemon(true);
                    last.start();
                });
            } catch (IllegalArgumentException e) {
                // the JVM keeps this signal for itself here: its default stays
            }
        }
    }

    /** The signal that closed the window (SIGINT, SIGTERM), or null when it was closed otherwise. */
    String signalled() {
        return signalled;
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
