package netlab.engine.lab;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.testing.LabBench;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A subprocess experiment stopped while its child runs takes the child with it, and the child's
 * own children: nothing it started outlives it. The child is a real shell that starts a
 * grandchild and never prints, so the experiment waits until it is stopped.
 */
class ExperimentChildrenTest {
    private final LabBench bench = new LabBench();
    private List<ProcessHandle> started = List.of();

    @AfterEach
    void close() {
        started.forEach(ProcessHandle::destroyForcibly); // should there be any left, not for the next test
        bench.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"subprocess-protocol", "subprocess-stream"})
    void stoppingTheExperimentStopsItsChildAndTheChildsChildren(String experiment) throws Exception {
        ExperimentEndpoint exp = bench.lab.startExperiment(new ExperimentSpec(experiment, null,
                Map.of("program", "sh -c 'sleep 60 & sleep 61; wait'"))).get(T);
        LabEvent startedEvent = bench.log.await(e -> e.kind() == EventKind.PROCESS_STARTED && e.origin().endpoint().equals(exp.id()), T);
        ProcessHandle child = ProcessHandle.of(startedEvent.amount()).orElseThrow();
        Awaitility.await().atMost(T).until(() -> child.descendants().count() >= 2);
        List<ProcessHandle> family = child.descendants().toList();
        started = new java.util.ArrayList<>(family);
        started.add(child);
        assertThat(exp.state()).isEqualTo(EndpointState.RUNNING);

        exp.stop().get(T);
        Awaitility.await().atMost(T).until(() -> started.stream().noneMatch(ProcessHandle::isAlive));

        LabEvent exit = bench.log.await(e -> e.kind() == EventKind.PROCESS_EXITED && e.origin().endpoint().equals(exp.id()), T);
        assertThat(exit.text()).contains("killed by SIGTERM");
        assertThat(bench.lab.loop().submit(() -> bench.lab.loop().programResources().owners()).get(T))
                .as("nothing is left owned by the stopped program").isZero();
    }
}
