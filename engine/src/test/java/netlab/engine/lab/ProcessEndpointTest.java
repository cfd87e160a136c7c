package netlab.engine.lab;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.errors.FileNotFoundError;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.subprocess.ProcessSpec;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A command on the bench, as the "Run a command" pane and ./netlab exec use it. */
class ProcessEndpointTest {
    private final LabBench bench = new LabBench();

    @AfterEach
    void close() {
        bench.close();
    }

    private String fd(ProcessEndpoint p, int fd) {
        return Bytes.concat(bench.events(p.id(), EventKind.PIPE_DATA_RECEIVED).stream()
                .filter(e -> e.text().equals(Integer.toString(fd))).map(LabEvent::data).toList()).utf8();
    }

    @Test
    void itsOutputInputAndExitAreEventsOfItsPane() throws Exception {
        ProcessEndpoint p = bench.lab.startProcess(ProcessSpec.exec("sh", "-c", "read x; echo got $x; echo err >&2; exit 4"),
                ProcessEndpoint.DEFAULT_GRACE).get(T);
        assertThat(p.pid()).isPositive();
        p.write(Bytes.utf8("hi\n")).get(T);
        p.finished().get(T);
        assertThat(p.state()).isEqualTo(EndpointState.FINISHED);
        assertThat(p.returncode()).isEqualTo(4);
        assertThat(fd(p, 1)).isEqualTo("got hi\n");
        assertThat(fd(p, 2)).isEqualTo("err\n");
        assertThat(bench.events(p.id(), EventKind.PIPE_DATA_SENT)).extracting(LabEvent::data).containsExactly(Bytes.utf8("hi\n"));
        assertThat(bench.events(p.id(), EventKind.PROCESS_EXITED)).singleElement()
                .satisfies(e -> assertThat(e.text()).endsWith("exit status 4 (returncode 4)"));
        assertThat(p.origin().label()).isEqualTo("$ sh");
    }

    @Test
    void closingStdinLetsItSeeEof() throws Exception {
        ProcessEndpoint p = bench.lab.startProcess(ProcessSpec.exec("wc", "-c"), ProcessEndpoint.DEFAULT_GRACE).get(T);
        p.write(Bytes.utf8("12345")).get(T);
        p.closeStdin().get(T);
        p.finished().get(T);
        assertThat(fd(p, 1).strip()).isEqualTo("5");
        assertThat(p.returncode()).isZero();
    }

    @Test
    void stopReallyStopsIt() throws Exception {
        ProcessEndpoint p = bench.lab.startProcess(ProcessSpec.exec("sleep", "1000"), Duration.ofMillis(500)).get(T);
        p.stop().get(T);
        assertThat(p.state()).isEqualTo(EndpointState.STOPPED);
        assertThat(p.returncode()).isEqualTo(-15);
        assertThat(bench.events(p.id(), EventKind.PROCESS_EXITED)).singleElement()
                .satisfies(e -> assertThat(e.text()).contains("killed by SIGTERM"));
    }

    @Test
    void aMissingProgramFailsWithAClearMessageInItsPane() throws Exception {
        assertThatThrownBy(() -> bench.lab.startProcess(ProcessSpec.exec("netlab-no-such-program"), ProcessEndpoint.DEFAULT_GRACE).get(T))
                .isInstanceOf(FileNotFoundError.class);
        ProcessEndpoint p = (ProcessEndpoint) bench.lab.endpoints().stream().filter(e -> e instanceof ProcessEndpoint).findFirst().orElseThrow();
        p.finished().get(T);
        assertThat(p.state()).isEqualTo(EndpointState.FAILED);
        List<LabEvent> errors = bench.events(p.id(), EventKind.ERROR);
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.toLogLine())
                .isEqualTo("$ netlab-no-such-program: cannot run netlab-no-such-program: FileNotFoundError: [Errno 2] No such file or directory: 'netlab-no-such-program'"));
    }
}
