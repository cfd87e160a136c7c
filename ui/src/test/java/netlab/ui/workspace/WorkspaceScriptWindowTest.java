package netlab.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.net.HostPort;
import netlab.engine.rules.RulesFile;
import netlab.engine.script.ScriptFile;
import netlab.engine.workspace.Workspace;
import netlab.engine.workspace.WorkspaceFile;
import netlab.ui.lab.LabOptions;
import netlab.ui.script.ScriptModel;
import netlab.ui.testing.Fx;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Script tab's script goes into the window's workspace, with the target typed, and comes back
 * into the Script tab of a new window that opens it, ready to run (and it runs).
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceScriptWindowTest {
    private Window first;
    private Window second;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        first = Window.open(stage, LabOptions.bare(Locale.ENGLISH));
    }

    @AfterEach
    void stop() {
        first.close();
        if (second != null) {
            second.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> keys(Window w) {
        return Fx.on(() -> ((ListView<ScriptModel.Row>) w.node("#script-steps")).getItems().stream().map(ScriptModel.Row::key).toList());
    }

    @Test
    void theScriptTabsScriptIsSavedWithTheWorkspaceAndIsBackInANewWindow(FxRobot robot) throws Exception {
        ServerEndpoint server = (ServerEndpoint) first.lab.startServer(ServerSpec.builder().port(0)
                .rules(RulesFile.read(Path.of("../examples/ping-pong.rules.json"))).build()).get(Duration.ofSeconds(30));
        first.click(robot, "#view-script");
        first.type(robot, "#script-path", Path.of("../examples/ping-pong.script.json").toAbsolutePath().toString());
        robot.type(KeyCode.ENTER);
        Fx.await(() -> keys(first).size() == 7, "the script is listed");
        String target = "127.0.0.1:" + server.port();
        first.type(robot, "#script-target", target);

        Path file = dir.resolve("scripted" + WorkspaceFile.SUFFIX);
        WorkspaceModel saving = first.window.model().workspace();
        Fx.on(() -> saving.save(file)).get(30, TimeUnit.SECONDS); // on the FX thread, as the menu saves
        Fx.await(() -> saving.doneProperty().get() != null, "the save is said");
        assertThat(Fx.on(() -> saving.doneProperty().get())).isEqualTo("saved " + file.getFileName() + ": 1 server(s), 0 relay(s), 0 client(s), 1 script(s)");
        Workspace saved = WorkspaceFile.read(file);
        // the script as read, with the target typed in the tab instead of the file's 127.0.0.1:10000
        assertThat(saved.scripts()).containsExactly(ScriptFile.read(Path.of("../examples/ping-pong.script.json"))
                .withTarget(new HostPort("127.0.0.1", server.port())));

        Fx.run(() -> second = Window.open(new Stage(), LabOptions.bare(Locale.ENGLISH)));
        Fx.await(() -> second != null, "the second window is up");
        // the Script tab has not been opened in the new window yet: the script waits for it
        second.window.model().workspace().open(file).get(30, TimeUnit.SECONDS);
        second.click(robot, "#view-script");
        Fx.await(() -> keys(second).size() == 7, "the script is back in the Script tab");
        assertThat(keys(second)).containsExactly("1", "2", "3", "4", "4.1", "4.2", "5");
        assertThat(Fx.on(() -> ((TextField) second.node("#script-target")).getText())).isEqualTo(target);
        assertThat(Fx.on(() -> ((TextField) second.node("#script-path")).getText())).isEqualTo(file.getFileName().toString());
        // ready to run, and it runs: the first window's server answers it
        second.click(robot, "#script-run");
        Fx.await(() -> "all 8 steps passed".equals(second.label("#script-outcome")), "the restored script passes");

        // saved again from the new window, it is the same script
        Path again = dir.resolve("again" + WorkspaceFile.SUFFIX);
        Fx.on(() -> second.window.model().workspace().save(again)).get(30, TimeUnit.SECONDS);
        assertThat(WorkspaceFile.read(again).scripts()).isEqualTo(saved.scripts());
    }
}
