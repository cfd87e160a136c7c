package netlab.ui.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.load.LoadResult;
import netlab.ui.lab.LabOptions;
import netlab.ui.settings.Settings;
import netlab.ui.testing.Fx;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The load panel by clicks, against a real server of the bench: a run ends in a checked result. */
@ExtendWith(ApplicationExtension.class)
class LoadPanelWindowTest {
    private Window w;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, new LabOptions(Locale.ENGLISH, List.of(), List.of(), Settings.inMemory()));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<LoadResult> results() {
        return (TableView<LoadResult>) w.node("#load-results");
    }

    @Test
    void aLoadRunAgainstABenchServerEndsInAResultWithEveryEchoChecked(FxRobot robot) throws Exception {
        ServerEndpoint server = w.lab.startServer(ServerSpec.builder().port(0).behavior(ServerBehavior.ECHO_PROTOCOL).build())
                .get(Duration.ofSeconds(10));
        w.click(robot, "#view-load");
        w.click(robot, "#load-refresh");
        Fx.await(() -> Fx.on(() -> !((javafx.scene.control.ComboBox<?>) w.node("#load-target")).getItems().isEmpty()),
                "the bench's server is offered as a target");
        w.type(robot, "#load-connections", "8");
        w.type(robot, "#load-size", "512");
        w.type(robot, "#load-duration", "1");
        w.type(robot, "#load-warmup", "0");
        w.click(robot, "#load-start");
        Fx.await(() -> Fx.on(() -> results().getItems().size()) == 1, Duration.ofSeconds(20), () -> "a result after the run");
        LoadResult r = Fx.on(() -> results().getItems().get(0));
        assertThat(r.spec().target().port()).isEqualTo(server.port());
        assertThat(r.spec().connections()).isEqualTo(8);
        assertThat(r.requests()).isPositive();
        assertThat(r.mismatches()).isZero();
        assertThat(r.bytes()).isEqualTo(r.requests() * 512);
        assertThat(Fx.on(() -> w.node("#load-start").isDisabled())).isFalse();
        // the live chart had samples while it ran (two a second)
        assertThat(Fx.on(() -> ((javafx.scene.chart.LineChart<?, ?>) w.node("#load-chart-rps")).getData().get(0).getData().size()))
                .isPositive();
    }

    @Test
    void aWrongValueIsSaidAndNothingStarts(FxRobot robot) {
        w.click(robot, "#view-load");
        w.click(robot, "#load-use-address");
        w.type(robot, "#load-port", "99999");
        w.click(robot, "#load-start");
        Fx.await(() -> w.label("#load-message").contains("port must be 1..65535"), "the message says what is wrong");
        assertThat(Fx.on(() -> results().getItems())).isEmpty();
        assertThat(Fx.on(() -> w.node("#load-start").isDisabled())).isFalse();
    }
}
