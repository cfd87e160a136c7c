package netlab.engine.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import netlab.engine.event.EventClock;
import netlab.engine.event.EventStream;
import netlab.engine.testing.BareJvm;
import org.junit.jupiter.api.Test;

/**
 * Tasks run as the JDK's continuations, which a JVM started without the export does not give: a
 * program can tell before it runs anything, and a task made anyway is refused with the same words
 * and leaves nothing behind on the loop.
 */
class WithoutContinuationsTest {
    /** The program, run on a JVM without the export: what it can tell, and what a task does. */
    public static void main(String[] args) throws Exception {
        System.out.println("unavailable: " + Continuations.unavailable().orElse("no"));
        EventLoop loop = new EventLoop(new EventStream(new EventClock()));
        try {
            String attempt = loop.submit(() -> {
                try {
                    loop.createTask("doomed", () -> null);
                    return "made";
                } catch (IllegalStateException e) {
                    return "refused: " + e.getMessage();
                }
            }).get(Duration.ofSeconds(10));
            System.out.println(attempt);
            System.out.println("tasks: " + loop.submit(() -> loop.allTasks().size()).get(Duration.ofSeconds(10)));
            System.out.println("the loop still runs callbacks: " + loop.submit(() -> "yes").get(Duration.ofSeconds(10)));
        } finally {
            loop.close();
        }
    }

    @Test
    void thisJvmHasThem() {
        assertThat(Continuations.unavailable()).isEmpty();
    }

    @Test
    void aJvmWithoutTheExportSaysSoAndATaskMadeAnywayIsRefusedAndNotKept() throws Exception {
        BareJvm.Outcome child = BareJvm.run(WithoutContinuationsTest.class);
        List<String> lines = child.lines();
        assertThat(child.exitValue()).as("exit status; output: %s", lines).isZero();
        assertThat(lines).filteredOn(l -> l.startsWith("unavailable: ")).singleElement().asString()
                .startsWith("unavailable: " + Continuations.REQUIRED);
        assertThat(lines).filteredOn(l -> l.startsWith("refused: ")).singleElement().asString()
                .startsWith("refused: " + Continuations.REQUIRED)
                .contains("--add-exports java.base/jdk.internal.vm=ALL-UNNAMED");
        assertThat(lines).contains("tasks: 0", "the loop still runs callbacks: yes");
    }
}
