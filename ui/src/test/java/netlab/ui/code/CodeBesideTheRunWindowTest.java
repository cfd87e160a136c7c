package netlab.ui.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventMatch;
import netlab.engine.event.Role;
import netlab.engine.preset.LocalizedText;
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

/** A line clicked in a pane stays selected, and the line of code that made it is lit inside its column's view, however long the file. */
@ExtendWith(ApplicationExtension.class)
class CodeBesideTheRunWindowTest {
    private static final int JAVA_LINE = 150;
    private Window w;
    private Stage stage;

    /** stream-echo's code with a Java file long enough that the line that logs "sending" is far below the first screen. */
    private static CodeSample longCode() {
        CodeFile py = new CodeFile("client.py", "client.py", "python",
                "async def echo_client(address, messages):\n    for msg in messages:\n        writer.write(msg)\n"
                        + "        log.debug('sending {!r}'.format(msg))\n");
        StringBuilder source = new StringBuilder("class StreamEchoClient {\n");
        for (int i = 2; i < JAVA_LINE; i++) {
            source.append("    // line ").append(i).append('\n');
        }
        source.append("    void send() { log.debug(\"sending \" + msg.repr()); }\n");
        for (int i = 0; i < 40; i++) {
            source.append("    // after\n");
        }
        source.append("}\n");
        CodeFile javaFile = new CodeFile("StreamEchoClient.java", null, "java", source.toString());
        return new CodeSample("stream-echo", List.of(py, javaFile), List.of(List.of("client.py", "StreamEchoClient.java")), List.of(
                new CodeMark(new EventMatch(Role.CLIENT, EventKind.LOG, null, java.util.regex.Pattern.compile("^sending ")),
                        Map.of("client.py", 4, "StreamEchoClient.java", JAVA_LINE), LocalizedText.english("the log line"))));
    }

    @Start
    void start(Stage primary) {
        // a stage of its own: this test makes it short, and Monocle keeps a shrunk stage's pixel buffer
        // ("Too small int buffer size 1400x900") when the next test class grows the shared one again
        stage = new Stage();
        w = Window.open(stage, new LabOptions(Locale.ENGLISH, List.of(TestPresets.streamEcho(1)), List.of(longCode()), Settings.inMemory()));
    }

    @AfterEach
    void stop() {
        w.close();
        Fx.run(() -> stage.close());
    }

    @Test
    void theClickedLineIsSelectedAndTheLitJavaLineIsInView(FxRobot robot) {
        // the code was looked at before: its view is made, and hidden behind the panes while the line is picked
        robot.push(KeyCode.F9);
        robot.push(KeyCode.F6);
        w.click(robot, "#preset-free-port");
        w.click(robot, "#preset-run");
        // the client runs on a loop of its own: its last lines can follow its connection's close
        org.awaitility.Awaitility.await("client-1 logged its closing").atMost(java.time.Duration.ofSeconds(30))
                .until(() -> w.awaitPane("client-1 closed", p -> p.title().equals("echo_client · client-1") && p.state().equals("closed"))
                        .lines().contains("echo_client: closing"));
        ShownPanes.Shown client = w.awaitPane("client-1 closed", p -> p.title().equals("echo_client · client-1") && p.state().equals("closed"));
        Bounds[] found = new Bounds[1];
        org.awaitility.Awaitility.await("the line is on screen").atMost(java.time.Duration.ofSeconds(30)).until(() -> Fx.on(() -> {
            int at = client.area().getText().indexOf("echo_client: sending b'in parts.'");
            var bounds = client.area().getCharacterBoundsOnScreen(at + 3, at + 4);
            if (bounds.isEmpty()) {
                client.area().showParagraphInViewport(client.area().offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
                return false;
            }
            found[0] = bounds.get();
            return true;
        }));
        Bounds line = found[0];
        robot.clickOn(new Point2D(line.getCenterX(), line.getCenterY()));
        Fx.await(() -> w.window.model().focusedEventProperty().get() != null, "the click picked the line's event");
        netlab.engine.event.LabEvent picked = Fx.on(() -> w.window.model().focusedEventProperty().get());
        // the class sees which line was picked: it is selected, whole
        assertThat(Fx.on(() -> client.area().getSelectedText())).isEqualTo("echo_client: sending b'in parts.'");

        // a short window (as a projector at 1024×768 with the banner open): the code columns show five lines
        Fx.run(() -> {
            stage.setWidth(1024);
            stage.setHeight(560);
        });
        robot.push(KeyCode.F9);
        var code = Fx.on(() -> w.window.view().code());
        Fx.await(() -> code.markedJavaLine() == JAVA_LINE, "the Java line is lit");
        Fx.await(code::javaMarkInView, "the lit Java line is scrolled into view");
        assertThat(Fx.on(code::pythonMarkInView)).isTrue();

        // scrolled away by hand, the line picked again while the code is on screen comes back into view
        Fx.run(() -> code.node().lookupAll("#code-java").forEach(n -> ((org.fxmisc.richtext.CodeArea) n).showParagraphAtTop(0)));
        Fx.await(() -> !code.javaMarkInView(), "scrolled away");
        Fx.run(() -> w.window.model().focusedEventProperty().set(null));
        Fx.run(() -> w.window.model().focusedEventProperty().set(picked));
        Fx.await(code::javaMarkInView, "the lit Java line is in view again");
    }
}
