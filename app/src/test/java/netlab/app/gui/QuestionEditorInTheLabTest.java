package netlab.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static netlab.app.gui.SceneGraph.on;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import netlab.app.code.CodeLibrary;
import netlab.app.preset.PresetLibrary;
import netlab.app.preset.UserPresets;
import netlab.engine.event.EventKind;
import netlab.engine.event.Role;
import netlab.engine.lab.Lab;
import netlab.engine.port.disk.DiskFiles;
import netlab.engine.preset.AnswerKey;
import netlab.engine.preset.Preset;
import netlab.engine.preset.Question;
import netlab.ui.LabWindow;
import netlab.ui.lab.LabOptions;
import netlab.ui.lab.LabView;
import netlab.ui.library.RunStatus;
import netlab.ui.present.StepGate;
import netlab.ui.present.StepSize;
import netlab.ui.settings.Settings;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A teacher adds a question to stream-echo in the window, as they would: Edit questions in the
 * Class tab, Add, Keep with nothing filled in (the form says what is missing), type it in both
 * languages, mark the right choice, pick the moment, Save. The teacher's copy is written where
 * user presets live (read back here by the app's own parser), the library marks it, and a class
 * started after it stops the step-through at the new question.
 */
@ExtendWith(ApplicationExtension.class)
class QuestionEditorInTheLabTest {
    private static final Duration T = Duration.ofSeconds(30);

    private Path dir;
    private PresetLibrary library;
    private DiskFiles files;
    private Lab lab;
    private LabWindow window;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("netlab-user-presets");
        library = PresetLibrary.loadWith(new UserPresets(dir));
        files = new DiskFiles(library::saveQuestions);
        lab = new Lab();
        window = LabWindow.create(netlab.app.LivePorts.of(lab, files),
                new LabOptions(Locale.ENGLISH, library.all(), CodeLibrary.loadBundled().samples(), Settings.inMemory())
                        .withUserPresets(library.userIds()));
        stage.setScene(new Scene(window.root(), 1400, 900));
        window.start();
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        on(() -> {
            window.close();
            return null;
        });
        lab.close();
        files.close();
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aQuestionAddedInTheEditorIsSavedAsTheTeachersPresetAndTheClassStopsAtIt(FxRobot robot) throws Exception {
        assertThat(label("#preset-title")).startsWith("Stream echo");
        on(() -> {
            window.view().showView("class");
            return null;
        });
        await(() -> window.root().lookup("#class-edit") != null, "the Class tab is shown");
        click(robot, "#class-edit");
        await(() -> window.root().lookup("#question-editor").isVisible(), "the editor is open");
        assertThat(on(() -> ((ListView<?>) window.root().lookup("#question-list")).getItems().size())).isEqualTo(2);
        assertThat(label("#question-editor-title")).isEqualTo("Questions of Stream echo: sent in parts, received in chunks");

        click(robot, "#question-add");
        await(() -> window.root().lookup("#question-editing").isVisible(), "the form of a new question is shown");
        assertThat(on(() -> ((TextField) window.root().lookup("#question-id")).getText())).isEqualTo("q1");
        // Keep with nothing typed: the form says what is missing, and nothing is added
        click(robot, "#question-keep");
        await(() -> !label("#question-problems").isEmpty(), "the form says what is wrong");
        assertThat(label("#question-problems").split("\n")).contains("Question (English): type the question.",
                "Question (Chinese): type the question in Chinese too.", "Choice A: its English text is empty.",
                "Choices: mark the right answer (the letter beside it).",
                "Why (English): say in one sentence why the right answer is right.");
        assertThat(on(() -> window.root().lookup("#question-prompt-en").getPseudoClassStates().toString())).contains("danger");
        assertThat(on(() -> ((ListView<?>) window.root().lookup("#question-list")).getItems().size())).isEqualTo(2);

        type(robot, "#question-id", "hello-first");
        type(robot, "#question-prompt-en", "Whose connection_made comes first?");
        type(robot, "#question-prompt-zh", "谁的 connection_made 先到？");
        type(robot, "#question-choice-0-en", "The client's");
        type(robot, "#question-choice-0-zh", "客户端的");
        type(robot, "#question-choice-1-en", "Nobody's: it is never called");
        type(robot, "#question-choice-1-zh", "都没有：它从不被调用");
        click(robot, "#question-right-0");
        type(robot, "#question-why-en", "The client connects before it writes anything.");
        type(robot, "#question-why-zh", "客户端先建立连接，然后才写入。");
        choose(robot, "#question-role", "client");
        choose(robot, "#question-event", "connection_made");
        click(robot, "#question-save");
        await(() -> label("#question-saved").startsWith("Saved as your copy of 'stream-echo' (3 questions)"),
                () -> "the save is said; the form says: " + label("#question-problems") + " / " + label("#question-message"));
        assertThat(label("#question-problems")).isEmpty();

        // the file the app wrote, read back by the app's own parser
        assertThat(dir.resolve("stream-echo.json")).exists();
        List<String> problems = new ArrayList<>();
        Map<String, Preset> own = new UserPresets(dir).load(problems);
        assertThat(problems).isEmpty();
        List<Question> saved = own.get("stream-echo").questions();
        assertThat(saved).extracting(Question::id).containsExactly("reads", "eof", "hello-first");
        Question mine = saved.get(2);
        assertThat(mine.prompt().byLanguage()).isEqualTo(Map.of("en", "Whose connection_made comes first?", "zh", "谁的 connection_made 先到？"));
        assertThat(mine.key()).isInstanceOf(AnswerKey.Choice.class);
        assertThat(mine.key().right()).isEqualTo("A");
        assertThat(((AnswerKey.Choice) mine.key()).choices().get(1).get(Locale.SIMPLIFIED_CHINESE)).isEqualTo("都没有：它从不被调用");
        assertThat(mine.why().get(Locale.SIMPLIFIED_CHINESE)).isEqualTo("客户端先建立连接，然后才写入。");
        assertThat(mine.moment().before().role()).isEqualTo(Role.CLIENT);
        assertThat(mine.moment().before().kind()).isEqualTo(EventKind.CONNECTION_MADE);
        assertThat(mine.moment().occurrence()).isEqualTo(1);
        // everything else of the preset is the built-in one's
        Preset builtIn = PresetLibrary.loadBundled().find("stream-echo").orElseThrow();
        assertThat(own.get("stream-echo").clients()).isEqualTo(builtIn.clients());
        assertThat(own.get("stream-echo").servers()).isEqualTo(builtIn.servers());
        assertThat(library.isUserPreset("stream-echo")).isTrue();

        // the library marks the teacher's copy
        on(() -> {
            window.view().showSide(LabView.Side.LIBRARY);
            return null;
        });
        await(() -> window.root().lookup("#preset-mine-stream-echo") != null, "the library marks the teacher's copy");
        assertThat(label("#preset-mine-stream-echo")).isEqualTo("your copy");

        // a class on the saved preset: step-through stops in front of the new question's moment
        click(robot, "#question-close");
        await(() -> !window.root().lookup("#question-editor").isVisible(), "the editor is closed");
        click(robot, "#class-start");
        await(() -> label("#class-code").startsWith("Code "), "the class is on");
        StepGate gate = window.model().stepGate();
        click(robot, "#preset-free-port");
        click(robot, "#step-mode");
        click(robot, "#preset-run");
        await(() -> window.model().presets().statusProperty().get() == RunStatus.DONE, "the run is done in the engine");
        await(() -> gate.heldProperty().get() + window.model().status().seenProperty().get() == lab.events().published(),
                "the window holds every event of the run");
        int heldBefore = on(() -> gate.heldProperty().get());
        // one press of "the rest of the run" ends in front of the client's connection_made: the new question's moment
        on(() -> {
            gate.next(StepSize.RUN);
            return null;
        });
        await(() -> label("#class-prompt").equals("Whose connection_made comes first?"), "the class is asked the new question");
        assertThat(label("#class-number")).isEqualTo("Question 3 of 3");
        int heldAtQuestion = on(() -> gate.heldProperty().get());
        assertThat(heldAtQuestion).as("the step stopped in front of the moment, with the rest held").isPositive().isLessThan(heldBefore);
        assertThat(on(() -> window.root().lookup("#class-count-A") != null)).isTrue();
        click(robot, "#class-reveal");
        // Reveal runs the step the class predicted, and the step-through goes on to the next moment (the server's first read)
        await(() -> label("#class-prompt").startsWith("The client sends its message as three writes"),
                () -> "the run went on to the next question; the projector says: " + label("#class-prompt"));
        assertThat(label("#class-number")).isEqualTo("Question 1 of 3");
        assertThat(on(() -> gate.heldProperty().get())).isLessThan(heldAtQuestion);
        click(robot, "#class-end");
        await(() -> label("#class-intro").startsWith("class summary: "), "the summary is shown");
        assertThat(label("#class-intro").split("\\R")).contains("  hello-first: 0 answered, 0 right (A)", "  reads: 0 answered, 0 right (B), not revealed");
    }

    @Test
    void aQuestionEditedInPlaceThatCannotBeSavedSaysWhyInTheWindowAndKeepsTheEdit(FxRobot robot) throws Exception {
        // where the user presets go is a file, not a directory: the disk refuses the save
        Files.delete(dir);
        Files.writeString(dir, "not a directory");
        on(() -> {
            window.view().showView("class");
            return null;
        });
        await(() -> window.root().lookup("#class-edit") != null, "the Class tab is shown");
        click(robot, "#class-edit");
        await(() -> window.root().lookup("#question-item-reads") != null, "the questions are listed");
        click(robot, "#question-item-reads");
        await(() -> window.root().lookup("#question-editing").isVisible(), "the question is on the form");
        assertThat(on(() -> ((TextField) window.root().lookup("#question-prompt-en")).getText()))
                .startsWith("The client sends its message as three writes.");
        type(robot, "#question-prompt-en", "In how many reads does the server get the three writes?");
        click(robot, "#question-save");
        await(() -> label("#question-message").startsWith("Cannot save 'stream-echo': "), () -> "the failure is said: '"
                + label("#question-message") + "'");
        assertThat(label("#question-saved")).isEmpty();
        assertThat(on(() -> ((ListView<?>) window.root().lookup("#question-list")).getItems().size())).isEqualTo(2);
        assertThat(on(() -> ((Question) ((ListView<?>) window.root().lookup("#question-list")).getItems().get(0)).prompt().english()))
                .as("the edit is kept in the editor, to save again").isEqualTo("In how many reads does the server get the three writes?");
        assertThat(on(() -> window.model().presets().currentProperty().get().questions().get(0).prompt().english()))
                .as("the bench keeps the preset as it was").startsWith("The client sends its message as three writes.");
        assertThat(library.isUserPreset("stream-echo")).isFalse();

        // the teacher frees the place and saves again: it works
        Files.delete(dir);
        click(robot, "#question-save");
        await(() -> label("#question-saved").startsWith("Saved as your copy of 'stream-echo' (2 questions)"), "the second save works");
        assertThat(label("#question-message")).isEmpty();
        assertThat(new UserPresets(dir).load(new ArrayList<>()).get("stream-echo").questions().get(0).prompt().english())
                .isEqualTo("In how many reads does the server get the three writes?");
        assertThat(on(() -> window.model().presets().currentProperty().get().questions().get(0).prompt().english()))
                .isEqualTo("In how many reads does the server get the three writes?");
    }

    private void click(FxRobot robot, String query) {
        on(() -> {
            Node node = window.root().lookup(query);
            if (node == null) {
                throw new AssertionError("nothing matches " + query);
            }
            reveal(node);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(query);
    }

    private void type(FxRobot robot, String query, String text) {
        click(robot, query);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        await(() -> text.equals(((TextField) window.root().lookup(query)).getText()), () -> query + " holds what was typed");
    }

    /** Opens a combo box and clicks the item shown as {@code item} in its list. */
    private void choose(FxRobot robot, String combo, String item) {
        click(robot, combo);
        await(() -> robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && item.equals(l.getText())), "the list is open");
        Node cell = on(() -> robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled l && item.equals(l.getText())).findFirst().orElseThrow());
        robot.clickOn(cell);
        await(() -> item.equals(((javafx.scene.control.ComboBox<?>) window.root().lookup(combo)).getValue()), combo + " shows " + item);
    }

    /** Scrolls every scroll pane around {@code node} so that it is in sight (the robot clicks where it is). */
    private static void reveal(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double contentH = content.getBoundsInLocal().getHeight();
                double viewH = scroll.getViewportBounds().getHeight();
                if (contentH > viewH) {
                    scroll.setVvalue(Math.min(1, Math.max(0, b.getMinY() - 24) / (contentH - viewH)));
                }
                scroll.layout();
            }
        }
    }

    private String label(String id) {
        return on(() -> {
            Node n = window.root().lookup(id);
            if (n == null) {
                throw new AssertionError("no " + id);
            }
            return ((Label) n).getText();
        });
    }

    private void await(Callable<Boolean> condition, String what) {
        await(condition, () -> what);
    }

    private void await(Callable<Boolean> condition, java.util.function.Supplier<String> what) {
        try {
            Awaitility.await().atMost(T).pollInterval(Duration.ofMillis(50)).until(() -> on(condition));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("waited " + T.toSeconds() + " s for: " + what.get(), e);
        }
    }
}
