package netlab.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.stage.Stage;
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

/**
 * On a projector's 768 lines the banner's summary, plan and "What to look at" leave the panes a
 * strip: folded, the banner keeps its title, Run and the step buttons, and the views get the room;
 * the fold is remembered.
 */
@ExtendWith(ApplicationExtension.class)
class BannerFoldWindowTest {
    private final Settings settings = Settings.inMemory();
    private Window w;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, new LabOptions(Locale.ENGLISH, List.of(TestPresets.streamEcho(1)), List.of(), settings));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    private double viewsHeight() {
        return Fx.on(() -> w.root().lookup("#center-content").getLayoutBounds().getHeight());
    }

    private boolean shown(String id) {
        return Fx.on(() -> w.root().lookup(id) != null && w.root().lookup(id).isVisible());
    }

    @Test
    void foldedTheBannerKeepsRunAndTheStepsAndGivesTheViewsItsRoom(FxRobot robot) {
        Fx.await(() -> viewsHeight() > 0, "the views are laid out");
        double unfolded = viewsHeight();
        assertThat(shown("#preset-summary")).isTrue();

        w.click(robot, "#preset-fold");
        Fx.await(() -> !shown("#preset-summary"), "the summary folds away");
        assertThat(shown("#preset-plan")).as("the plan").isFalse();
        assertThat(shown("#preset-explain")).as("what to look at").isFalse();
        assertThat(shown("#preset-run")).as("Run").isTrue();
        assertThat(shown("#step-mode")).as("step through").isTrue();
        Fx.await(() -> viewsHeight() > unfolded + 40, "the views get the banner's room");
        assertThat(settings.getBoolean("presets-banner-folded", false)).as("remembered").isTrue();

        // a folded banner still runs the preset
        w.click(robot, "#preset-free-port");
        w.click(robot, "#preset-run");
        Fx.await(() -> w.label("#preset-status").equals("done"), "the run is done");

        w.click(robot, "#preset-fold");
        Fx.await(() -> shown("#preset-summary") && shown("#preset-plan"), "unfolded, the banner explains again");
        assertThat(settings.getBoolean("presets-banner-folded", true)).isFalse();
    }
}
