package netlab.ui.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Locale;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import netlab.engine.lab.Lab;
import netlab.ui.i18n.I18n;
import netlab.ui.testing.Fx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Run a command" with real children, driven by clicks and keys. */
@ExtendWith(ApplicationExtension.class)
class CommandPaneTest {
    private Lab lab;
    private CommandModel model;
    private CommandPane pane;

    @Start
    void start(Stage stage) {
        lab = new Lab();
        model = new CommandModel(new netlab.engine.port.live.LiveCommands(lab), Platform::runLater);
        // the window's pump, feeding this model as the lab window's subscriber list would
        netlab.ui.pump.EventPump pump = new netlab.ui.pump.EventPump(lab.events().subscribe("command-test", 8_192), 2_000,
                (batch, backlog) -> batch.forEach(model::accept));
        pump.start();
        pane = new CommandPane(model, new I18n(Locale.ENGLISH));
        stage.setScene(new Scene(pane.node(), 900, 560));
        stage.show();
    }

    @AfterEach
    void stop() {
        Fx.run(model::close);
        lab.close();
    }

    private String output() {
        return Fx.on(() -> pane.output().getText());
    }

    private String status() {
        return Fx.on(() -> ((Label) pane.node().lookup("#command-status")).getText());
    }

    /** The style classes of {@code text} where it last appears in the output (the echoed command line comes first). */
    private Collection<String> styleOf(String text) {
        return Fx.on(() -> pane.output().getStyleOfChar(pane.output().getText().lastIndexOf(text) + 1));
    }

    private void type(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
    }

    @Test
    void itRunsACommandShowsStdoutAndStderrApartTakesStdinAndTheExitStatus(FxRobot robot) {
        type(robot, "#command-line", "sh -c 'echo to-stdout; echo to-stderr >&2; read x; echo \"got $x\"; exit 3'");
        robot.clickOn("#command-run");
        Fx.await(() -> status().startsWith("Running"), "it runs");
        Fx.await(() -> output().contains("to-stderr"), "the output shows both streams");
        assertThat(styleOf("to-stdout")).contains("stdout");
        assertThat(styleOf("to-stderr")).contains("stderr");

        type(robot, "#command-stdin", "hello");
        robot.clickOn("#command-send");
        Fx.await(() -> output().contains("got hello"), "the child read the line");
        assertThat(styleOf("\nhello\n")).as("what was typed").contains("stdin");
        assertThat(styleOf("got hello")).contains("stdout");
        Fx.await(() -> status().equals("Exited · status 3"), "the exit status");
        assertThat(Fx.on(() -> pane.node().lookup("#command-status").getStyleClass())).contains("exit-failed");
    }

    @Test
    void stopReallyStopsACommandThatNeverEnds(FxRobot robot) {
        type(robot, "#command-line", "sleep 1000");
        robot.clickOn("#command-run");
        Fx.await(() -> status().startsWith("Running"), "it runs");
        long pid = Fx.on(() -> model.pid());
        robot.clickOn("#command-stop");
        Fx.await(() -> status().equals("Killed by SIGTERM · returncode -15"), "stopped by SIGTERM");
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void eofEndsAChildThatReadsUntilIt(FxRobot robot) {
        type(robot, "#command-line", "wc -c");
        robot.clickOn("#command-run");
        Fx.await(() -> status().startsWith("Running"), "it runs");
        type(robot, "#command-stdin", "1234");
        robot.clickOn("#command-send");
        robot.clickOn("#command-eof");
        Fx.await(() -> status().equals("Exited · status 0"), "it read EOF and exited");
        assertThat(output()).contains("5");
    }

    @Test
    void aMissingProgramOrABadLineSaysSoClearly(FxRobot robot) {
        type(robot, "#command-line", "netlab-no-such-program --help");
        robot.clickOn("#command-run");
        Fx.await(() -> status().startsWith("Cannot run it"), "it says it cannot run it");
        assertThat(status()).contains("FileNotFoundError").contains("No such file or directory: 'netlab-no-such-program'");
        type(robot, "#command-line", "echo 'unbalanced");
        robot.clickOn("#command-run");
        Fx.await(() -> status().startsWith("Not a command"), "a bad line is refused");
    }

    @Test
    void theShellBoxRunsTheLineThroughSh(FxRobot robot) {
        type(robot, "#command-line", "echo abc | tr a A");
        robot.clickOn("#command-run");
        Fx.await(() -> status().startsWith("Exited"), "without a shell, | is an argument");
        assertThat(output()).contains("abc | tr a A");
        robot.clickOn("#command-clear");
        robot.clickOn("#command-shell");
        robot.clickOn("#command-run");
        Fx.await(() -> output().contains("Abc"), "through sh the pipe works");
    }

    /**
     * A child that floods its output: the pane keeps the last {@link CommandPane#MAX_CHARS}
     * characters, says on its first line how many earlier ones it let go, and what it kept plus
     * what it let go is all the child wrote; the newest line is there.
     */
    @Test
    void aFloodingChildsOutputIsKeptUpToTheCapAndTheRestIsCounted(FxRobot robot) {
        int last = 300_000;
        long written = 0;
        for (int i = 1; i <= last; i++) {
            written += Integer.toString(i).length() + 1;
        }
        type(robot, "#command-line", "seq 1 " + last);
        robot.clickOn("#command-run");
        Fx.await(() -> status().equals("Exited · status 0"), "it ran to the end");
        Fx.await(() -> output().endsWith("\n" + last + "\n"), "the newest line is shown");
        String shown = output();
        String firstLine = shown.substring(0, shown.indexOf('\n'));
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\[([\\d,]+) earlier characters removed: the output keeps the last 400,000]").matcher(firstLine);
        assertThat(m.matches()).as("the first line says what was let go: " + firstLine).isTrue();
        long removed = Long.parseLong(m.group(1).replace(",", ""));
        assertThat(shown.length()).as("kept").isLessThanOrEqualTo(CommandPane.MAX_CHARS + firstLine.length() + 1);
        long echoedCommand = ("$ seq 1 " + last + "\n").length();
        assertThat(removed + shown.length() - firstLine.length() - 1).as("kept + let go = all that was shown")
                .isEqualTo(echoedCommand + written);
        assertThat(styleOf(firstLine)).contains("note");
        System.out.printf(Locale.ROOT, "a flooding child in Run a command: %d characters written, %d kept, %d let go and said%n",
                written, shown.length() - firstLine.length() - 1, removed);
    }
}
