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
            Node n = root().lookup(id);
            if (n == null) {
                throw new AssertionError("no " + id);
            }
            return ((Label) n).getText();
        });
    }

    public Node node(String id) {
        return Fx.on(() -> root().lookup(id));
    }

    public ShownPanes.Shown awaitPane(String what, Predicate<ShownPanes.Shown> match) {
        Fx.await(() -> ShownPanes.find(root(), match).isPresent(), Duration.ofSeconds(15),
                () -> what + "; " + Fx.on(this::counts) + "; panes now:\n" + Fx.on(() -> ShownPanes.of(root())).stream()
                        .map(p -> "[" + p.title() + " | " + p.state() + "]\n" + p.text()).reduce("", (a, b) -> a + b + "\n"));
        return Fx.on(() -> ShownPanes.find(root(), match).orElseThrow());
    }

    /** What the counters say when a pane is missing: events seen and elided, rows kept and removed. FX thread. */
    private String counts() {
        var m = window.model();
        return "events seen " + m.status().seenProperty().get() + ", elided " + m.status().elidedProperty().get()
                + ", rows " + m.panes().rows().size() + ", rows removed " + m.panes().removedRowsProperty().get()
                + ", panes " + m.panes().panes().size();
    }
}
