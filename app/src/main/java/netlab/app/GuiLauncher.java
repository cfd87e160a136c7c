package netlab.app;

import java.io.PrintWriter;

import javafx.application.Platform;
import javafx.stage.Stage;
import netlab.app.cli.ExitCodes;
import netlab.app.preset.PresetLibrary;
import netlab.app.code.CodeLibrary;
import netlab.engine.lab.Lab;
import netlab.engine.port.LabPorts;
import netlab.engine.port.disk.DiskFiles;
import netlab.ui.lab.LabOptions;
import netlab.ui.LabWindow;
import netlab.ui.settings.Settings;

/**
 * Opens the lab window on a new lab and waits until it is closed; then every endpoint of the lab
 * is stopped and its sockets closed, so nothing is left behind.
 */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static int launch(PresetLibrary library, PrintWriter err) {
        if (!hasDisplay()) {
            err.println("netlab: there is no display (DISPLAY is not set), and the lab window needs one.");
            err.println("netlab: run a headless command instead (./netlab --help), or start it under a virtual display: xvfb-run -a ./netlab");
            return ExitCodes.FAILED;
        }
        // everything the window shows is read here, before it opens: the UI thread does no I/O
        CodeLibrary code = CodeLibrary.loadBundled();
        library.problems().forEach(p -> err.println("netlab: preset left out: " + p));
        code.problems().forEach(p -> err.println("netlab: code left out: " + p));
        LabOptions options = new LabOptions(null, library.all(), code.samples(), new Settings(preferences()));
        Lab lab = new Lab();
        DiskFiles files = new DiskFiles();
        // subscribed before the window is made: nothing the lab does from here on may be missed
        LabPorts ports = LivePorts.of(lab, files);
        GuiShutdown shutdown = new GuiShutdown(lab);
        java.util.concurrent.atomic.AtomicReference<LabWindow> shown = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            Platform.setImplicitExit(false);
            Platform.startup(() -> {
                Stage stage = new Stage();
                shutdown.watch(stage);
                shown.set(LabWindow.show(stage, ports, options));
            });
            try {
                shutdown.awaitWindowClosed();
                // a recording still running is finished before the lab closes: its end line is written
                if (shown.get() != null) {
                    awaitRecordingEnd(shown.get());
                }
            } finally {
                shutdown.closeLab();
                files.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shutdown.closeLab();
        } catch (RuntimeException e) {
            err.println("netlab: cannot open the lab window: " + e.getMessage());
            shutdown.closeLab();
            return ExitCodes.FAILED;
        }
        Platform.exit();
        return ExitCodes.OK;
    }

    /** Waits (bounded) for the window's recording to end: closing the window stops it, the writer finishes the file. */
    private static void awaitRecordingEnd(LabWindow window) throws InterruptedException {
        java.util.concurrent.CompletableFuture<java.util.concurrent.CompletableFuture<?>> closing = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> closing.complete(window.close()));
        try {
            closing.get(10, java.util.concurrent.TimeUnit.SECONDS).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // the file says itself that it is cut short; the lab closes all the same
        }
    }

    /**
     * The user's NetLab preferences; {@code -Dnetlab.prefs=memory} (screenshots, demos) starts
     * from nothing and remembers nothing.
     */
    private static java.util.prefs.Preferences preferences() {
        if ("memory".equals(System.getProperty("netlab.prefs"))) {
            return new netlab.ui.settings.MemoryPreferences();
        }
        return java.util.prefs.Preferences.userRoot().node("netlab");
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("mac") || os.contains("win")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
