package netlab.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import netlab.app.code.CodeLibrary;
import netlab.app.preset.PresetLibrary;
import netlab.engine.lab.Lab;
import netlab.ui.LabWindow;
import netlab.ui.i18n.I18n;
import netlab.ui.lab.LabOptions;
import netlab.ui.panes.LessonLayout;
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
 * Each kind of lesson opens in its layout, chosen by the preset: a conversation, a relayed one,
 * datagrams, a program on the loop, a subprocess. A loop lesson shows its program's console across
 * the width, with no word of a server that does not exist.
 */
@ExtendWith(ApplicationExtension.class)
class LessonLayoutTest {
    private static final Map<String, LessonLayout> KINDS = Map.of(
            "stream-echo", LessonLayout.CONVERSATION, "unix-echo", LessonLayout.CONVERSATION,
            "stream-echo-relay", LessonLayout.RELAYED, "udp-echo", LessonLayout.DATAGRAMS,
            "gather-factorial", LessonLayout.LOOP, "blocking-call", LessonLayout.LOOP, "cancel", LessonLayout.LOOP,
            "signals", LessonLayout.LOOP, "http-head", LessonLayout.LOOP, "subprocess-stream", LessonLayout.SUBPROCESS);

    private final PresetLibrary library = PresetLibrary.loadBundled();
    private Lab lab;
    private LabWindow window;

    @Start
    void start(Stage stage) {
        lab = new Lab();
        window = LabWindow.create(netlab.app.LivePorts.of(lab, new netlab.engine.port.disk.DiskFiles()),
                new LabOptions(Locale.ENGLISH, library.all(), CodeLibrary.loadBundled().samples(), Settings.inMemory()));
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
    void eachKindOfPresetOpensInItsLayout() {
        KINDS.forEach((id, kind) -> assertThat(LessonLayout.of(library.find(id).orElseThrow())).as(id).isEqualTo(kind));
        assertThat(LessonLayout.of(null)).isEqualTo(LessonLayout.FREE);
        for (var e : KINDS.entrySet()) {
            on(() -> {
                window.model().presets().open(library.find(e.getKey()).orElseThrow());
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            String layoutId = "#panes-layout-" + e.getValue().name().toLowerCase(Locale.ROOT);
            assertThat(on(() -> window.root().lookup(layoutId) != null)).as(e.getKey() + " opens in " + layoutId).isTrue();
            boolean twoColumns = on(() -> window.root().lookup("#panes-heading-right") != null);
            assertThat(twoColumns).as(e.getKey() + ": two columns").isEqualTo(e.getValue().twoColumns());
        }
    }

    @Test
    void aLoopLessonShowsItsConsoleAcrossTheWidthAndNoServer(FxRobot robot) {
        on(() -> {
            window.model().presets().open(library.find("gather-factorial").orElseThrow());
            return null;
        });
        robot.clickOn("#preset-run");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> on(() ->
                "done".equals(((Label) window.root().lookup("#preset-status")).getText())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> on(() -> consoleWidthShare() > 0.9));
        I18n en = window.model().i18n();
        List<String> serverWords = List.of(en.get("panes.noServer"), en.get("panes.noClient"), en.get("panes.serverSide"));
        List<String> shown = on(() -> {
            List<String> texts = new ArrayList<>();
            walk(window.root().lookup("#panes"), n -> {
                if (n instanceof javafx.scene.control.Labeled l && l.isVisible() && l.getText() != null) {
                    texts.add(l.getText());
                }
            });
            return texts;
        });
        assertThat(shown).as("what the panes say for a loop lesson").doesNotContainAnyElementsOf(serverWords);
        assertThat(shown).contains(en.get("panes.loop.title"));
    }

    /** The width of the widest pane in a row over the row's width. */
    private double consoleWidthShare() {
        Parent rows = (Parent) window.root().lookup(".rows");
        double best = 0;
        for (Node row : rows.getChildrenUnmodifiable()) {
            double width = row.getLayoutBounds().getWidth();
            for (Node pane : ((Parent) row).getChildrenUnmodifiable()) {
                if (pane.getStyleClass().contains("pane") && width > 0) {
                    best = Math.max(best, pane.getLayoutBounds().getWidth() / width);
                }
            }
        }
        return best;
    }

    private static void walk(Node n, java.util.function.Consumer<Node> each) {
        if (n == null) {
            return;
        }
        each.accept(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, each);
            }
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
