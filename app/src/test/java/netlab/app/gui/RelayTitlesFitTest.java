package netlab.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static netlab.app.gui.SceneGraph.cutIn;
import static netlab.app.gui.SceneGraph.on;
import static netlab.app.gui.SceneGraph.settle;
import static netlab.app.gui.SceneGraph.shown;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import netlab.app.preset.PresetLibrary;
import netlab.ui.LabWindow;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * stream-echo-relay on a 1024×768 projector with the side bar shown: three columns (client | relay
 * | server) share what the side bar leaves, and every pane's title and every column heading still
 * reads whole, in English and Chinese (the shown text, a Labeled's child Text, is its full text).
 */
@ExtendWith(ApplicationExtension.class)
class RelayTitlesFitTest {
    private final PresetLibrary library = PresetLibrary.loadBundled();
    private AppWindow app;
    private LabWindow window;

    @Start
    void start(Stage stage) {
        app = AppWindow.open(stage, library, Locale.ENGLISH, 1024, 768);
        window = app.window;
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theRelayLessonsPaneTitlesReadWholeAt1024x768WithTheSideBar(FxRobot robot) {
        on(() -> {
            window.model().presets().freePortProperty().set(true);
            window.model().presets().open(library.find("stream-echo-relay").orElseThrow());
            return null;
        });
        assertThat(on(() -> window.root().lookup("#sidebar") != null && window.root().lookup("#sidebar").isVisible()))
                .as("the side bar is shown").isTrue();
        robot.clickOn("#preset-run");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> on(() ->
                "done".equals(((Label) window.root().lookup("#preset-status")).getText())));
        // a full relayed row: client, the relay's two legs, the server's connection
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> on(() -> window.root().lookupAll(".pane-title").stream()
                .filter(SceneGraph::shown).count() >= 4));
        List<String> cut = new ArrayList<>();
        for (boolean sideBar : new boolean[] {true, false}) {
            if (!sideBar) {
                // and with the side bar folded away: wider columns, where a title goes back beside its buttons
                on(() -> {
                    ((javafx.scene.control.ButtonBase) window.root().lookup("#sidebar-toggle")).fire();
                    return null;
                });
                settle();
                assertThat(on(() -> window.root().lookup("#sidebar") == null)).as("the side bar is folded").isTrue();
            }
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                on(() -> {
                    window.model().i18n().localeProperty().set(locale);
                    return null;
                });
                settle();
                String where = locale + (sideBar ? " side bar shown" : " side bar folded");
                cut.addAll(on(() -> cutIn(where, window.root().lookup("#panes"))));
                assertThat(on(() -> window.root().lookupAll(".pane-title").stream().filter(SceneGraph::shown).count()))
                        .as(where + ": pane titles in sight").isGreaterThanOrEqualTo(4);
            }
        }
        assertThat(cut).as("pane titles and headings cut short").isEmpty();
    }
}
