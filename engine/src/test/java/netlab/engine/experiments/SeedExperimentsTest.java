package netlab.engine.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import netlab.engine.lab.EndpointState;
import netlab.engine.testing.ExperimentRun;
import netlab.engine.testing.ExternalProcess;
import netlab.engine.testing.LabBench;
import netlab.engine.testing.Python;
import netlab.engine.testing.Tools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The seeds' loop and task programs as NetLab runs them: each prints the seed's lines (the
 * gather-factorial interleaving exactly), and the same lines as CPython 3.11 prints for the
 * program in {@code /cpython/seeds/} (dates, pids and task numbers aside). The experiments run
 * side by side on one lab (each takes seconds of sleeps), and the Python programs meanwhile; the
 * blocking-call program runs alone, since stalling the loop is its point.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedExperimentsTest {
    private static final Duration T = Duration.ofSeconds(30);
    private static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}");

    private final LabBench bench = new LabBench();
    private final Map<String, ExperimentRun> runs = new LinkedHashMap<>();
    private final Map<String, ExternalProcess> pythons = new LinkedHashMap<>();

    private record Program(String key, String id, Map<String, String> params, String script, List<String> args) {
    }

    private static final List<Program> PROGRAMS = List.of(
            new Program("call-soon", "call-soon", Map.of(), "call_soon.py", List.of()),
            new Program("call-later", "call-later", Map.of(), "call_later.py", List.of()),
            new Program("future", "future", Map.of(), "future_until_complete.py", List.of()),
            new Program("future-callback", "future-callback", Map.of(), "future_callback.py", List.of()),
            new Program("gather-factorial", "gather-factorial", Map.of(), "gather_factorial.py", List.of()),
            new Program("task-chain", "task-chain", Map.of(), "task_chain.py", List.of()),
            new Program("cancel", "cancel", Map.of(), "cancel.py", List.of()),
            new Program("cancel-swallowed", "cancel", Map.of("swallow", "true"), "cancel.py", List.of("swallow")),
            new Program("gather", "gather", Map.of(), "gather.py", List.of()),
            new Program("wait", "wait", Map.of(), "wait.py", List.of()),
            new Program("wait-first-exception", "wait", Map.of("return_when", "FIRST_EXCEPTION"), "wait.py", List.of("FIRST_EXCEPTION")),
            new Program("wait-all-completed", "wait", Map.of("return_when", "ALL_COMPLETED"), "wait.py", List.of("ALL_COMPLETED")),
            new Program("shield", "shield", Map.of(), "shield.py", List.of()),
            new Program("create-task", "create-task", Map.of(), "create_task.py", List.of()),
            new Program("subprocess-protocol", "subprocess-protocol", Map.of(), "subprocess_protocol.py", List.of()),
            new Program("subprocess-stream", "subprocess-stream", Map.of(), "subprocess_stream.py", List.of()),
            new Program("subprocess-date", "subprocess-protocol", Map.of("program", "date '+%Y-%m-%d %H:%M:%S.%6N'"),
                    "subprocess_protocol.py", List.of()));

    @BeforeAll
    void startEverything() throws IOException {
        if (Tools.which("python3").isPresent()) {
            for (Program p : PROGRAMS) {
                List<String> cmd = new ArrayList<>(List.of(Python.require().toString(), "-u",
                        Python.resourceFile("/cpython/seeds/" + p.script()).toString()));
                cmd.addAll(p.args());
                pythons.put(p.key(), ExternalProcess.start(cmd));
            }
        }
        for (Program p : PROGRAMS) {
            runs.put(p.key(), ExperimentRun.start(bench.lab, bench.log, p.id(), p.params()));
        }
    }

    @AfterAll
    void stop() {
        pythons.values().forEach(ExternalProcess::close);
        bench.close();
    }

    /** Runs to its end, finished; returns what it printed. */
    private List<String> printed(String key) {
        ExperimentRun run = runs.get(key);
        assertThat(run.await(T)).as(key + " printed " + run.lines()).isEqualTo(EndpointState.FINISHED);
        List<String> lines = run.lines();
        ExternalProcess python = pythons.get(key);
        if (python != null) {
            try {
                assertThat(python.waitFor(T)).as(key + ".py exit").isZero();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            assertThat(setOrderFree(withoutCoro(normalize(lines)))).as("NetLab's " + key + " against CPython's")
                    .isEqualTo(setOrderFree(withoutCoro(normalize(python.stdoutLines()))));
        } else {
            Tools.missing(Tools.inCi(), "python3, to hold " + key + " against CPython's own run");
            System.out.println("SeedExperimentsTest: no python3, " + key + " checked against the seed's lines only");
        }
        return lines;
    }

    /** What may differ between two runs: dates, pids, task numbers, where a coroutine was defined. */
    static List<String> normalize(List<String> lines) {
        return lines.stream()
                .map(l -> DATETIME.matcher(l).replaceAll("DATETIME"))
                .map(l -> l.replaceAll("name='Task-\\d+'", "name='Task-N'"))
                .map(l -> l.replaceAll(", defined at [^>]*>", ">"))
                .map(l -> l.replaceAll(" running at [^>]*>", " running>"))
                .map(l -> l.replaceAll("wait_for=<Future pending[^>]*>", "wait_for=<Future pending>"))
                .toList();
    }

    /** A lambda has no function name to show as Python's coroutines do; the tests that care say so. */
    /**
     * CPython iterates a set of tasks in the order of their hashes (their addresses), which
     * differs from run to run: the tasks inside a printed set, and the lines printed while
     * iterating one (runs of lines alike up to their colon), are compared in sorted order.
     */
    static List<String> setOrderFree(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            java.util.regex.Matcher set = java.util.regex.Pattern.compile("\\{(<Task .*>)}").matcher(line);
            if (set.find()) {
                List<String> tasks = new ArrayList<>(List.of(set.group(1).split(", (?=<Task )")));
                java.util.Collections.sort(tasks);
                line = line.substring(0, set.start()) + "{" + String.join(", ", tasks) + "}" + line.substring(set.end());
            }
            out.add(line);
        }
        for (int i = 0; i < out.size(); ) {
            int colon = out.get(i).indexOf(": ");
            int j = i + 1;
            while (colon > 0 && j < out.size() && out.get(j).startsWith(out.get(i).substring(0, colon + 2))) {
                j++;
            }
            java.util.Collections.sort(out.subList(i, j));
            i = j;
        }
        return out;
    }

    static List<String> withoutCoro(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll(" coro=<(?:<[^>]*>|[^<>])*>", " coro=<...>")).toList();
    }

    @Test
    void callSoonSaysHelloWorld() {
        assertThat(printed("call-soon")).containsExactly("Hello World");
    }

    @Test
    void callLaterPrintsTheDateEverySecondForFiveSeconds() {
        List<String> lines = printed("call-later");
        assertThat(lines).hasSize(5).allMatch(l -> DATETIME.matcher(l).matches());
        List<LocalDateTime> times = lines.stream()
                .map(l -> LocalDateTime.parse(l, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS"))).toList();
        for (int i = 1; i < times.size(); i++) {
            long ms = Duration.between(times.get(i - 1), times.get(i)).toMillis();
            System.out.println("call-later: " + ms + " ms between line " + i + " and " + (i + 1));
            // a timer never fires early; how late a busy machine runs it says nothing about the loop
            assertThat(ms).as("a second apart at least, as a class sees it").isGreaterThanOrEqualTo(950L);
        }
    }

    @Test
    void bothFormsOfTheFutureSayItIsDone() {
        assertThat(printed("future")).containsExactly("Future is done!");
        assertThat(printed("future-callback")).containsExactly("Future is done!");
    }

    @Test
    void gatherFactorialInterleavesExactlyAsTheSeedPrints() {
        assertThat(printed("gather-factorial")).containsExactly(
                "Task A: Compute factorial(2)...",
                "Task B: Compute factorial(2)...",
                "Task C: Compute factorial(2)...",
                "Task A: factorial(2) = 2",
                "Task B: Compute factorial(3)...",
                "Task C: Compute factorial(3)...",
                "Task B: factorial(3) = 6",
                "Task C: Compute factorial(4)...",
                "Task C: factorial(4) = 24");
    }

    @Test
    void theTaskChainComputesThenPrintsTheSum() {
        assertThat(printed("task-chain")).containsExactly("Compute 1 + 2 ...", "1 + 2 = 3");
    }

    private static final String CANCEL_LINE = "exception: asyncio.CancelledError, task.cancel() 会向被协程抛 CancelledError 如果捕获不想上抛,则阻止了本次cancel";

    @Test
    void aCancelledTaskSeesCancelledErrorAndIsCancelled() {
        assertThat(printed("cancel")).containsExactly("mytask start", CANCEL_LINE, "canceled:  True");
    }

    @Test
    void aTaskThatSwallowsTheCancelGoesOnAndIsNotCancelled() {
        assertThat(printed("cancel-swallowed")).containsExactly("mytask start", CANCEL_LINE, "mytask end", "canceled:  False");
    }

    @Test
    void gatherListsTheResultsInTheOrderGiven() {
        assertThat(printed("gather")).containsExactly("cor1", "cor2", "result:  ['cor1 result', 'cor2 result']");
    }

    @Test
    void waitFirstCompletedThenWaitForThePendingOne() {
        List<String> lines = normalize(printed("wait"));
        assertThat(lines).containsExactly(
                "cor1",
                "cor2",
                "compled:  {<Task finished name='Task-N' coro=<cor2() done> result='cor2 result'>}",
                "完成的result: cor2 result",
                "pending:  {<Task pending name='Task-N' coro=<cor1() running> wait_for=<Future pending>>}",
                "pending 的task 继续完成的result: cor1 result",
                "the end ");
    }

    @Test
    void waitFirstExceptionAndAllCompleted() {
        assertThat(normalize(printed("wait-first-exception"))).containsExactly(
                "cor1",
                "cor2",
                "compled:  {<Task finished name='Task-N' coro=<cor2Raising() done> exception=ValueError('cor2 failed')>}",
                "完成的result: ValueError('cor2 failed')",
                "pending:  {<Task pending name='Task-N' coro=<cor1() running> wait_for=<Future pending>>}",
                "pending 的task 继续完成的result: cor1 result",
                "the end ");
        assertThat(normalize(printed("wait-all-completed"))).contains("完成的result: cor1 result", "完成的result: cor2 result",
                "pending:  set()", "the end ");
    }

    @Test
    void theShieldedTaskRunsOnWhenItsShieldIsCancelled() {
        assertThat(printed("shield")).containsExactly("mytask start", "hello", "hi", "canceled:  True", "mytask end");
    }

    @Test
    void bothSubprocessFormsPrintTheDateTheChildPrinted() {
        for (String key : List.of("subprocess-protocol", "subprocess-stream", "subprocess-date")) {
            List<String> lines = printed(key);
            assertThat(lines).as(key).singleElement().satisfies(l -> assertThat(l).matches("Current date: " + DATETIME.pattern()));
            LocalDateTime printed = LocalDateTime.parse(l(lines).substring("Current date: ".length()),
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS"));
            assertThat(Duration.between(printed, LocalDateTime.now()).abs()).as(key + ": the child's now").isLessThan(Duration.ofMinutes(1));
        }
        // and the child's pipe was seen, read by read, in the experiment's pane
        assertThat(runs.get("subprocess-protocol").events()).extracting(e -> e.kind())
                .contains(netlab.engine.event.EventKind.PROCESS_STARTED, netlab.engine.event.EventKind.PIPE_DATA_RECEIVED,
                        netlab.engine.event.EventKind.PIPE_CONNECTION_LOST, netlab.engine.event.EventKind.PROCESS_EXITED);
    }

    private static String l(List<String> lines) {
        return lines.get(0);
    }

    @Test
    void createTaskRunsThemSideBySide() {
        assertThat(printed("create-task")).containsExactly("say hey on 1", "say hello on 2", "say hi on 3", "all task done");
    }
}
