package netlab.app.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import netlab.app.preset.PresetLibrary;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.lab.Lab;
import netlab.engine.loop.LoopFuture;
import netlab.engine.preset.Preset;
import netlab.engine.preset.PresetRun;
import netlab.engine.testing.EventLog;
import netlab.ui.code.CodeMark;
import netlab.ui.code.CodeSample;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeds' tasks carry the names their lines print (gather-factorial's A, B, C; create-task's
 * "say hello"...; task-chain's print_sum; blocking-call's ticker and blocker): each task's
 * create_task event leads to the line that made that very task, in the Python and in the Java, and
 * its done event leads to a line too.
 */
class TaskNameMarksTest {
    /** By preset: each task's name and the text of the Python line that creates it. */
    private static final Map<String, Map<String, String>> TASKS = Map.of(
            "gather-factorial", Map.of("A", "factorial(\"A\", 2)", "B", "factorial(\"B\", 3)", "C", "factorial(\"C\", 4)"),
            "create-task", Map.of("say hello", "task1 = loop.create_task", "say hi", "task2 = loop.create_task",
                    "say hey", "task3 = loop.create_task"),
            "task-chain", Map.of("print_sum", "loop.create_task(print_sum(1, 2))"),
            "blocking-call", Map.of("ticker", "asyncio.gather(ticker(0.5, 5), blocker(1.2, 2))",
                    "blocker", "asyncio.gather(ticker(0.5, 5), blocker(1.2, 2))"));

    static List<String> presets() {
        return List.of("gather-factorial", "create-task", "task-chain", "blocking-call");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void eachNamedTaskLightsTheLineThatMadeIt(String id) throws Exception {
        CodeSample code = CodeLibrary.loadBundled().samples().stream().filter(s -> s.presetId().equals(id)).findFirst().orElseThrow();
        Map<String, String> tasks = TASKS.get(id);
        List<String> created = new ArrayList<>();
        int done = 0;
        for (LabEvent e : run(id)) {
            if (!tasks.containsKey(e.logger()) || (e.kind() != EventKind.TASK_CREATED && e.kind() != EventKind.TASK_DONE)) {
                continue;
            }
            CodeMark m = code.markFor(e).orElse(null);
            assertThat(m).as(id + ": a mark for " + e.toLogLine()).isNotNull();
            if (e.kind() == EventKind.TASK_DONE) {
                done++;
                continue;
            }
            created.add(e.logger());
            for (var line : m.lines().entrySet()) {
                var file = code.file(line.getKey()).orElseThrow();
                String text = file.text().lines().toList().get(line.getValue() - 1);
                if (file.isPython()) {
                    assertThat(text).as(id + ": the Python line that creates " + e.logger()).contains(tasks.get(e.logger()));
                } else {
                    assertThat(text).as(id + ": the Java line that creates and names " + e.logger()).contains("\"" + e.logger() + "\")");
                }
            }
        }
        assertThat(created).as(id + ": the tasks created under their names").containsExactlyInAnyOrderElementsOf(tasks.keySet());
        assertThat(done).as(id + ": each named task's done event").isEqualTo(tasks.size());
    }

    private static List<LabEvent> run(String id) throws Exception {
        Preset preset = PresetLibrary.loadBundled().find(id).orElseThrow();
        try (Lab lab = new Lab(); EventLog log = new EventLog(lab.events())) {
            LoopFuture<PresetRun> starting = PresetRun.start(lab, preset, null);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(starting::done);
            PresetRun run = starting.get(Duration.ofSeconds(5));
            assertThat(run.clientsSucceeded()).as(id + " runs to its end").isTrue();
            run.stop().get(Duration.ofSeconds(10));
            return List.copyOf(log.all());
        }
    }
}
