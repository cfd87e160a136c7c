package netlab.ui.panes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.stage.Stage;
import netlab.engine.lab.ExperimentSpec;
import netlab.engine.preset.Preset;
import netlab.ui.controls.NodeNames;
import netlab.ui.lab.LabOptions;
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
 * The lab's own pane ("main": the loop's lag, tasks no endpoint owns) is no lesson's: run a
 * subprocess lesson or a program on the loop and every pane in sight has something to show, the
 * parent | child row first, with no empty "open" pane above it.
 */
@ExtendWith(ApplicationExtension.class)
class LabPaneWindowTest {
    private Window w;

    private static Preset program(String id) {
        return new Preset(id, "001", TestPresets.both(id, id), TestPresets.both(id, id), List.of(), List.of(), List.of(),
                List.of(ExperimentSpec.of(id)));
    }

    @Start
    void start(Stage stage) {
        w = Window.open(stage, new LabOptions(Locale.ENGLISH,
                List.of(program("subprocess-stream"), program("subprocess-protocol"), program("gather-factorial")),
                List.of(), Settings.inMemory()));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @Test
    void noEmptyLabPaneStandsAboveALesson(FxRobot robot) {
        for (String id : List.of("subprocess-stream", "subprocess-protocol", "gather-factorial")) {
            w.click(robot, "#preset-" + id);
            Fx.await(() -> w.label("#preset-title").equals(id), id + " is open");
            w.click(robot, "#preset-run");
            Fx.await(() -> w.label("#preset-status").equals("done"), id + " ran");
            Fx.await(() -> !Fx.on(() -> ShownPanes.of(w.root())).isEmpty(), id + " shows its panes");
            List<ShownPanes.Shown> shown = Fx.on(() -> ShownPanes.of(w.root()));
            List<String> titles = shown.stream().map(p -> p.title() + " [" + p.state() + "] " + p.text().length()).toList();
            assertThat(shown).as(id + ": panes in sight " + titles).allMatch(p -> !p.text().isBlank());
            List<String> neverShown = Fx.on(() -> w.window.model().panes().panes().stream()
                    .filter(p -> p.endIndex() == 0).map(p -> p.titleProperty().get()).toList());
            assertThat(neverShown)
                    .as(id + ": panes that never had a line").isEmpty();
            assertThat(Fx.on(this::overlapping)).as(id + ": panes laid over one another").isEmpty();
            w.click(robot, "#clear-panes");
        }
    }

    /** Pairs of panes in sight whose bounds overlap (a program's console left across the width when its child came beside it). */
    private List<String> overlapping() {
        List<javafx.scene.Node> panes = w.root().lookupAll(".pane").stream().filter(javafx.scene.Node::isVisible).toList();
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < panes.size(); i++) {
            for (int j = i + 1; j < panes.size(); j++) {
                javafx.geometry.Bounds a = panes.get(i).localToScene(panes.get(i).getLayoutBounds());
                javafx.geometry.Bounds b = panes.get(j).localToScene(panes.get(j).getLayoutBounds());
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > 1 && h > 1) {
                    out.add(NodeNames.nameOf(panes.get(i)) + " " + a + " over " + NodeNames.nameOf(panes.get(j)) + " " + b);
                }
            }
        }
        return out;
    }
}
