package netlab.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import netlab.ui.lab.LabOptions;
import netlab.ui.lab.LabView;
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

/** A preset, from the library to a finished run, by clicks; then stepped through event by event. */
@ExtendWith(ApplicationExtension.class)
class PresetRunWindowTest {
    private Window w;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, new LabOptions(Locale.ENGLISH, List.of(TestPresets.slowParts(), TestPresets.streamEcho(3)),
                List.of(TestPresets.streamEchoCode()), Settings.inMemory()));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @Test
    void theFirstStartShowsStreamEchoReadyAndOneClickRunsIt(FxRobot robot) throws Exception {
        // stream-echo opens first, whatever the library's order, ready to run
        assertThat(w.label("#preset-title")).isEqualTo("Stream echo: sent in parts, received in chunks");
        assertThat(w.label("#preset-status")).isEqualTo("ready to run");
        assertThat(w.label("#preset-plan")).contains("server “server”: echo on 127.0.0.1 port 10000", "runs 3×");
        assertThat(Fx.on(() -> w.root().lookup("#library").isVisible())).isTrue();

        w.click(robot, "#preset-free-port");
        w.click(robot, "#preset-run");
        Fx.await(() -> w.label("#preset-status").equals("done"), "the run is done");
        assertThat(Fx.on(() -> w.window.model().presets().progressProperty().get())).isEqualTo(1.0);
        assertThat(w.label("#preset-message")).startsWith("Its server still listens");

        for (int c = 1; c <= 3; c++) {
            String id = "client-" + c;
            String title = "echo_client · " + id;
            // the client runs on a loop of its own: its last lines can follow its connection's close;
            // and the panes follow the newest row, so the first run's may be out of sight: bring it in
            org.awaitility.Awaitility.await(title + " logged its closing").atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> {
                        Fx.run(() -> w.revealClient(id));
                        return w.awaitPane(title + " closed", p -> p.title().equals(title) && p.state().equals("closed"))
                                .lines().contains("echo_client: closing");
                    });
            ShownPanes.Shown client = w.awaitPane(title + " closed", p -> p.title().equals(title) && p.state().equals("closed"));
            assertThat(client.lines()).contains("echo_client: sending b'This is the message. '",
                    "echo_client: sending b'It will be sent '", "echo_client: sending b'in parts.'",
                    "echo_client: waiting for response", "echo_client: closing");
            assertThat(ShownPanes.literals(client, "echo_client: received ")).isEqualTo("This is the message. It will be sent in parts.");
        }
        // the bench tree holds the run: one server with its three connections, three clients
        Fx.run(() -> w.window.view().showSide(LabView.Side.BENCH));
        Fx.await(() -> w.window.model().bench().endpoint("server-1") != null
                && w.window.model().bench().endpoint("server-1").children().size() == 3, "three connections under server-1");
        assertThat(Fx.on(() -> w.window.model().bench().endpoint("client-3").stateKeyProperty().get())).isEqualTo("endpoint.state.finished");

        // Stop stops what the run left: its server
        w.click(robot, "#preset-stop");
        w.lab.endpoint("server-1").finished().get(Fx.T); // the preset's server stopped
        assertThat(w.label("#preset-status")).isEqualTo("stopped");
    }

    @Test
    void anotherPresetOpensFromTheLibraryAndItsExplanationFollowsTheLanguage(FxRobot robot) {
        w.click(robot, "#preset-slow-parts");
        Fx.await(() -> w.label("#preset-title").equals("Parts with a pause"), "the other preset is open");
        w.click(robot, "#preset-stream-echo");
        Fx.await(() -> w.label("#preset-title").startsWith("Stream echo"), "back to stream-echo");
        assertThat(Fx.on(() -> w.window.model().settings().recentPresets())).startsWith("stream-echo", "slow-parts");
        w.click(robot, "#preset-explain");
        assertThat(Fx.on(() -> ((TitledPane) w.root().lookup("#preset-explain")).isExpanded())).isTrue();
        Fx.run(() -> w.window.model().i18n().localeProperty().set(Locale.SIMPLIFIED_CHINESE));
        assertThat(w.label("#preset-title")).isEqualTo("流式回显：分段发送，按块接收");
        assertThat(Fx.on(() -> ShownPanes.labels(w.root().lookup("#preset-explanation")))).containsExactly("TCP 是字节流。", "客户端半关闭。");
        assertThat(w.label("#preset-status")).isEqualTo("可以运行");
    }

    @Test
    void steppingHoldsTheRunAndNextShowsItOneEventAtATime(FxRobot robot) {
        w.click(robot, "#preset-free-port");
        w.click(robot, "#step-mode");
        w.click(robot, "#preset-run");
        Fx.await(() -> w.window.model().presets().statusProperty().get() == RunStatus.DONE, "the run is done in the engine");
        // the banner says done only once nothing is held
        Fx.await(() -> w.label("#preset-status").matches("ran; \\d+ events still held"), "the banner says what is held");
        // the window holds what the engine reported: no pane shows it yet
        assertThat(Fx.on(() -> w.window.model().stepGate().heldProperty().get())).isPositive();
        assertThat(Fx.on(() -> ShownPanes.of(w.root()))).isEmpty();
        assertThat(w.label("#step-held")).matches("\\d+ held");

        List<String> steps = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int before = Fx.on(() -> w.window.model().stepGate().heldProperty().get());
            w.click(robot, "#step-next");
            Fx.await(() -> w.window.model().stepGate().heldProperty().get() < before, "Next showed something");
            steps.add(Fx.on(() -> w.window.model().focusedEventProperty().get().toLogLine()));
        }
        // the server starts first: its bind, its first log line; then the first client begins
        assertThat(steps.get(0)).startsWith("server-1: listening on 127.0.0.1:");
        assertThat(steps.get(1)).startsWith("main: starting up on 127.0.0.1 port");
        String port = steps.get(1).replaceAll(".*port ", "");
        assertThat(steps).contains("echo_client: connecting to 127.0.0.1 port " + port);
        // Page Down steps too, in presentation
        w.click(robot, "#presentation-toggle");
        assertThat(Fx.on(() -> w.root().getStyleClass())).contains("presentation");
        assertThat(Fx.on(() -> ((javafx.scene.control.SplitPane) w.root().lookup("#lab-split")).getItems().size()))
                .as("the side bar gives the experiment the screen").isEqualTo(1);
        int before = Fx.on(() -> w.window.model().stepGate().heldProperty().get());
        robot.push(KeyCode.PAGE_DOWN);
        Fx.await(() -> w.window.model().stepGate().heldProperty().get() < before, "Page Down showed the next event");
        w.click(robot, "#presentation-toggle");
        assertThat(Fx.on(() -> ((javafx.scene.control.SplitPane) w.root().lookup("#lab-split")).getItems().size())).isEqualTo(2);

        // what was stepped through is in the panes already
        w.awaitPane("the server's pane shows its first lines", p -> p.title().equals("main · server-1")
                && p.lines().contains("main: starting up on 127.0.0.1 port " + port));

        // stepping off: everything held is shown at once
        w.click(robot, "#step-mode");
        Fx.await(() -> w.window.model().stepGate().heldProperty().get() == 0, "nothing held");
        w.awaitPane("the last client closed", p -> p.title().equals("echo_client · client-3") && p.state().equals("closed"));
    }

    @Test
    void aLineClickedInAPaneLightsTheCodeThatPrintedIt(FxRobot robot) {
        w.click(robot, "#preset-free-port");
        w.click(robot, "#preset-run");
        // the client's program runs on a loop of its own: its last lines can follow its connection's
        // close, and each new line scrolls the pane (it follows the newest): wait for the last one
        ShownPanes.Shown client = w.awaitPane("client-3 over", p -> p.title().equals("echo_client · client-3") && p.state().equals("closed")
                && p.text().contains("client-3: finished") && p.text().contains("connection_lost(None)"));
        String wanted = "echo_client: sending b'in parts.'";
        // the pane may have scrolled the line away; bring it into view, then click it (again, should
        // a late layout pass have moved it under the pointer: the assertion is on what the click picked)
        org.awaitility.Awaitility.await("a click on the line picks its event").atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(300)).until(() -> {
                    Fx.run(() -> {
                        int at = client.area().getText().indexOf(wanted);
                        client.area().showParagraphInViewport(client.area().offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
                    });
                    Fx.await(() -> {
                        int at = client.area().getText().indexOf(wanted);
                        return client.area().getCharacterBoundsOnScreen(at + 3, at + 4).isPresent();
                    }, "the line is in view");
                    javafx.geometry.Bounds line = Fx.on(() -> {
                        int at = client.area().getText().indexOf(wanted);
                        return client.area().getCharacterBoundsOnScreen(at + 3, at + 4).orElseThrow();
                    });
                    robot.clickOn(new javafx.geometry.Point2D(line.getCenterX(), line.getCenterY()));
                    return Fx.on(() -> {
                        netlab.engine.event.LabEvent picked = w.window.model().focusedEventProperty().get();
                        return picked != null && picked.toLogLine().equals(wanted);
                    });
                });
        w.click(robot, "#view-code");
        var code = Fx.on(() -> w.window.view().code());
        Fx.await(() -> code.markedPythonLine() == 5, "the Python line that logs it is lit");
        assertThat(Fx.on(code::markedJavaLine)).isEqualTo(4);
        assertThat(Fx.on(code::shownPythonFile)).isEqualTo("client.py");
        assertThat(Fx.on(code::shownJavaFile)).isEqualTo("StreamEchoClient.java");
        // an event no line of the code makes says so
        Fx.run(() -> w.window.model().focusedEventProperty().set(new netlab.engine.event.LabEvent(1, 1, netlab.engine.event.EventStream.LAB_ORIGIN,
                netlab.engine.event.EventKind.LOG, "main", "closing event loop", null, -1, 0, null)));
        assertThat(w.label("#code-where")).startsWith("No line of this code makes this event by itself");
    }

    @Test
    void theKeysRunStepSwitchViewsAndSearch(FxRobot robot) {
        w.click(robot, "#preset-free-port");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        assertThat(Fx.on(() -> w.window.model().stepGate().steppingProperty().get())).as("Ctrl+Shift+S steps").isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.R);
        Fx.await(() -> w.window.model().presets().statusProperty().get() == RunStatus.DONE, "Ctrl+R ran the preset");
        int held = Fx.on(() -> w.window.model().stepGate().heldProperty().get());
        robot.push(KeyCode.F10);
        Fx.await(() -> w.window.model().stepGate().heldProperty().get() < held, "F10 showed the next event");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        Fx.await(() -> w.window.model().stepGate().heldProperty().get() == 0, "stepping off shows the rest");

        for (var view : new Object[][] {{KeyCode.F7, "chunks"}, {KeyCode.F8, "timeline"}, {KeyCode.F9, "code"}, {KeyCode.F6, "panes"}}) {
            robot.push((KeyCode) view[0]);
            assertThat(Fx.on(() -> w.window.view().currentView())).isEqualTo(view[1]);
        }
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(Fx.on(() -> w.root().lookup("#bench-tree").isVisible() && w.root().lookup("#bench-tree").getScene() != null)).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.F);
        Fx.await(() -> w.root().lookup(".pane-search") != null && w.root().lookupAll(".pane-search").stream().anyMatch(n -> n.isVisible()),
                "Ctrl+F opened a pane's search");
        robot.write("closing");
        Fx.await(() -> w.root().lookupAll(".label").stream().anyMatch(n -> netlab.ui.controls.NodeNames.nameOf(n) != null && netlab.ui.controls.NodeNames.nameOf(n).startsWith("pane-search-count-")
                && ((javafx.scene.control.Label) n).getText().matches("1 of \\d+")), "it found the client's last line");
    }
}
