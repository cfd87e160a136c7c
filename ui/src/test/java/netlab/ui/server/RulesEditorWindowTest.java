package netlab.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import netlab.engine.rules.MatchKind;
import netlab.engine.rules.RuleSet;
import netlab.engine.rules.RulesFile;
import netlab.engine.workspace.Workspace;
import netlab.engine.workspace.WorkspaceFile;
import netlab.ui.lab.LabOptions;
import netlab.ui.testing.Fx;
import netlab.ui.testing.Reveal;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The rules editor of the server form, clicked and typed: two rules added, the server started from
 * the form answers a real socket by them (the first that matches, a regex capture filled); a rule
 * moved, edited and deleted, each start answering by the rules as they are then; the rules saved
 * through the file port read back by the engine's reader, and kept by a saved workspace.
 */
@ExtendWith(ApplicationExtension.class)
class RulesEditorWindowTest {
    private Window w;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, LabOptions.bare(Locale.ENGLISH));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @Test
    void rulesWrittenInTheFormAnswerARealClientAndAreSavedAsTheCliReadsThem(FxRobot robot) throws Exception {
        ServerCardModel form = w.window.model().server();
        RulesEditorModel editor = form.rulesEditor();
        w.click(robot, "#server-rules-section .title");
        Fx.await(() -> Fx.on(() -> w.node("#rules-list").isVisible()), "the editor is open");

        choose(robot, "#rules-kind", "regex");
        w.type(robot, "#rules-pattern", "^PING (\\d+)$");
        w.type(robot, "#rules-reply", "PONG {{1}}\\n");
        w.click(robot, "#rules-add");
        choose(robot, "#rules-kind", "contains");
        w.type(robot, "#rules-pattern", "PING");
        w.type(robot, "#rules-reply", "SECOND {{counter}}\\n");
        w.click(robot, "#rules-add");
        Fx.await(() -> editor.rules().size() == 2, "two rules are listed");
        assertThat(Fx.on(() -> editor.rules().get(0).match().kind())).isEqualTo(MatchKind.REGEX);
        assertThat(w.label("#server-rules-file")).isEqualTo("2 rule(s) written in the form, lines");

        // the first rule that matches answers; a message only the second matches gets the second
        int port = startServer(robot);
        assertThat(exchange(port, "PING 42\n", "xPINGx\n")).containsExactly("PONG 42", "SECOND 2");
        stopServer(robot);

        // the second rule moved first and edited: it now answers PING 42 too
        clickRow(robot, 1);
        w.click(robot, "#rules-up");
        Fx.await(() -> editor.rules().get(0).match().kind() == MatchKind.CONTAINS, "the rule moved up");
        w.type(robot, "#rules-reply", "FIRST {{0}}\\n");
        w.click(robot, "#rules-apply");
        Fx.await(() -> editor.rules().get(0).reply().orElseThrow().source().equals("FIRST {{0}}\\n"), "the rule is edited");
        port = startServer(robot);
        assertThat(exchange(port, "PING 42\n")).containsExactly("FIRST PING 42");
        stopServer(robot);

        // deleted: the contains rule answers no more, the regex one still does
        w.click(robot, "#rules-delete");
        Fx.await(() -> editor.rules().size() == 1, "the rule is deleted");
        port = startServer(robot);
        assertThat(exchange(port, "xPINGx\nPING 8\n")).containsExactly("PONG 8");
        RuleSet edited = Fx.on(() -> editor.ruleSetProperty().get());

        // "Save rules…": the chooser's part done by the test; the file port writes what the CLI reads
        Path saved = dir.resolve("edited.rules.json");
        Fx.run(() -> editor.save(saved));
        Fx.await(() -> "Saved edited.rules.json: 1 rule(s)".equals(w.label("#rules-outcome")), "the save is said");
        assertThat(RulesFile.read(saved)).isEqualTo(edited);

        // a workspace saved now keeps the running server with the edited rules
        Path bench = dir.resolve("bench" + WorkspaceFile.SUFFIX);
        w.window.model().workspace().save(bench).get(30, TimeUnit.SECONDS);
        Workspace read = WorkspaceFile.read(bench);
        assertThat(read.servers()).anySatisfy(s -> assertThat(s.rules()).isEqualTo(edited));
    }

    private void choose(FxRobot robot, String combo, String item) {
        w.click(robot, combo);
        robot.clickOn(item);
        Fx.await(() -> item.equals(Fx.on(() -> ((javafx.scene.control.ComboBox<?>) w.node(combo)).getButtonCell().getText())),
                item + " is chosen");
    }

    private void clickRow(FxRobot robot, int index) {
        Node cell = Fx.on(() -> w.root().lookupAll("#rules-list .list-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getIndex() == index && !c.isEmpty())
                .findFirst().orElseThrow());
        Fx.run(() -> Reveal.reveal(cell));
        robot.clickOn(cell);
        Fx.await(() -> ((ListView<?>) w.node("#rules-list")).getSelectionModel().getSelectedIndex() == index, "row " + index + " is selected");
    }

    private int startServer(FxRobot robot) {
        w.type(robot, "#server-port", "0");
        w.click(robot, "#server-start");
        Fx.await(() -> w.label("#server-status").startsWith("Listening on"), "the server listens");
        return Fx.on(() -> w.window.model().server().listeningPortProperty().get());
    }

    private void stopServer(FxRobot robot) {
        w.click(robot, "#server-stop");
        Fx.await(() -> Fx.on(() -> w.window.model().server().canStartProperty().get()), "the server stopped");
    }

    /** Sends {@code sent} at once and reads as many lines as {@code sent} holds messages answered. */
    private static List<String> exchange(int port, String... sent) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            List<String> got = new java.util.ArrayList<>();
            for (String m : sent) {
                s.getOutputStream().write(m.getBytes(StandardCharsets.UTF_8));
                got.add(in.readLine());
            }
            return got;
        }
    }
}
