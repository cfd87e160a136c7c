package netlab.engine.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import netlab.engine.lab.EndpointState;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.testing.ExperimentRun;
import netlab.engine.testing.LabBench;
import netlab.engine.testing.Python;
import org.junit.jupiter.api.Test;

/**
 * The blocking-call lesson, alone on its lab (it stalls the loop on purpose): the ticker's third
 * tick comes only after the blocker's two-second time.sleep, as in CPython; the blocker's step
 * lasts those two seconds on the timeline, and the loop reports the lag.
 */
class BlockingCallTest {
    private static final Pattern TICK = Pattern.compile("ticker: tick (\\d) at (\\d+\\.\\d) s(?: \\((\\d+\\.\\d) s late\\))?");

    @Test
    void aBlockingTaskStallsEveryOtherOneAndTheLoopSaysHowLong() throws Exception {
        List<String> lines;
        List<LabEvent> events;
        try (LabBench bench = new LabBench()) {
            ExperimentRun run = ExperimentRun.start(bench.lab, bench.log, "blocking-call", Map.of());
            assertThat(run.await(Duration.ofSeconds(30))).isEqualTo(EndpointState.FINISHED);
            lines = run.lines();
            events = run.events();
            System.out.println("blocking-call printed:\n  " + String.join("\n  ", lines));
        }
        checkShape(lines);

        // the timeline: one step of the blocker lasts the whole time.sleep(2)
        long longest = events.stream().filter(e -> e.kind() == EventKind.TASK_STEP)
                .mapToLong(e -> e.nanos() - e.offset()).max().orElse(0);
        assertThat(longest).as("the blocker's longest step").isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(1900));
        // and the loop says how late the ticker's timer ran
        try (LabBench bench = new LabBench()) {
            ExperimentRun run = ExperimentRun.start(bench.lab, bench.log, "blocking-call", Map.of("block", "1"));
            run.await(Duration.ofSeconds(30));
            List<LabEvent> lag = bench.log.ofKind(EventKind.LOOP_LAG);
            assertThat(lag).as("a LOOP_LAG event for the stalled timer").isNotEmpty();
            assertThat(lag.stream().mapToLong(LabEvent::amount).max().orElse(0)).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(500));
            assertThat(bench.lab.loop().lag().maxNanos()).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(500));
        }
    }

    @Test
    void cpythonPrintsTheSameShape() throws Exception {
        // no python3: skipped saying so (failed in CI), never passed without comparing
        List<String> python = Python.script("/cpython/seeds/blocking_call.py", "");
        checkShape(python);
    }

    /**
     * Five ticks in order, the blocker's two lines together among them, and the tick after the
     * blocker held back by its time.sleep(2). Order and lower bounds only: a timer never fires
     * early, but a busy machine runs any of them late, even tick 2 after the blocker (due at 1.2 s)
     * when tick 1 came late; so where the blocker falls is read from the lines, not assumed.
     */
    private static void checkShape(List<String> lines) {
        assertThat(lines).hasSize(7);
        int blocker = lines.indexOf("blocker: time.sleep(2) blocks the loop thread");
        assertThat(blocker).as("the blocker's line, after at least one tick").isGreaterThanOrEqualTo(1).isLessThan(6);
        assertThat(lines.get(blocker + 1)).isEqualTo("blocker: awake again");
        List<String> ticks = new java.util.ArrayList<>(lines);
        ticks.subList(blocker, blocker + 2).clear();
        double[] at = new double[6];
        String[] late = new String[6];
        for (int n = 1; n <= 5; n++) {
            Matcher m = TICK.matcher(ticks.get(n - 1));
            assertThat(m.matches()).as(ticks.get(n - 1)).isTrue();
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(n);
            at[n] = Double.parseDouble(m.group(2));
            late[n] = m.group(3);
        }
        assertThat(at[1]).isGreaterThanOrEqualTo(0.45);
        for (int n = 2; n <= 5; n++) {
            assertThat(at[n] - at[n - 1]).as("tick %d after tick %d", n, n - 1).isGreaterThanOrEqualTo(0.45);
        }
        // the tick after the blocker: the blocker began at 1.2 s at the earliest and slept 2 s, and
        // the tick before it ran before it began, so this one was due 0.5 s after that and ran 1.5 s late at least
        int held = blocker + 1;
        assertThat(at[held]).as("tick %d waited for the blocker", held).isGreaterThanOrEqualTo(3.15);
        assertThat(late[held]).as("tick %d says it ran late", held).isNotNull();
        assertThat(Double.parseDouble(late[held])).isGreaterThanOrEqualTo(1.4);
    }
}
