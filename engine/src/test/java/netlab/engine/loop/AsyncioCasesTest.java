package netlab.engine.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import netlab.engine.testing.Python;
import netlab.engine.testing.TestLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Futures, tasks, cancellation, gather, wait, wait_for, shield and the loop's ordering, case by
 * case against CPython 3.11. Each case is written twice, in {@code /cpython/asyncio_cases.py} and
 * in {@link AsyncioCases}, and logs its steps; {@code /cpython/asyncio_cases.expected} is the line
 * CPython printed for each. The cases run without Python; {@link #theTableIsWhatCPythonSaysToday}
 * re-derives the table from the machine's python3 when there is one.
 */
class AsyncioCasesTest {
    private static final Map<String, String> EXPECTED = expected();

    private static Map<String, String> expected() {
        try (InputStream in = AsyncioCasesTest.class.getResourceAsStream("/cpython/asyncio_cases.expected")) {
            Map<String, String> table = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(": ");
                table.put(line.substring(0, colon), line.substring(colon + 2));
            }
            return table;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<String> cases() {
        return AsyncioCases.ALL.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void behavesAsCPython(String name) throws Exception {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        try (TestLoop t = new TestLoop()) {
            t.loop.runUntilComplete("main", () -> {
                AsyncioCases.ALL.get(name).run(log);
                Asyncio.sleep(0).await();
                return null;
            }, Duration.ofSeconds(10));
        }
        assertThat(String.join(" | ", log)).isEqualTo(EXPECTED.get(name));
    }

    @Test
    void everyCaseOfTheTableIsWrittenInJava() {
        assertThat(AsyncioCases.ALL.keySet()).containsExactlyElementsOf(EXPECTED.keySet());
    }

    @Test
    void theTableIsWhatCPythonSaysToday() throws Exception {
        List<String> python = Python.script("/cpython/asyncio_cases.py", "");
        List<String> table = new ArrayList<>();
        EXPECTED.forEach((k, v) -> table.add(k + ": " + v));
        assertThat(python).containsExactlyElementsOf(table);
    }
}
