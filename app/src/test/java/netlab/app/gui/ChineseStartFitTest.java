package netlab.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import netlab.app.code.CodeLibrary;
import netlab.app.preset.PresetLibrary;
import netlab.engine.lab.Lab;
import netlab.ui.LabWindow;
import netlab.ui.lab.LabOptions;
import netlab.ui.settings.Settings;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window opened in Chinese on a 1024×768 screen, the side bar shown: nothing is laid past the
 * window's right edge (the banner's least width once held it 40 px wider than the screen, the title
 * bar's last button and the Follow button out of sight).
 */
@ExtendWith(ApplicationExtension.class)
class ChineseStartFitTest {
    private final PresetLibrary library = PresetLibrary.loadBundled();
    private Lab lab;
    private LabWindow window;

    @Start
    void start(Stage stage) {
        lab = new Lab();
        window = LabWindow.create(netlab.app.LivePorts.of(lab, new netlab.engine.port.disk.DiskFiles()),
                new LabOptions(Locale.SIMPLIFIED_CHINESE, library.all(), CodeLibrary.loadBundled().samples(), Settings.inMemory()));
        stage.setScene(new Scene(window.root(), 1024, 768));
        window.start();
        stage.show();
    }

    @AfterEach
    void stop() {
        on(() -> {
            window.close();
            return null;
        });
        lab.close();
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

    /** Every shown Labeled under {@code root} whose shown text is cut, as "where: #id 'shown' of 'full'". */
    private static List<String> cutIn(String where, Node root) {
        List<String> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Labeled l && shown(l)) {
                String full = l.getText();
                Text text = (Text) l.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text && c != l.getGraphic()).findFirst().orElse(null);
                if (full != null && !full.isEmpty() && text != null) {
                    String s = text.getText();
                    if (!s.equals(full) && (s.endsWith(l.getEllipsisString()) || s.isEmpty()) && !full.endsWith(s)) {
                        out.add(where + ": " + (l.getId() != null ? "#" + l.getId() : l.getStyleClass()) + " shows '" + s + "' of '" + full + "'");
                    }
                }
            }
        });
        return out;
    }

    private static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static void walk(Node n, java.util.function.Consumer<Node> each) {
        each.accept(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, each);
            }
        }
    }

    private static void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(30, TimeUnit.MILLISECONDS);
        }
    }

    private static <T> T on(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the window failed", e);
        }
    }
}
