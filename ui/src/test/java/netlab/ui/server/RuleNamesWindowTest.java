package netlab.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import netlab.engine.rules.Rule;
import netlab.engine.rules.RulesFile;
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
 * A rule named in the form's rules editor: the list shows the name, the pane says it next to the
 * read it answered (an unnamed rule by its number only), a rename is applied, and the rules file
 * saved carries the name as the command line's reader ({@code serve --rules FILE}) reads it.
 */
@ExtendWith(ApplicationExtension.class)
class RuleNamesWindowTest {
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
    void aNamedRuleIsSaidByItsNameInThePaneAndSavedWithIt(FxRobot robot) throws Exception {
        RulesEditorModel editor = w.window.model().server().rulesEditor();
        w.click(robot, "#server-rules-section .title");
        Fx.await(() -> Fx.on(() -> w.node("#rules-list").isVisible()), "the editor is open");

        w.type(robot, "#rules-name", "ping");
        w.type(robot, "#rules-pattern", "PING");
        w.type(robot, "#rules-reply", "PONG\\n");
        w.click(robot, "#rules-add");
        w.type(robot, "#rules-name", ""); // all of it chosen, then wiped: no name
        robot.type(javafx.scene.input.KeyCode.BACK_SPACE);
        Fx.await(() -> Fx.on(() -> editor.nameProperty().get()).isEmpty(), "the name field is empty");
        w.type(robot, "#rules-pattern", "TIME");
        w.type(robot, "#rules-reply", "NOON\\n");
        w.click(robot, "#rules-add");
        Fx.await(() -> editor.rules().size() == 2, "two rules are listed");
        assertThat(Fx.on(() -> editor.rules().stream().map(Rule::name).toList())).containsExactly("ping", "");
        assertThat(rowText(0)).isEqualTo("1. 'ping': equals PING → PONG\\n");
        assertThat(rowText(1)).isEqualTo("2. equals TIME → NOON\\n");

        w.type(robot, "#server-port", "0");
        w.click(robot, "#server-start");
        Fx.await(() -> w.label("#server-status").startsWith("Listening on"), "the server listens");
        int port = Fx.on(() -> w.window.model().server().listeningPortProperty().get());
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            s.getOutputStream().write("PING\n".getBytes(StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("PONG");
            s.getOutputStream().write("TIME\n".getBytes(StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("NOON");
        }
        w.awaitPane("the named rule beside the read it answered", p -> p.text().contains("↳ rule 1 'ping' matched b'PING': replies b'PONG\\n'")
                && p.text().contains("↳ rule 2 matched b'TIME': replies b'NOON\\n'"));

        // renamed: the row chosen, its name changed, applied
        clickRow(robot, 0);
        Fx.await(() -> "ping".equals(Fx.on(() -> editor.nameProperty().get())), "the rule's name is in the field");
        w.type(robot, "#rules-name", "greeting");
        w.click(robot, "#rules-apply");
        Fx.await(() -> "greeting".equals(editor.rules().get(0).name()), "the rule is renamed");

        Path saved = dir.resolve("named.rules.json");
        Fx.run(() -> editor.save(saved));
        Fx.await(() -> "Saved named.rules.json: 2 rule(s)".equals(w.label("#rules-outcome")), "the save is said");
        assertThat(Files.readString(saved)).contains("\"name\" : \"greeting\"").doesNotContain("\"name\" : \"\"");
        // RulesFile.read is what ./netlab serve --rules FILE reads the file with
        assertThat(RulesFile.read(saved).rules().stream().map(Rule::name).toList()).containsExactly("greeting", "");
        assertThat(RulesFile.read(saved)).isEqualTo(Fx.on(() -> editor.ruleSetProperty().get()));
    }

    private String rowText(int index) {
        return Fx.on(() -> w.root().lookupAll("#rules-list .list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.getIndex() == index && !c.isEmpty())
                .map(n -> ((ListCell<?>) n).getText()).findFirst().orElse(null));
    }

    private void clickRow(FxRobot robot, int index) {
        Node cell = Fx.on(() -> w.root().lookupAll("#rules-list .list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.getIndex() == index && !c.isEmpty())
                .findFirst().orElseThrow());
        Fx.run(() -> Reveal.reveal(cell));
        robot.clickOn(cell);
        Fx.await(() -> ((ListView<?>) w.node("#rules-list")).getSelectionModel().getSelectedIndex() == index, "row " + index + " is selected");
    }
}
