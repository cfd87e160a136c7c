package netlab.ui.panes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.stage.Stage;
import netlab.ui.lab.LabOptions;
import netlab.ui.settings.Settings;
import netlab.ui.testing.Fx;
import netlab.ui.testing.ShownPanes;
import netlab.ui.testing.TestPresets;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A run shown in English, then the language switched to Chinese: what the panes say beside the
 * seed's lines (states, read notes) is said again in Chinese; the seed's own lines stay as printed.
 */
@ExtendWith(ApplicationExtension.class)
class PaneLanguageWindowTest {
    private Window w;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, new LabOptions(Locale.ENGLISH, List.of(TestPresets.streamEcho(1)), List.of(), Settings.inMemory()));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @Test
    void notesAndStatesFollowTheLanguage(FxRobot robot) {
        w.click(robot, "#preset-free-port");
        w.click(robot, "#preset-run");
        String title = "echo_client · client-1";
        w.awaitPane("client-1 finished", p -> p.title().equals(title) && p.lines().contains("● client-1: finished"));
        assertThat(ShownPanes.titled(w.root(), title).orElseThrow().lines()).anyMatch(l -> l.contains("left in the buffer"));

        Fx.run(() -> w.window.model().i18n().localeProperty().set(Locale.SIMPLIFIED_CHINESE));
        ShownPanes.Shown zh = w.awaitPane("client-1 in Chinese", p -> p.title().equals(title) && p.lines().contains("● client-1: 已结束"));
        assertThat(zh.lines()).anyMatch(l -> l.contains("缓冲区还剩")).noneMatch(l -> l.contains("left in the buffer"))
                .contains("echo_client: waiting for response");
    }
}
