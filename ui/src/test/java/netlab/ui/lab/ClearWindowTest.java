package netlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import netlab.ui.library.RunStatus;
import netlab.ui.panes.ConversationRow;
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
 * Clear (Ctrl+L) clears everything a run left on screen: the panes (a server still listening keeps
 * an empty pane), "N older rows removed", the event counter, the timeline's lanes, the chunk map's
 * conversation chosen by hand; another preset opened clears the timeline's lanes too.
 */
@ExtendWith(ApplicationExtension.class)
class ClearWindowTest {
    private Window w;

    @Start
    void start(Stage stage) {
        // 25 client runs: more rows than the panes keep (24), so some are removed and counted
        w = Window.open(stage, new LabOptions(Locale.ENGLISH, List.of(TestPresets.streamEcho(25), TestPresets.slowParts()),
                List.of(), Settings.inMemory()));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    /** Runs the open preset and waits until {@code lastClient} is over and the window has every event. */
    private void runToTheEnd(FxRobot robot, String lastClient) {
        long published = w.lab.events().published();
        long seen = Fx.on(() -> w.window.model().status().seenProperty().get());
        w.click(robot, "#preset-run");
        Fx.await(() -> w.window.model().presets().statusProperty().get() == RunStatus.DONE
                && w.window.model().panes().panes().stream().anyMatch(p -> p.key().equals(lastClient) && p.isOver()), "the run is done");
        Fx.await(() -> w.window.model().status().seenProperty().get() - seen == w.lab.events().published() - published
                && w.window.model().panes().panes().stream().filter(p -> p.key().contains("/")).allMatch(netlab.ui.panes.PaneModel::isOver),
                "every event is in");
    }

    @Test
    void clearLeavesNoCounterNoRemovedRowsNoStalePaneNoLaneAndNoChosenConversation(FxRobot robot) {
        w.click(robot, "#preset-free-port");
        runToTheEnd(robot, "client-25");
        assertThat(w.label("#panes-removed")).matches("\\d+ older rows removed.*");
        assertThat(w.label("#status-seen")).isNotEqualTo("Events: 0");
        assertThat(Fx.on(() -> w.window.model().timeline().lanes().size())).isGreaterThan(3);

        // an old conversation chosen by hand in the chunk map
        robot.push(KeyCode.F7);
        @SuppressWarnings("unchecked")
        ComboBox<ConversationRow> choice = (ComboBox<ConversationRow>) w.node("#chunkmap-choice");
        Fx.run(() -> choice.getSelectionModel().select(0));
        assertThat(Fx.on(() -> w.window.model().chunkMap().followingProperty().get())).isFalse();
        ConversationRow chosen = Fx.on(() -> w.window.model().chunkMap().shown());

        robot.push(KeyCode.CONTROL, KeyCode.L);
        Fx.await(() -> w.label("#status-seen").equals("Events: 0"), "the event counter starts over");
        assertThat(Fx.on(() -> w.window.model().timeline().lanes().size())).isZero();
        assertThat(Fx.on(() -> w.window.model().chunkMap().followingProperty().get())).isTrue();
        assertThat(Fx.on(() -> w.window.model().chunkMap().shown())).isNull();
        assertThat(Fx.on(() -> choice.getValue())).isNull();
        // only the server that still listens keeps a pane (empty); the preset's "main" pane, open forever, is gone
        robot.push(KeyCode.F6);
        assertThat(w.label("#panes-removed")).isEmpty();
        assertThat(Fx.on(() -> w.window.model().panes().rows().stream()
                .flatMap(r -> java.util.stream.Stream.of(r.client(), r.server())).filter(java.util.Objects::nonNull)
                .map(p -> p.titleProperty().get() + " | " + p.stateProperty().get() + " | " + p.text().size()).toList()))
                .containsExactly("main · server-1 | LISTENING | 0");
        assertThat(Fx.on(() -> ShownPanes.of(w.root())).stream().map(ShownPanes.Shown::state)).doesNotContain("open");

        // the next run starts from nothing: its conversations, the newest followed
        runToTheEnd(robot, "client-50");
        Fx.await(() -> w.window.model().chunkMap().shown() != null && w.window.model().chunkMap().shown() != chosen
                && w.window.model().chunkMap().shown().client() != null
                && w.window.model().chunkMap().shown().client().titleProperty().get().equals("echo_client · client-50"),
                "the chunk map follows the newest conversation");
    }

    @Test
    void anotherPresetOpenedLeavesNoLaneOfTheLastOne(FxRobot robot) {
        w.click(robot, "#preset-free-port");
        runToTheEnd(robot, "client-25");
        assertThat(Fx.on(() -> w.window.model().timeline().lanes().size())).isGreaterThan(3);
        w.click(robot, "#preset-slow-parts");
        Fx.await(() -> w.label("#preset-title").equals("Parts with a pause"), "the other preset is open");
        assertThat(Fx.on(() -> w.window.model().timeline().lanes().size())).isZero();
    }
}
