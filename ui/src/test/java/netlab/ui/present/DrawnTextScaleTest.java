package netlab.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import netlab.ui.controls.TextScale;
import netlab.ui.lab.LabOptions;
import netlab.ui.settings.Settings;
import netlab.ui.testing.Fx;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the canvases draw (chunk labels, the timeline's rulers) follows the window's type: where a
 * canvas sits in the real window, its text scale is 1 normally and grows with presentation.
 */
@ExtendWith(ApplicationExtension.class)
class DrawnTextScaleTest {
    private Window w;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, new LabOptions(Locale.ENGLISH, List.of(), List.of(), Settings.inMemory()));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @Test
    void drawnTextGrowsWithPresentationAndShrinksBack() {
        TextScale[] scales = new TextScale[2];
        Fx.run(() -> {
            w.window.view().showView("chunks");
            w.window.view().showView("timeline");
            // where the canvases are: the centre's views, under the window's style sheet
            Pane host = new Pane();
            ((Pane) w.root().lookup("#center-content")).getChildren().add(host);
            scales[0] = new TextScale(host);
        });
        Fx.await(() -> scales[0].get() == 1.0, "normal size: " + scales[0].get());
        Fx.run(() -> w.window.model().presentationProperty().set(true));
        Fx.await(() -> scales[0].get() > 1.3, "presentation: " + scales[0].get());
        Fx.run(() -> w.window.model().presentationProperty().set(false));
        Fx.await(() -> scales[0].get() == 1.0, "back to normal: " + scales[0].get());
    }
}
