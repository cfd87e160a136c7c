package netlab.ui.splittest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import netlab.engine.splittest.CaseResult;
import netlab.engine.splittest.SplitServers;
import netlab.ui.lab.LabOptions;
import netlab.ui.replay.ReplayWindow;
import netlab.ui.settings.Settings;
import netlab.ui.testing.Fx;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * New ▸ Split test by clicks, against real python3 asyncio servers: the buggy one fills the grid
 * with failures, the shrunk split shows in the chunk map, and its recording opens in a replay
 * window; the correct one passes every case.
 */
@ExtendWith(ApplicationExtension.class)
class SplitTestWindowTest {
    private static final Duration LONG = Duration.ofSeconds(90);
    private Window w;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, new LabOptions(Locale.ENGLISH, List.of(), List.of(), Settings.inMemory()));
    }

    @AfterEach
    void stop() {
        Fx.run(() -> javafx.stage.Window.getWindows().stream().filter(x -> x instanceof Stage s && s.getScene() != null
                && s.getScene().getRoot().getProperties().get(ReplayWindow.class) != null).toList()
                .forEach(x -> ((Stage) x).close()));
        w.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseResult> grid() {
        return (TableView<CaseResult>) w.node("#splittest-grid");
    }

    /** New ▸ Split test: the menu of the bench's toolbar, its item chosen as a click on it would. */
    private void openFromTheNewMenu(FxRobot robot) {
        w.click(robot, "#side-bench");
        w.click(robot, "#bench-new");
        Fx.run(() -> {
            MenuButton menu = (MenuButton) w.node("#bench-new");
            menu.getItems().stream().filter(i -> "bench-new-splittest".equals(i.getId())).findFirst().orElseThrow().fire();
            menu.hide();
        });
        Fx.await(() -> Fx.on(() -> w.node("#splittest") != null && w.node("#splittest").isVisible()), "the split test view is shown");
    }

    private void runAgainst(FxRobot robot, int port, String cases) {
        w.type(robot, "#splittest-target", "127.0.0.1:" + port);
        w.type(robot, "#splittest-cases", cases);
        w.click(robot, "#splittest-start");
        Fx.await(() -> !w.label("#splittest-verdict").isEmpty(), LONG, () -> "a verdict; the grid has " + Fx.on(() -> grid().getItems().size()));
    }

    @Test
    void theReadEqualsMessageBugIsFoundShrunkShownAsAChunkMapAndReplayed(FxRobot robot) throws Exception {
        try (SplitServers.Running server = SplitServers.start("read")) {
            openFromTheNewMenu(robot);
            runAgainst(robot, server.port(), "12");
            assertThat(w.label("#splittest-verdict")).startsWith("FAIL: ").contains("smallest failing split: b'h' | b'ello");
            List<CaseResult> rows = Fx.on(() -> List.copyOf(grid().getItems()));
            assertThat(rows).hasSize(13);
            assertThat(rows.get(0).passed()).isTrue();
            assertThat(rows.get(1).outcome().tag()).isEqualTo("DIFF");
            // the shrunk case is looked at first
            assertThat(w.label("#splittest-chunks")).startsWith("#13 smallest failing split of case 2: b'h' | b'ello");
            // a click on a row shows that case's chunk map
            Fx.run(() -> grid().scrollTo(0));
            Fx.await(() -> Fx.on(() -> secondRow() != null), "the second row is on screen");
            robot.clickOn(Fx.on(this::secondRow));
            Fx.await(() -> w.label("#splittest-chunks").startsWith("#2 one byte at a time: b'h' | b'e' | b'l'"), "the clicked case's chunk map");
            assertThat(w.label("#splittest-chunks")).contains("DIFF: differs at byte ");
            // the verdict may come before the recording of the failure is saved: the button is enabled then
            Fx.await(() -> Fx.on(() -> !w.node("#splittest-open-replay").isDisabled()), "the failure's recording is saved");
            w.click(robot, "#splittest-open-replay");
            Fx.await(() -> replayWindow() != null, "the replay window opened");
            ReplayWindow replay = replayWindow();
            Fx.await(() -> replay.player().size() > 0, "the recording has events");
            assertThat(Fx.on(() -> ((javafx.scene.control.Label) replay.root().lookup("#replay-title")).getText()))
                    .startsWith("Replay of netlab-splittest-").endsWith(".netlab.jsonl");
        }
    }

    @Test
    void aCorrectReadlineServerPassesEveryCase(FxRobot robot) throws Exception {
        try (SplitServers.Running server = SplitServers.start("readline")) {
            openFromTheNewMenu(robot);
            runAgainst(robot, server.port(), "10");
            assertThat(w.label("#splittest-verdict")).startsWith("PASS: 127.0.0.1:" + server.port() + " survived all 10 cases");
            assertThat(Fx.on(() -> List.copyOf(grid().getItems()))).hasSize(10).allMatch(CaseResult::passed);
            assertThat(Fx.on(() -> w.node("#splittest-open-replay").isDisabled())).isTrue();
        }
    }

    @Test
    void aMalformedConversationLineIsSaidWithItsLineAndColumn(FxRobot robot) {
        openFromTheNewMenu(robot);
        Fx.run(() -> ((javafx.scene.control.TextArea) w.node("#splittest-conversation")).setText("ok\\n => OK\\n\nbad\\q => x\n"));
        w.click(robot, "#splittest-start");
        Fx.await(() -> w.label("#splittest-message").equals("the conversation:2:4: the request (escaped): unknown escape \\q"),
                "the message names the line and column");
        assertThat(Fx.on(() -> grid().getItems())).isEmpty();
    }

    private javafx.scene.Node secondRow() {
        return grid().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == 1 && r.getItem() != null)
                .findFirst().orElse(null);
    }

    private static ReplayWindow replayWindow() {
        return Fx.on(() -> javafx.stage.Window.getWindows().stream().filter(x -> x.getScene() != null)
                .map(x -> x.getScene().getRoot().getProperties().get(ReplayWindow.class)).filter(o -> o != null)
                .map(o -> (ReplayWindow) o).findFirst().orElse(null));
    }
}
