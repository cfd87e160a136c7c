package netlab.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import netlab.app.code.CodeLibrary;
import netlab.app.preset.PresetLibrary;
import netlab.engine.lab.Lab;
import netlab.ui.lab.LabOptions;
import netlab.ui.LabWindow;
import netlab.ui.code.CodeSample;
import netlab.ui.code.CodeView;
import netlab.ui.settings.Settings;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The code beside the run for presets other than stream-echo, as a person gets there: run the
 * preset, click a line in its pane, open the code view; the seed's Python line that printed it and
 * the Java line NetLab ran for it are lit, with the note that goes with them.
 */
@ExtendWith(ApplicationExtension.class)
class CodeBesideTheRunTest {
    private final PresetLibrary library = PresetLibrary.loadBundled();
    private final CodeLibrary code = CodeLibrary.loadBundled();
    private Lab lab;
    private LabWindow window;

    @Start
    void start(Stage stage) {
        lab = new Lab();
        window = LabWindow.create(netlab.app.LivePorts.of(lab, new netlab.engine.port.disk.DiskFiles()), new LabOptions(Locale.ENGLISH, library.all(), code.samples(), Settings.inMemory()));
        stage.setScene(new Scene(window.root(), 1400, 900));
        window.start();
        stage.show();
    }

    @AfterEach
    void stop() {
        on(() -> {
            window.close();
            return null;
        });
        lab.close();
    }

    /** A loop experiment: gather's result line leads to print("result: ", result) and its Java. */
    @Test
    void gathersResultLineLightsThePrintThatMadeIt(FxRobot robot) {
        run(robot, "gather");
        clickLine(robot, "result:  ['cor1 result', 'cor2 result']");
        robot.clickOn("#view-code");
        CodeView view = on(() -> window.view().code());
        await(() -> view.markedPythonLine() == lineOf("gather", "gather.py", "print(\"result: \", result)"), "the Python line is lit");
        assertThat(on(view::shownPythonFile)).isEqualTo("gather.py");
        assertThat(on(view::shownJavaFile)).isEqualTo("GatherResults.java");
        assertThat(on(view::markedJavaLine)).isEqualTo(lineOf("gather", "GatherResults.java", "print(\"result: \", result);"));
        assertThat(label("#code-where")).contains("gather.py, line", "GatherResults.java, line",
                "in the order the coroutines were given to gather()");
    }

    /** UDP: the client that sent where nobody listens gets error_received; its line is the client's, not the server's. */
    @Test
    void udpsErrorReceivedLightsTheClientsCallback(FxRobot robot) {
        run(robot, "udp-echo");
        clickLine(robot, "Error received: [Errno 111] Connection refused");
        robot.clickOn("#view-code");
        CodeView view = on(() -> window.view().code());
        await(() -> view.markedPythonLine() == lineOf("udp-echo", "client.py", "print('Error received:', exc)"),
                "the client's print is lit");
        assertThat(on(view::shownPythonFile)).isEqualTo("client.py");
        assertThat(on(view::shownJavaFile)).isEqualTo("UdpEcho.java");
        List<String> java = file("udp-echo", "UdpEcho.java");
        int lit = on(view::markedJavaLine);
        assertThat(java.get(lit - 1)).contains("log.info(\"Error received: \"");
        int clientClass = lineOf("udp-echo", "UdpEcho.java", "public static final class ClientProtocol");
        assertThat(lit).as("the client's errorReceived, below the server's").isGreaterThan(clientClass);
    }

    private void run(FxRobot robot, String id) {
        on(() -> {
            ListView<?> list = (ListView<?>) window.root().lookup("#library-list");
            list.scrollTo(library.all().indexOf(library.find(id).orElseThrow()));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#preset-" + id);
        await(() -> label("#preset-title").equals(library.find(id).orElseThrow().title().english()), id + " opens");
        if (on(() -> window.root().lookup("#preset-free-port").isVisible())) {
            robot.clickOn("#preset-free-port"); // its servers on free ports (a loop lesson has none)
        }
        robot.clickOn("#preset-run");
        await(() -> label("#preset-status").equals("done"), id + " runs to its end");
    }

    /** Clicks {@code text} where a pane shows it, as a person picks a line to ask where it came from. */
    private void clickLine(FxRobot robot, String text) {
        await(() -> area(text) != null, "a pane shows " + text);
        on(() -> {
            StyleClassedTextArea area = area(text);
            int i = area.getText().indexOf(text);
            area.showParagraphAtTop(Math.max(0, area.offsetToPosition(i, TwoDimensional.Bias.Forward).getMajor() - 1));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds at = on(() -> {
            StyleClassedTextArea area = area(text);
            int i = area.getText().indexOf(text);
            return area.getCharacterBoundsOnScreen(i + 3, i + 4).orElseThrow();
        });
        robot.clickOn(new Point2D(at.getCenterX(), at.getCenterY()));
        await(() -> window.model().focusedEventProperty().get() != null
                && window.model().focusedEventProperty().get().toLogLine().contains(text), "the click picked the line's event");
    }

    private StyleClassedTextArea area(String text) {
        for (Node n : window.root().lookupAll(".pane-text")) {
            if (n instanceof StyleClassedTextArea a && a.getText().contains(text)) {
                return a;
            }
        }
        return null;
    }

    private CodeSample sample(String id) {
        return code.samples().stream().filter(s -> s.presetId().equals(id)).findFirst().orElseThrow();
    }

    private List<String> file(String id, String fileId) {
        return sample(id).file(fileId).orElseThrow().text().lines().toList();
    }

    private int lineOf(String id, String fileId, String text) {
        List<String> lines = file(id, fileId);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + fileId);
    }

    private String label(String id) {
        return on(() -> ((Label) window.root().lookup(id)).getText());
    }

    private static <T> T on(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the window failed", e);
        }
    }

    private static void await(Callable<Boolean> condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!on(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s: " + what);
            }
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
    }
}
