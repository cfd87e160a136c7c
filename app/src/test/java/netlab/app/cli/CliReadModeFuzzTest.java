package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import netlab.engine.fuzz.Fuzz;
import netlab.engine.stream.ReadMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code connect --read ...} with any text, through the real command line (in this JVM): the
 * text is refused as a usage error that names the problem, or accepted exactly when the engine
 * accepts it (then the deliberately bad port 0 is what stops the run, so nothing connects).
 */
@Tag("fuzz")
class CliReadModeFuzzTest {
    @Test
    void anyReadModeTextIsRefusedClearlyOrAcceptedAsTheEngineWould() {
        int[] accepted = {0};
        int ran = Fuzz.run("connect --read on any text", 250, Duration.ofSeconds(2), (r, i) -> {
            String prefix = new String[] {"chunk:", "exactly:", "until:", "line", "", "until:\\"}[r.nextInt(6)];
            String text = prefix + (r.nextInt(3) == 0 ? Integer.toString(r.nextInt()) : Fuzz.nastyText(r, 10));
            boolean engineAccepts;
            try {
                ReadMode.parse(text);
                engineAccepts = true;
            } catch (IllegalArgumentException e) {
                engineAccepts = false;
            }
            CliBadInputTest.Result result = CliBadInputTest.netlab("connect", "--port", "0", "--read", text);
            assertThat(result.status()).as("--read %s\n%s", text, result).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err()).as("--read %s", text).startsWith("netlab connect: ").doesNotContain("Exception");
            assertThat(result.err().contains("port must be 1..65535, was 0")).as("--read %s accepted?\n%s", text, result).isEqualTo(engineAccepts);
            if (engineAccepts) {
                accepted[0]++;
            }
        });
        System.out.printf("connect --read: %d of %d accepted, the rest refused with a message%n", accepted[0], ran);
    }
}
