package netlab.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static netlab.app.gui.SceneGraph.on;
import static netlab.app.gui.SceneGraph.walk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import netlab.app.preset.PresetLibrary;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.lab.Lab;
import netlab.ui.LabWindow;
import netlab.ui.panes.PaneLine;
import netlab.ui.panes.PaneModel;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Chinese window says in Chinese what the engine reports: presets of each kind of lesson run by
 * a click, and no pane line, banner or status shown afterwards holds an English sentence, apart
 * from what stays as the seeds print it (their log lines, asyncio's names, addresses, byte
 * literals, exceptions' reprs).
 */
@ExtendWith(ApplicationExtension.class)
class ChineseRunWindowTest {
    private static final List<String> PRESETS = List.of("stream-echo", "udp-echo", "subprocess-stream", "gather-factorial", "stream-echo-relay");
    private static final Duration RUN = Duration.ofSeconds(60);
    /**
     * English the Chinese texts quote on purpose: a logger's name, as the seed names it, and the
     * error Python prints for an oversized datagram.
     */
    private static final List<String> QUOTED = List.of("logger main", "Message too long");

    private final PresetLibrary library = PresetLibrary.loadBundled();
    private AppWindow app;
    private Lab lab;
    private LabWindow window;
    /** Log lines of the lab's own (not a seed's) the panes showed. */
    private int labLines;
    /** Events published before the window's count last started over. */
    private long cleared;

    @Start
    void start(Stage stage) {
        app = AppWindow.open(stage, library, Locale.SIMPLIFIED_CHINESE, 1400, 900);
        lab = app.lab;
        window = app.window;
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void whatTheEngineReportsIsSaidInChinese(FxRobot robot) {
        List<String> english = new ArrayList<>();
        for (String id : PRESETS) {
            on(() -> {
                window.model().presets().freePortProperty().set(true);
                window.model().presets().open(library.find(id).orElseThrow());
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#preset-run");
            Awaitility.await(id + " runs to its end").atMost(RUN).until(() -> Set.of("完成", "失败").contains(label("#preset-status")));
            // the run's last events reach the panes a frame or two after the banner: wait until the window has had them all
            long published = lab.events().published();
            Awaitility.await(id + ": the window has every event of the run").atMost(RUN).until(() -> on(() ->
                    window.model().status().seenProperty().get() + window.model().status().elidedProperty().get()) >= published - cleared);
            assertThat(label("#preset-status")).as(id).isEqualTo("完成");
            english.addAll(shownEnglish(id + " (done)"));
            if (id.equals("subprocess-stream")) {
                assertThat(childPaneTitle()).as("the child process's pane title").endsWith(" ⇄ 子进程");
            }
            english.addAll(codeViewEnglish(robot, id));
            // Stop says more: servers closing, their states
            robot.clickOn("#preset-stop");
            Awaitility.await(id + " stops").atMost(RUN).until(() -> label("#preset-status").equals("已停止"));
            long all = lab.events().published();
            Awaitility.await(id + ": the window has every event of the stop").atMost(RUN).until(() -> on(() ->
                    window.model().status().seenProperty().get() + window.model().status().elidedProperty().get()) >= all - cleared);
            english.addAll(shownEnglish(id + " (stopped)"));
            robot.push(KeyCode.CONTROL, KeyCode.L);
            WaitForAsyncUtils.waitForFxEvents();
            // Clear starts the window's count over
            cleared = on(() -> lab.events().published() - window.model().status().seenProperty().get());
        }
        assertThat(english).as("English sentences in the Chinese window").isEmpty();
        assertThat(labLines).as("the relay's own log lines were among those checked").isPositive();
    }

    /** The title shown on the child process's pane, or null when there is none. */
    private String childPaneTitle() {
        return on(() -> {
            String key = window.model().panes().panes().stream().map(PaneModel::key).filter(k -> k.endsWith("/child"))
                    .findFirst().orElse(null);
            String[] shown = {null};
            walk(window.root(), n -> {
                if (n instanceof Labeled l && ("pane-title-" + key).equals(netlab.ui.controls.NodeNames.nameOf(n))) {
                    shown[0] = l.getText();
                }
            });
            return shown[0];
        });
    }

    /** The code view names the event looked at (one of each kind the panes show) in Chinese too. */
    private List<String> codeViewEnglish(FxRobot robot, String id) {
        List<LabEvent> kinds = on(() -> {
            java.util.Map<EventKind, LabEvent> one = new java.util.EnumMap<>(EventKind.class);
            for (PaneModel pane : window.model().panes().panes()) {
                for (PaneLine line : pane.linesFrom(pane.firstIndex())) {
                    if (line.source() != null && line.source().kind() != EventKind.LOG) {
                        one.putIfAbsent(line.source().kind(), line.source());
                    }
                }
            }
            return List.copyOf(one.values());
        });
        assertThat(kinds).as(id + ": events beside the log lines").isNotEmpty();
        robot.clickOn("#view-code");
        List<String> english = new ArrayList<>();
        for (LabEvent e : kinds) {
            on(() -> {
                window.model().focusedEventProperty().set(e);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            String shown = label("#code-event");
            List<String> allowed = e.error() == null ? List.of() : List.of(e.error().toString());
            for (String s : EnglishSentences.in(shown, allowed)) {
                english.add(id + " code view, " + e.kind() + ": \"" + s + "\" in \"" + shown + "\"");
            }
        }
        robot.clickOn("#view-panes");
        return english;
    }

    /** The English sentences in every pane's lines and every label in sight, each said where it is. */
    private List<String> shownEnglish(String when) {
        List<String> english = new ArrayList<>();
        on(() -> {
            for (PaneModel pane : window.model().panes().panes()) {
                for (PaneLine line : pane.linesFrom(pane.firstIndex())) {
                    english(when + " pane " + pane.key(), line, english);
                }
            }
            walk(window.root(), n -> {
                if (n instanceof Labeled l && l.isVisible() && l.getText() != null) {
                    for (String s : EnglishSentences.in(l.getText(), QUOTED)) {
                        english.add(when + " label " + n.getId() + ": \"" + s + "\" in \"" + l.getText() + "\"");
                    }
                }
            });
            return null;
        });
        return english;
    }

    /**
     * A pane line's English sentences; a seed's own printed line is shown as printed, and an exception as Python says it.
     * (A log line is the seed's unless it is one of the lab's sentences: netlab.engine.event.LabSentences.)
     */
    private void english(String where, PaneLine line, List<String> out) {
        LabEvent e = line.source();
        if (e != null && e.kind() == EventKind.LOG && netlab.engine.event.LabSentences.of(e.text()).isEmpty()) {
            return; // a seed's printed line; the lab's own sentences (a relay's, say) are checked
        }
        if (e != null && e.kind() == EventKind.LOG) {
            labLines++;
        }
        List<String> allowed = new ArrayList<>();
        if (e != null && e.error() != null) {
            allowed.add(e.error().toString());
        }
        if (e != null && e.kind() == EventKind.ERROR) {
            allowed.add(e.logger() + ": " + e.text()); // logger.exception(...) of a seed: its line as printed
        }
        for (String s : EnglishSentences.in(line.text(), allowed)) {
            out.add(where + ": \"" + s + "\" in \"" + line.text() + "\"");
        }
    }

    private String label(String id) {
        return on(() -> ((Label) window.root().lookup(id)).getText());
    }
}
