package netlab.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.stage.Stage;
import netlab.engine.lab.ServerEndpoint;
import netlab.ui.lab.LabOptions;
import netlab.ui.settings.Settings;
import netlab.ui.testing.Fx;
import netlab.ui.testing.TestPresets;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Run on "Any free port", the banner names the port the preset's server really got, not the seed's 10000. */
@ExtendWith(ApplicationExtension.class)
class PresetFreePortWindowTest {
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
    void theBannerShowsThePortTheServerListensOn(FxRobot robot) {
        assertThat(w.label("#preset-plan")).contains("127.0.0.1 port 10000");
        w.click(robot, "#preset-free-port");
        assertThat(w.label("#preset-plan")).contains("any free port").doesNotContain("10000");
        w.click(robot, "#preset-run");
        Fx.await(() -> w.label("#preset-status").equals("done"), "the run is done");
        int port = ((ServerEndpoint) w.lab.endpoint("server-1")).port();
        Fx.await(() -> w.label("#preset-plan").contains("127.0.0.1 port " + port), Fx.T, () -> "the plan names port " + port + ": " + w.label("#preset-plan"));
        assertThat(w.label("#preset-plan")).doesNotContain("10000");
    }
}
