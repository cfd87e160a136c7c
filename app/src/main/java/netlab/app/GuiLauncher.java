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
        return launch(library, err, null);
    }

    /** Opens the window; with {@code recording}, that recording is replayed in it at once. */
    static int launch(PresetLibrary library, PrintWriter err, java.nio.file.Path recording) {
        if (!hasDisplay()) {
            err.println("netlab: there is no display (DISPLAY is not set), and the lab window needs one.");
            err.println("netlab: run a headless command instead (./netlab --help), or start it under a virtual display: xvfb-run -a ./netlab");
            return ExitCodes.FAILED;
        }
        // everything the window shows is read here, before it opens: the UI thread does no I/O
        CodeLibrary code = CodeLibrary.loadBundled();
        library.problems().forEach(p -> err.println("netlab: preset left out: " + p));
        code.problems().forEach(p -> err.println("netlab: code left out: " + p));
        LabOptions options = new LabOptions(null, library.all(), code.samples(), new Settings(preferences()))
                .withUserPresets(library.userIds());
        Lab lab = new Lab();
        // questions edited in the window are saved as the teacher's own copy of the preset
        DiskFiles files = new DiskFiles(library::saveQuestions);
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
                shutdown.closeOnSignals(stage);
                if (recording != null) {
                    // a recording given on the command line (a file manager's "open with") replays at once
                    shown.get().model().openRecording(recording);
                }
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
        awaitFxThreadEnd();
        return shutdown.signalled() == null ? ExitCodes.OK : ExitCodes.bySignal(shutdown.signalled());
    }

    /** The FX thread finishes before the JVM's shutdown hooks (JavaFX's own) run: nothing paints into a disposed pipeline. */
    private static void awaitFxThreadEnd() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if ("JavaFX Application Thread".equals(t.getName())) {
                try {
                    t.join(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
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
        if (System.getProperty("java.util.prefs.userRoot") == null) {
            System.setProperty("java.util.prefs.userRoot", preferencesRoot(System.getenv()).toString());
        }
        // the first start would say "INFO: Created user preferences directory." on stderr
        PREFS_LOG.setLevel(java.util.logging.Level.WARNING);
        return java.util.prefs.Preferences.userRoot().node("netlab");
    }

    /**
     * Where the preferences are kept: under {@code $HOME} (the JDK's own place, so nothing
     * moves for an ordinary login), following {@code $HOME} when it differs from the account's
     * home directory, which is all the JDK looks at (sudo, a second HOME for a class, tests).
     * {@code $HOME/.java/.userPrefs/netlab/prefs.xml} then holds them (the JDK adds the
     * {@code .java/.userPrefs} to the root given).
     */
    static java.nio.file.Path preferencesRoot(java.util.Map<String, String> env) {
        String home = env.get("HOME");
        return java.nio.file.Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }

    /** Held: a logger's level is kept only while something refers to it. */
    private static final java.util.logging.Logger PREFS_LOG = java.util.logging.Logger.getLogger("java.util.prefs");

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
