package netlab.engine.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.lab.EndpointState;
import netlab.engine.testing.ExperimentRun;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.Test;

/**
 * The timeline's task lanes are named by TASK_CREATED's text: the lessons name their tasks as
 * their printed lines do (factorial's A, B, C), not CPython's Task-N, while the printed lines stay
 * CPython's (SeedExperimentsTest holds them against python3).
 */
class TaskLaneNamesTest {

    private static List<String> createdTasks(String experiment) {
        try (LabBench bench = new LabBench()) {
            ExperimentRun run = ExperimentRun.start(bench.lab, bench.log, experiment, Map.of());
            assertThat(run.await(Duration.ofSeconds(30))).isEqualTo(EndpointState.FINISHED);
            return run.events().stream().filter(e -> e.kind() == EventKind.TASK_CREATED).map(LabEvent::text).toList();
        }
    }

    @Test
    void gatherFactorialsTasksAreTheSeedsABAndC() {
        assertThat(createdTasks("gather-factorial")).filteredOn(n -> n.length() == 1).containsExactly("A", "B", "C");
    }

    @Test
    void createTaskAndTaskChainNameTheirTasksAsTheyPrint() {
        assertThat(createdTasks("create-task")).contains("say hello", "say hi", "say hey");
        assertThat(createdTasks("task-chain")).contains("print_sum");
    }
}
