package netlab.ui.panes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import netlab.ui.controls.NodeNames;
import netlab.ui.lab.LabOptions;
import netlab.ui.testing.Fx;
import netlab.ui.testing.ShownPanes;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A pane's filter by hand, on a real lab: an interactive client sends lines to an echo server, and
 * its pane is filtered by direction and text, by a regex, with lines that arrive later; the hidden
 * lines are counted, an invalid regex is said under the field, and clearing shows every line again.
 */
@ExtendWith(ApplicationExtension.class)
class PaneFilterWindowTest {
    private static final String TITLE = "telnet · client-1";
    private Window w;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, LabOptions.bare(Locale.ENGLISH));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    private void send(FxRobot robot, String line) {
        w.click(robot, "#pane-input-client-1");
        robot.write(line);
        robot.push(KeyCode.ENTER);
    }

    private List<String> shown() {
        return Fx.on(() -> ShownPanes.titled(w.root(), TITLE).orElseThrow().lines());
    }

    private PaneModel pane() {
        return Fx.on(() -> w.window.view().panes().paneView("client-1").model());
    }

    /** The pane's lines (all of them, shown or not) and the shown ones, when they are as expected. */
    private void awaitShown(String what, java.util.function.Predicate<List<String>> shownMatch) {
        Fx.await(() -> shownMatch.test(ShownPanes.titled(w.root(), TITLE).orElseThrow().lines()), java.time.Duration.ofSeconds(30),
                () -> what + "; shown now:\n" + String.join("\n", shown()) + "\nhidden label: " + hidden());
    }

    private String hidden() {
        return Fx.on(() -> {
            Node n = NodeNames.find(w.root(), "#pane-filter-hidden-client-1");
            return n.isVisible() ? ((javafx.scene.control.Label) n).getText() : "";
        });
    }

    /** The header says the filter hides every kept line but {@code shown} (lines may still be arriving: read live). */
    private void awaitHidden(int shown) {
        Fx.await(() -> hidden().equals((kept() - shown) + " hidden") && kept() - shown > 0, java.time.Duration.ofSeconds(30),
                () -> "the header says " + (kept() - shown) + " hidden; it says '" + hidden() + "'");
    }

    private long kept() {
        return Fx.on(() -> pane().text().size());
    }

    @Test
    void filterByDirectionTextAndRegexCountingWhatIsHidden(FxRobot robot) {
        w.type(robot, "#server-port", "0");
        w.click(robot, "#server-start");
        Fx.await(() -> w.label("#server-status").startsWith("Listening on"), "the server listens");
        w.click(robot, "#interactive-connect");
        w.awaitPane("the interactive client is connected", p -> p.title().equals(TITLE) && p.state().equals("open"));
        w.click(robot, "#pane-input-line-client-1");
        send(robot, "alpha");
        send(robot, "beta");
        w.awaitPane("both lines came back", p -> p.title().equals(TITLE)
                && ShownPanes.literals(p, "telnet: received ").equals("alpha\\nbeta\\n"));
        assertThat(hidden()).isEmpty();
        awaitShown("every line shown while no filter is on", l -> l.size() == kept());

        // by direction: only what was received
        w.click(robot, "#pane-filter-open-client-1");
        w.click(robot, "#pane-filter-direction-client-1");
        robot.clickOn("#pane-filter-in-client-1");
        awaitShown("only reads", l -> !l.isEmpty() && l.stream().allMatch(s -> s.contains("▼ read")));
        assertThat(shown()).hasSize(2);
        awaitHidden(2);

        // and by text, typed into the field
        w.click(robot, "#pane-filter-text-client-1");
        robot.write("bet");
        awaitShown("only the read of beta", l -> l.size() == 1 && l.get(0).contains("beta"));
        awaitHidden(1);

        // lines arriving later are filtered too: one more beta shows, gamma does not
        send(robot, "gamma");
        send(robot, "beta again");
        awaitShown("the new beta read", l -> l.size() == 2 && l.get(1).contains("beta again"));
        Fx.await(() -> pane().text().stream().anyMatch(s -> s.contains("b'gamma")), "gamma arrived, hidden");
        assertThat(shown()).noneMatch(s -> s.contains("gamma"));
        awaitHidden(2);

        // a regex: every read of a line starting with a or g, whatever the case
        w.click(robot, "#pane-filter-regex-client-1");
        w.type(robot, "#pane-filter-text-client-1", "'(A|G)[a-z]+\\\\n'");
        awaitShown("reads of alpha and gamma", l -> l.size() == 2 && l.get(0).contains("alpha") && l.get(1).contains("gamma"));

        // an invalid regex is said under the field, not thrown; its text part is then not applied
        w.type(robot, "#pane-filter-text-client-1", "beta(");
        Fx.await(() -> w.label("#pane-filter-problem-client-1").startsWith("Not a valid regular expression (at position 5)"),
                "the invalid regex is said");
        assertThat(Fx.on(() -> NodeNames.find(w.root(), "#pane-filter-text-client-1").getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("danger")))).isTrue();
        awaitShown("every read, by direction alone", l -> l.size() == 4);

        // the filter stays when its row is hidden, and the header still says how many lines it hides
        robot.push(KeyCode.ESCAPE);
        Fx.await(() -> !NodeNames.find(w.root(), "#pane-filter-client-1").isVisible(), "Escape hides the row");
        awaitHidden(4);

        // Ctrl+Shift+F within the pane shows the row again, the focus in the text; clearing shows everything
        w.click(robot, "#pane-text-client-1");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        Fx.await(() -> NodeNames.find(w.root(), "#pane-filter-client-1").isVisible()
                && NodeNames.find(w.root(), "#pane-filter-text-client-1").isFocused(), "the shortcut focuses the filter");
        w.click(robot, "#pane-filter-clear-client-1");
        awaitShown("every line again", l -> l.size() == kept());
        assertThat(hidden()).isEmpty();
        assertThat(Fx.on(() -> ((TextField) NodeNames.find(w.root(), "#pane-filter-text-client-1")).getText())).isEmpty();
        assertThat(w.label("#pane-filter-problem-client-1")).isEmpty();
    }
}
