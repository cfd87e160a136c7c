package netlab.app.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import netlab.app.preset.PresetLibrary;
import netlab.engine.bench.Lab;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventSubscription;
import netlab.engine.event.LabEvent;
import netlab.engine.preset.PresetRun;
import netlab.ui.code.CodeFile;
import netlab.ui.code.CodeMark;
import netlab.ui.code.CodeSample;
import org.junit.jupiter.api.Test;

/** The code beside the runs: it loads whole, ships the engine's own source, and leads every event of stream-echo to its lines. */
class CodeLibraryTest {
    private final CodeLibrary library = CodeLibrary.loadBundled();

    private CodeSample sample(String id) {
        return library.samples().stream().filter(s -> s.presetId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everySampleLoadsWithEveryMarkOnExactlyOneLine() {
        assertThat(library.problems()).isEmpty();
        assertThat(library.samples()).isNotEmpty();
        PresetLibrary presets = PresetLibrary.loadBundled();
        for (CodeSample s : library.samples()) {
            assertThat(presets.find(s.presetId())).as("code for a preset of the library: " + s.presetId()).isPresent();
            assertThat(s.files()).anyMatch(CodeFile::isPython).anyMatch(f -> f.language().equals("java"));
            for (CodeMark m : s.marks()) {
                for (var line : m.lines().entrySet()) {
                    int lines = s.file(line.getKey()).orElseThrow().lineCount();
                    assertThat(line.getValue()).isBetween(1, lines);
                }
            }
        }
    }

    @Test
    void theJavaBesideTheRunIsTheEnginesOwnSource() throws Exception {
        CodeFile shipped = sample("stream-echo").file("StreamEchoClient.java").orElseThrow();
        Path source = Path.of("..", "engine", "src", "main", "java", "netlab", "engine", "experiments", "StreamEchoClient.java");
        assertThat(shipped.text()).isEqualTo(Files.readString(source));
    }

    @Test
    void aLineNamedByTextMustBeOnExactlyOneLine() {
        CodeFile f = new CodeFile("a.py", null, "python", "x = 1\nwriter.close()\nserver.close()\n");
        assertThat(CodeLibrary.lineOf(f, "writer.close()")).isEqualTo(2);
        assertThatThrownBy(() -> CodeLibrary.lineOf(f, ".close()")).hasMessageContaining("more than one line");
        assertThatThrownBy(() -> CodeLibrary.lineOf(f, "gone()")).hasMessageContaining("no line");
        assertThat(CodeLibrary.kind("data_received")).isEqualTo(EventKind.DATA_RECEIVED);
        assertThat(CodeLibrary.kind("DATA_SENT")).isEqualTo(EventKind.DATA_SENT);
    }

    /** Every line stream-echo logs, and every socket event of its run, leads to a line in the Python and one in the Java. */
    @Test
    void everyEventOfAStreamEchoRunLeadsToItsLinesInBothLanguages() throws Exception {
        CodeSample code = sample("stream-echo");
        List<LabEvent> events = new ArrayList<>();
        try (Lab lab = new Lab()) {
            EventSubscription log = lab.events().subscribe("test", 65_536);
            PresetRun run = PresetRun.start(lab, PresetLibrary.loadBundled().find("stream-echo").orElseThrow(), 0)
                    .get(Duration.ofSeconds(20));
            assertThat(run.clientsSucceeded()).isTrue();
            run.stop().get(Duration.ofSeconds(10));
            while (log.awaitDrainTo(events, 10_000, 200, TimeUnit.MILLISECONDS) > 0) {
                // drain what the run reported
            }
        }
        List<EventKind> mapped = List.of(EventKind.LOG, EventKind.LISTENING, EventKind.CONNECTION_MADE, EventKind.DATA_SENT,
                EventKind.DATA_RECEIVED, EventKind.EOF_SENT, EventKind.EOF_RECEIVED, EventKind.CONNECTION_LOST, EventKind.SERVER_CLOSED);
        int checked = 0;
        for (LabEvent e : events) {
            if (!mapped.contains(e.kind())) {
                continue;
            }
            CodeMark m = code.markFor(e).orElse(null);
            assertThat(m).as("a mark for " + e.kind() + " " + e.toLogLine()).isNotNull();
            assertThat(m.lines().keySet()).as("lines in both languages for " + e.toLogLine())
                    .anyMatch(id -> code.file(id).orElseThrow().isPython())
                    .anyMatch(id -> !code.file(id).orElseThrow().isPython());
            if (e.kind() == EventKind.LOG) {
                // the Python line is the one that prints it: it holds the message's first word
                String word = e.text().split("[ ']")[0];
                String py = m.lines().entrySet().stream().filter(l -> code.file(l.getKey()).orElseThrow().isPython())
                        .map(l -> code.file(l.getKey()).orElseThrow().text().lines().toList().get(l.getValue() - 1)).findFirst().orElseThrow();
                assertThat(py).as("the Python line of " + e.toLogLine()).contains("log.debug('" + word);
            }
            checked++;
        }
        assertThat(checked).as("events of the run").isGreaterThan(40);
    }
}
