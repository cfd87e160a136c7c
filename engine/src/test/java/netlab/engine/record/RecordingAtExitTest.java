package netlab.engine.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that records and is ended by a real SIGTERM without stopping its recording (as a
 * window killed from outside is): the file still ends with every event and its end line.
 */
class RecordingAtExitTest {
    @TempDir
    Path dir;

    /** The program: a lab, a recording, 500 log lines, "ready", then it waits to be killed. */
    public static void main(String[] args) throws Exception {
        netlab.engine.lab.Lab lab = new netlab.engine.lab.Lab();
        RecordingWriter.start(lab.events(), Path.of(args[0]), RecordingHeader.now(lab.events().clock().startedAt(), "at-exit"));
        for (int i = 1; i <= 500; i++) {
            lab.events().log(netlab.engine.event.EventStream.LAB_ORIGIN, "main", "line " + i);
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
    }

    @Test
    void aSigtermWhileRecordingLeavesAFinishedFile() throws Exception {
        Path file = dir.resolve("killed" + RecordingFormat.EXTENSION);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RecordingAtExitTest.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("ready");
            p.destroy(); // SIGTERM on Linux and macOS
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the program ended").isTrue();
        } finally {
            p.destroyForcibly();
        }
        System.out.println("killed by SIGTERM: exit " + p.exitValue());
        Recording r = new RecordingReader().read(file);
        assertThat(r.notes()).isEmpty();
        assertThat(r.complete()).isTrue();
        List<String> logged = r.events().stream().filter(e -> e.kind() == EventKind.LOG).map(LabEvent::text).toList();
        assertThat(logged).hasSize(500).startsWith("line 1").endsWith("line 500");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(lines.size() - 1)).startsWith("{\"type\":\"end\"").contains("\"reason\":\"the program ended while recording\"");
    }
}
