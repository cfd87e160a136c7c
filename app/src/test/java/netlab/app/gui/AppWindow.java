package netlab.app.gui;

import static netlab.app.gui.SceneGraph.on;

import java.util.Locale;

import javafx.scene.Scene;
import javafx.stage.Stage;
import netlab.app.LivePorts;
import netlab.app.code.CodeLibrary;
import netlab.app.preset.PresetLibrary;
import netlab.engine.lab.Lab;
import netlab.engine.port.disk.DiskFiles;
import netlab.ui.lab.LabOptions;
import netlab.ui.LabWindow;
import netlab.ui.settings.Settings;

/** The app's window on a real lab, with the bundled presets and code, on a test's stage. */
final class AppWindow implements AutoCloseable {
    final Lab lab = new Lab();
    final LabWindow window;

    private AppWindow(Stage stage, PresetLibrary library, Locale locale, int width, int height) {
        window = LabWindow.create(LivePorts.of(lab, new DiskFiles()),
                new LabOptions(locale, library.all(), CodeLibrary.loadBundled().samples(), Settings.inMemory()));
        stage.setScene(new Scene(window.root(), width, height));
        window.start();
        stage.show();
    }

    /** Shows it on {@code stage}, {@code width}×{@code height}. FX thread (a TestFX @Start). */
    static AppWindow open(Stage stage, PresetLibrary library, Locale locale, int width, int height) {
        return new AppWindow(stage, library, locale, width, height);
    }

    @Override
    public void close() {
        on(() -> {
            window.close();
            return null;
        });
        lab.close();
    }
}
