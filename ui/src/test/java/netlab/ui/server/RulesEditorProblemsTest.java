package netlab.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import javafx.stage.Stage;
import netlab.engine.bytes.ByteInput;
import netlab.engine.rules.MatchKind;
import netlab.ui.lab.LabOptions;
import netlab.ui.testing.Fx;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the rules editor says under its fields, in English and Chinese: a bad regex (with where),
 * bad hex, an unknown macro, a delay out of range, a framing that is not one; a rule with a
 * problem is not added, a server is not started with a bad framing, and nothing is saved empty.
 */
@ExtendWith(ApplicationExtension.class)
class RulesEditorProblemsTest {
    private Window w;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, LabOptions.bare(Locale.ENGLISH));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @Test
    void eachWrongFieldIsSaidUnderItInBothLanguagesAndNothingWrongIsAdded(FxRobot robot) {
        RulesEditorModel editor = w.window.model().server().rulesEditor();
        w.click(robot, "#server-rules-section .title");
        Fx.run(() -> editor.kindProperty().set(MatchKind.REGEX));
        w.type(robot, "#rules-pattern", "PING (");
        says("#rules-pattern-problem", "Bad regex: invalid regex at character 7: Unclosed group in PING (");

        Fx.run(() -> {
            editor.kindProperty().set(MatchKind.EQUALS);
            editor.matchModeProperty().set(ByteInput.Mode.HEX);
        });
        w.type(robot, "#rules-pattern", "50 49 4g");
        says("#rules-pattern-problem", "Bad hex: 'g' is not a hex digit");

        w.type(robot, "#rules-reply", "PONG {{nope}}");
        says("#rules-reply-problem", "Unknown or unfinished macro: unknown macro {{nope}} at character 6");
        w.type(robot, "#rules-delay", "99999999");
        says("#rules-delay-problem", "A delay is a whole number of milliseconds from 0 to 3600000");

        w.click(robot, "#rules-add");
        says("#rules-outcome", "Fix the fields marked in red first");
        assertThat(Fx.on(() -> editor.rules().size())).isZero();

        Fx.run(() -> w.window.model().i18n().localeProperty().set(Locale.SIMPLIFIED_CHINESE));
        says("#rules-pattern-problem", "十六进制有误：");
        assertThat(problem("#rules-reply-problem")).startsWith("未知或未闭合的宏：");
        assertThat(problem("#rules-delay-problem")).isEqualTo("延迟是 0 到 3600000 之间的整数毫秒");
        assertThat(problem("#rules-outcome")).isEqualTo("请先改正标红的字段");
        Fx.run(() -> {
            editor.kindProperty().set(MatchKind.REGEX);
            editor.matchModeProperty().set(ByteInput.Mode.TEXT);
        });
        w.type(robot, "#rules-pattern", "[a-");
        says("#rules-pattern-problem", "正则表达式有误：invalid regex at character");
        Fx.run(() -> w.window.model().i18n().localeProperty().set(Locale.ENGLISH));

        // fixed, the rule is added; a framing that is not one keeps the server from starting
        w.type(robot, "#rules-pattern", "^PING");
        w.type(robot, "#rules-reply", "PONG");
        w.type(robot, "#rules-delay", "0");
        w.click(robot, "#rules-add");
        Fx.await(() -> editor.rules().size() == 1, "the fixed rule is added");
        assertThat(problem("#rules-outcome")).isEmpty();
        w.type(robot, "#rules-framing", "length:3");
        says("#rules-framing-problem", "Bad message framing: a length header is 1, 2 or 4 bytes, not 3");
        w.type(robot, "#server-port", "0");
        assertThat(Fx.on(() -> w.window.model().server().start())).isFalse();
        assertThat(Fx.on(() -> w.window.model().server().statusProperty().get())).isEqualTo(ServerStatus.NONE);
    }

    /** Waits until {@code id} says {@code wanted} (from its start), naming what it says instead. */
    private void says(String id, String wanted) {
        Fx.await(() -> problem(id).startsWith(wanted), Fx.T, () -> id + " says '" + problem(id) + "', not '" + wanted + "'");
    }

    private String problem(String id) {
        String text = w.label(id);
        return text == null ? "" : text;
    }
}
