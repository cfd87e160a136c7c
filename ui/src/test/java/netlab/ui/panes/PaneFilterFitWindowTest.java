package netlab.ui.panes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import netlab.ui.controls.NodeNames;
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
 * The filter row open on both panes of a conversation in a 1024×768 window, in English and Chinese:
 * no word of it cut short, nothing past the pane's right edge, and room left to type in.
 */
@ExtendWith(ApplicationExtension.class)
class PaneFilterFitWindowTest {
    private Window w;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // a stage of its own: Monocle keeps a shrunk stage's pixel buffer, and the next test class grows the shared one
        stage = new Stage();
        w = Window.open(stage, new LabOptions(Locale.ENGLISH, List.of(TestPresets.streamEcho(1)), List.of(), Settings.inMemory()));
    }

    @AfterEach
    void stop() {
        w.close();
        Fx.run(() -> stage.close());
    }

    @Test
    void theFilterRowFitsItsPaneAt1024x768(FxRobot robot) {
        Fx.run(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        w.click(robot, "#preset-free-port");
        w.click(robot, "#preset-run");
        w.awaitPane("the client finished", p -> p.title().equals("echo_client · client-1") && p.lines().contains("● client-1: finished"));
        String serverPane = Fx.on(() -> w.window.model().panes().panes().stream()
                .filter(p -> p.kind() == PaneKind.SERVER_CONNECTION).findFirst().orElseThrow().key());
        java.util.Map<String, Double> widths = new java.util.HashMap<>();
        for (String key : List.of("client-1", serverPane)) {
            widths.put(key, Fx.on(() -> NodeNames.find(w.root(), "#pane-" + key).getLayoutBounds().getWidth()));
            Fx.run(() -> w.window.view().panes().paneView(key).openFilter());
            // a hidden count in the header too
            Fx.run(() -> w.window.view().panes().paneView(key).model().filter().directionProperty().set(LineDirection.IN));
        }
        List<String> problems = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Fx.run(() -> w.window.model().i18n().localeProperty().set(locale));
            for (String key : List.of("client-1", serverPane)) {
                Fx.await(() -> NodeNames.find(w.root(), "#pane-filter-hidden-" + key).isVisible(), "the hidden count shows");
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                problems.addAll(Fx.on(() -> fit(key, locale)));
                double now = Fx.on(() -> NodeNames.find(w.root(), "#pane-" + key).getLayoutBounds().getWidth());
                if (now > widths.get(key) + 1) {
                    problems.add(locale + " " + key + ": the open filter widens the pane from " + widths.get(key) + " to " + now);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private List<String> fit(String key, Locale locale) {
        List<String> out = new ArrayList<>();
        Node pane = NodeNames.find(w.root(), "#pane-" + key);
        Node row = NodeNames.find(w.root(), "#pane-filter-" + key);
        Node header = pane.lookup(".pane-header");
        Bounds paneBounds = pane.localToScene(pane.getLayoutBounds());
        for (Node part : List.of(row, header)) {
            walk(part, n -> {
                if (n.isVisible() && n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()
                        && !n.getStyleClass().contains("pane-title")) {
                    Text text = (Text) l.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text && c.getClass().getSimpleName().equals("LabeledText")).findFirst().orElse(null);
                    if (text != null && !text.getText().equals(l.getText())) {
                        out.add(locale + " " + key + ": " + NodeNames.nameOf(l) + " shows '" + text.getText() + "' of '" + l.getText() + "'");
                    }
                }
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (n.isVisible() && NodeNames.nameOf(n) != null && b.getMaxX() > paneBounds.getMaxX() + 1) {
                    out.add(locale + " " + key + ": " + NodeNames.nameOf(n) + " ends at " + b.getMaxX() + " past the pane's " + paneBounds.getMaxX());
                }
            });
        }
        double field = NodeNames.find(w.root(), "#pane-filter-text-" + key).getLayoutBounds().getWidth();
        if (field < 60) {
            out.add(locale + " " + key + ": the text field is " + field + " wide");
        }
        return out;
    }

    private static void walk(Node n, java.util.function.Consumer<Node> each) {
        each.accept(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, each);
            }
        }
    }
}
