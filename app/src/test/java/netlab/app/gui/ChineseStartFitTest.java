package netlab.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static netlab.app.gui.SceneGraph.on;
import static netlab.app.gui.SceneGraph.settle;
import static netlab.app.gui.SceneGraph.shown;
import static netlab.app.gui.SceneGraph.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.stage.Stage;
import netlab.app.preset.PresetLibrary;
import netlab.ui.LabWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A window opened in Chinese on a 1024×768 screen, the side bar shown: nothing is laid past the
 * window's right edge (the banner's least width once held it 40 px wider than the screen, the title
 * bar's last button and the Follow button out of sight).
 */
@ExtendWith(ApplicationExtension.class)
class ChineseStartFitTest {
    private final PresetLibrary library = PresetLibrary.loadBundled();
    private AppWindow app;
    private LabWindow window;

    @Start
    void start(Stage stage) {
        app = AppWindow.open(stage, library, Locale.SIMPLIFIED_CHINESE, 1024, 768);
        window = app.window;
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void nothingIsLaidPastTheRightEdge() {
        settle();
        for (String id : List.of("stream-echo", "gather-factorial", "subprocess-stream", "udp-echo", "stream-echo-relay")) {
            on(() -> {
                window.model().presets().open(library.find(id).orElseThrow());
                return null;
            });
            settle();
            List<String> past = on(() -> {
                List<String> out = new ArrayList<>();
                double edge = window.root().getScene().getWidth() + 1;
                walk(window.root(), n -> {
                    javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
                    if (n.isVisible() && n.getId() != null && b.getMaxX() > edge) {
                        out.add("#" + n.getId() + " ends at " + b.getMaxX());
                    }
                });
                return out;
            });
            assertThat(past).as(id + ": laid past the window's right edge").isEmpty();
        }
    }
}
