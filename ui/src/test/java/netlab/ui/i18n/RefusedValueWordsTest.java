package netlab.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import netlab.engine.errors.Refusal;
import netlab.engine.errors.RefusedValue;
import netlab.engine.lab.ServerSpec;
import netlab.engine.net.Ports;
import netlab.engine.relay.SplitMode;
import org.junit.jupiter.api.Test;

/**
 * Every value the engine refuses reads in English exactly as the engine (and so the CLI) says it,
 * and in Chinese as Chinese around the same parts: a form shows it in the window's language.
 */
class RefusedValueWordsTest {
    private final I18n english = new I18n(Locale.ENGLISH);
    private final I18n chinese = new I18n(Locale.SIMPLIFIED_CHINESE);

    @Test
    void eachRefusalReadsAsTheEngineSaysItInEnglishAndInChineseInChinese() {
        for (Refusal form : Refusal.values()) {
            RefusedValue refused = form.refuse("P0'x", "P1", "P2");
            Problem problem = Problem.from(refused);
            assertThat(problem.render(english)).as(form.name()).isEqualTo(refused.getMessage());
            String said = problem.render(chinese);
            assertThat(said).as(form.name()).isNotEqualTo(refused.getMessage()).containsPattern("\\p{IsHan}");
            for (int i = 0; i < 3; i++) {
                // each part the English names is named in Chinese too, and nothing else of the template's numbers
                String part = refused.parts().get(i);
                assertThat(said.contains(part)).as(form.name() + " part " + i).isEqualTo(form.template().contains("{" + i + "}"));
            }
            assertThat(said).as(form.name()).doesNotContainPattern("\\{\\d}");
        }
    }

    @Test
    void aRealRefusalFromTheEngineIsSaidInChinese() {
        Throwable port = catchThrown(() -> Ports.check(70000));
        assertThat(port).hasMessage("port must be 0..65535 (0 picks a free one), was 70000");
        assertThat(Problem.from(port).render(chinese)).isEqualTo("端口必须在 0..65535 之间（0 表示任选一个空闲端口），现在是 70000");

        Throwable udp = catchThrown(() -> ServerSpec.builder().transport(netlab.engine.lab.TransportKind.UDP)
                .behavior(netlab.engine.lab.ServerBehavior.LINES).build());
        assertThat(Problem.from(udp).render(chinese)).startsWith("UDP 服务器回显数据报").contains("“lines”");
    }

    @Test
    void aBadSplitIsSaidWithoutTheCommandLinesOptionName() {
        Throwable split = catchThrown(() -> SplitMode.parse("chop:3"));
        assertThat(split).hasMessageStartingWith("--split chop:3: unknown split mode 'chop'");
        Problem problem = Problem.from(split);
        assertThat(problem.raw()).startsWith("unknown split mode 'chop'; one of ");
        assertThat(problem.render(english)).isEqualTo(problem.raw());
        assertThat(problem.render(chinese)).startsWith("未知的切分方式“chop”；可选 ");
    }

    private static Throwable catchThrown(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("nothing was refused");
    }
}
