package netlab.ui.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.rules.RulesFile;
import netlab.engine.script.ScriptListener;
import netlab.ui.lab.LabOptions;
import netlab.ui.testing.Fx;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Script tab by clicks: the example script run against a rules server of the bench, each step lit; a failing one lit red. */
@ExtendWith(ApplicationExtension.class)
class ScriptWindowTest {
    private Window w;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, LabOptions.bare(Locale.ENGLISH));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @SuppressWarnings("unchecked")
    private List<ScriptModel.Row> rows() {
        return Fx.on(() -> List.copyOf(((ListView<ScriptModel.Row>) w.node("#script-steps")).getItems()));
    }

    private void load(FxRobot robot, Path file) {
        w.type(robot, "#script-path", file.toAbsolutePath().toString());
        robot.type(KeyCode.ENTER);
    }

    @Test
    void theExampleScriptPassesStepByStepAndAChangedOneFailsAtItsExpect(FxRobot robot) throws Exception {
        ServerEndpoint server = (ServerEndpoint) w.lab.startServer(ServerSpec.builder().port(0)
                .rules(RulesFile.read(Path.of("../examples/ping-pong.rules.json"))).build()).get(Duration.ofSeconds(30));
        w.click(robot, "#view-script");
        load(robot, Path.of("../examples/ping-pong.script.json"));
        Fx.await(() -> rows().size() == 7, "the steps are listed, a repeat's under it");
        assertThat(rows().stream().map(ScriptModel.Row::key).toList()).containsExactly("1", "2", "3", "4", "4.1", "4.2", "5");
        w.type(robot, "#script-target", "127.0.0.1:" + server.port());
        w.click(robot, "#script-run");
        Fx.await(() -> "all 8 steps passed".equals(w.label("#script-outcome")), "the run passes");
        assertThat(rows()).allSatisfy(r -> assertThat(Fx.on(() -> r.statusProperty().get())).isEqualTo(ScriptListener.Status.PASSED));
        assertThat(Fx.on(() -> rows().get(5).detailProperty().get())).isEqualTo("round 2");

        Path changed = dir.resolve("changed.json");
        Files.writeString(changed, Files.readString(Path.of("../examples/ping-pong.script.json"))
                .replace("PING 7", "PING 9").replace("\"timeout_ms\": 5000", "\"timeout_ms\": 1000"));
        load(robot, changed);
        Fx.await(() -> rows().size() == 7 && Fx.on(() -> rows().get(0).statusProperty().get()) == null, "the changed script is listed");
        w.type(robot, "#script-target", "127.0.0.1:" + server.port());
        w.click(robot, "#script-run");
        Fx.await(() -> w.label("#script-outcome") != null && w.label("#script-outcome").startsWith("step 4.1.2"), "the run fails");
        assertThat(w.label("#script-outcome")).isEqualTo("step 4.1.2 (expect equals 'PONG 7\\n' within 1000 ms) failed: nothing matched"
                + " within 1000 ms; arrived instead: b'PONG 9\\n'");
        assertThat(Fx.on(() -> rows().get(4).statusProperty().get())).as("4.1, the send").isEqualTo(ScriptListener.Status.PASSED);
        assertThat(Fx.on(() -> rows().get(5).statusProperty().get())).as("4.2, the expect").isEqualTo(ScriptListener.Status.FAILED);
        assertThat(Fx.on(() -> rows().get(3).statusProperty().get())).isEqualTo(ScriptListener.Status.FAILED);
        assertThat(Fx.on(() -> rows().get(6).statusProperty().get())).as("the close after it never ran").isNull();
    }
}
