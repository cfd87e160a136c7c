package netlab.ui.testing;

import java.time.Duration;
import java.util.function.Predicate;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import netlab.engine.lab.Lab;
import netlab.ui.lab.LabOptions;
import netlab.ui.LabWindow;
import org.testfx.api.FxRobot;

/** A real lab in a real window, for tests that click: how it is made, read, and clicked. */
public final class Window {
    public final Lab lab = new Lab();
    public final LabWindow window;

    private Window(LabOptions options, Stage stage) {
        window = LabWindow.create(LivePorts.of(lab), options);
        stage.setScene(new Scene(window.root(), 1400, 900));
        window.start();
        stage.show();
    }

    /** FX thread (a test's {@code @Start}). */
    public static Window open(Stage stage, LabOptions options) {
        return new Window(options, stage);
    }

    public Parent root() {
        return window.root();
    }

    public void close() {
        Fx.run(window::close);
        lab.close();
    }

    public void click(FxRobot robot, String query) {
        Reveal.click(robot, root(), query);
    }

    public void type(FxRobot robot, String field, String text) {
        click(robot, field);
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A);
        robot.write(text);
    }

    public String label(String id) {
        return Fx.on(() -> {
            Node n = Reveal.find(root(), id);
            if (n == null) {
                throw new AssertionError("no " + id);
            }
            return ((Label) n).getText();
        });
    }

    public Node node(String id) {
        return Fx.on(() -> Reveal.find(root(), id));
    }

    /**
     * Waits for a pane as a person would find it: a pane out of sight is only a frame, or draws no
     * new lines, so while none matches the panes are brought into sight in turn (a few polls each,
     * for the layout pass that builds and draws them).
     */
    public ShownPanes.Shown awaitPane(String what, Predicate<ShownPanes.Shown> match) {
        int[] polls = {0};
        Fx.await(() -> {
            if (ShownPanes.find(root(), match).isPresent()) {
                return true;
            }
            java.util.List<netlab.ui.panes.PaneModel> panes = java.util.List.copyOf(window.model().panes().panes());
            if (!panes.isEmpty() && polls[0]++ % 5 == 4) {
                window.view().panes().reveal(panes.get((polls[0] / 5) % panes.size()).key());
            }
            return false;
        }, Duration.ofSeconds(15),
                () -> what + "; " + Fx.on(this::counts) + "; panes now:\n" + Fx.on(() -> ShownPanes.of(root())).stream()
                        .map(p -> "[" + p.title() + " | " + p.state() + "]\n" + p.text()).reduce("", (a, b) -> a + b + "\n"));
        return Fx.on(() -> ShownPanes.find(root(), match).orElseThrow());
    }

    /**
     * Scrolls the row of client {@code endpointId}'s pane into sight: a pane out of sight keeps its
     * frame and state but draws its new lines only once it is in sight again. FX thread.
     */
    public void revealClient(String endpointId) {
        window.model().panes().panes().stream()
                .filter(p -> p.endpointId() != null && p.endpointId().equals(endpointId) && p.kind() == netlab.ui.panes.PaneKind.CLIENT)
                .findFirst().ifPresent(p -> window.view().panes().reveal(p.key()));
    }

    /** What the counters say when a pane is missing: events seen and elided, rows kept and removed. FX thread. */
    private String counts() {
        var m = window.model();
        return "events seen " + m.status().seenProperty().get() + ", elided " + m.status().elidedProperty().get()
                + ", rows " + m.panes().rows().size() + ", rows removed " + m.panes().removedRowsProperty().get()
                + ", panes " + m.panes().panes().size();
    }
}
