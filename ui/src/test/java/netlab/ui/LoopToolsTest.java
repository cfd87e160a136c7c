package netlab.ui;

import netlab.ui.lab.LabOptions;
import netlab.ui.testing.LivePorts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import netlab.engine.lab.Lab;
import netlab.ui.testing.Fx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The lab window's loop tools: the gauge in the title bar, and the buttons that open the scheduler and the command window. */
@ExtendWith(ApplicationExtension.class)
class LoopToolsTest {
    private Lab lab;
    private LabWindow window;

    @Start
    void start(Stage stage) {
        lab = new Lab();
        window = LabWindow.create(LivePorts.of(lab), LabOptions.bare(Locale.ENGLISH));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.sizeToScene(); // the stage is shared by test classes: an earlier one may have sized it
        window.start();
        stage.show();
    }

    @AfterEach
    void stop() {
        Fx.run(() -> Window.getWindows().stream().filter(w -> w != window.root().getScene().getWindow()).toList()
                .forEach(Window::hide));
        Fx.run(window::close);
        lab.close();
    }

    @Test
    void theTitleBarHasTheGaugeAndOpensTheSchedulerAndTheCommandWindow(FxRobot robot) {
        assertThat(Fx.on(() -> window.root().lookup("#lag-gauge"))).isNotNull();
        assertThat(Fx.on(() -> ((Label) window.root().lookup("#lag-value")).getText())).endsWith("ms");

        robot.clickOn("#open-scheduler");
        Fx.await(() -> robot.lookup("#scheduler-status").tryQuery().isPresent(), "the scheduler window is open");
        Fx.await(() -> robot.lookup("#scheduler-status").queryAs(Label.class).getText().startsWith("Running"),
                "it shows the running loop");

        robot.clickOn("#open-command");
        Fx.await(() -> robot.lookup("#command-line").tryQuery().isPresent(), "the command window is open");
    }
}
