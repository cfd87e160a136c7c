package netlab.app.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed programs shown beside a run (netlab/code/python/) and the ones the engine's tests run
 * under CPython as the oracle for NetLab's output (cpython/seeds/ in the engine's test jar) are two
 * copies: the shown one carries a header on what was restored from the tutorial. Their code must
 * not drift apart, or the page would show a program nobody checked. Comments and blank lines may
 * differ. (http_head, wait and the subprocess seeds differ on purpose: the oracles take a CA file,
 * a return_when, and drop the Windows branch.)
 */
class ShownPythonIsTheTestedPythonTest {

    @ParameterizedTest
    @ValueSource(strings = {"blocking_call", "call_later", "call_soon", "cancel", "create_task", "gather",
            "gather_factorial", "shield", "signals", "task_chain"})
    void theCodeShownIsTheCodeCPythonRanInTheTests(String name) throws IOException {
        List<String> shown = code("/netlab/code/python/" + name + ".py");
        List<String> tested = code("/cpython/seeds/" + name + ".py");
        assertThat(shown).as(name + ".py shown beside the run, against the one the tests run").isEqualTo(tested);
    }

    /** The lines of a Python file without comments, trailing blanks and blank lines. */
    private static List<String> code(String resource) throws IOException {
        try (InputStream in = ShownPythonIsTheTestedPythonTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.strip().startsWith("#"))
                    .map(l -> l.replaceAll("\\s+#.*$", "").stripTrailing())
                    .filter(l -> !l.isBlank())
                    .toList();
        }
    }
}
