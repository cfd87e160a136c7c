package netlab.app.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import netlab.app.preset.PresetLibrary;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Role;
import netlab.engine.lab.Lab;
import netlab.engine.preset.Preset;
import netlab.engine.preset.PresetRun;
import netlab.engine.testing.EventLog;
import netlab.ui.code.CodeFile;
import netlab.ui.code.CodeMark;
import netlab.ui.code.CodeSample;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A StreamReader call the run reports ({@code read() → b'…'}, {@code readline()}, a read that
 * waits, one that raises) leads to the line of the seed that awaits it, as
 * {@code data = await reader.read(128)}: in the seed's Python and in the Java beside it.
 */
class ReadEventMarksTest {
    private static final Set<EventKind> READER_CALLS = Set.of(EventKind.STREAM_READ, EventKind.STREAM_READLINE,
            EventKind.STREAM_READEXACTLY, EventKind.STREAM_READUNTIL, EventKind.STREAM_READ_WAITING, EventKind.STREAM_READ_FAILED);
    /** What the line of a reader call says, in Python and in Java, for each kind of call. */
    private static final Map<String, List<String>> CALLS = Map.of("read", List.of("read(", "readFrom("), "readline", List.of("readline(", "readFrom("),
            "readexactly", List.of("readexactly(", "readFrom("), "readuntil", List.of("readuntil(", "readFrom("));

    static List<String> presets() {
        return PresetLibrary.loadBundled().all().stream().map(Preset::id).filter(id -> !id.equals("signals")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void everyReaderCallLeadsToTheLineThatAwaitsIt(String id) throws Exception {
        Preset preset = PresetLibrary.loadBundled().find(id).orElseThrow();
        CodeSample code = CodeLibrary.loadBundled().samples().stream().filter(s -> s.presetId().equals(id)).findFirst().orElseThrow();
        List<LabEvent> events;
        try (Lab lab = new Lab(); EventLog log = new EventLog(lab.events())) {
            PresetRun run = PresetRun.start(lab, preset, preset.servers().isEmpty() ? null : 0).get(Duration.ofSeconds(60));
            run.stop().get(Duration.ofSeconds(10));
            events = List.copyOf(log.all());
        }
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (LabEvent e : events) {
            if (!READER_CALLS.contains(e.kind())) {
                continue;
            }
            if (id.equals("http-head") && e.origin().role() == Role.SERVER) {
                continue; // the lab's own HTTP server answers the seed's client: it is no seed program, no code is beside it
            }
            calls++;
            CodeMark mark = code.markFor(e).orElse(null);
            String call = e.kind() == EventKind.STREAM_READ_WAITING || e.kind() == EventKind.STREAM_READ_FAILED ? e.text()
                    : e.kind().asyncioName();
            if (mark == null) {
                wrong.add(e.origin().role() + " " + e.toLogLine() + ": no line");
                continue;
            }
            if (mark.match().data() != null) {
                continue; // a mark for one result (readline() → b'': "if not line:") says what the result leads to, on purpose
            }
            for (Map.Entry<String, Integer> at : mark.lines().entrySet()) {
                CodeFile file = code.file(at.getKey()).orElseThrow();
                String line = file.text().lines().skip(at.getValue() - 1).findFirst().orElse("");
                if (CALLS.getOrDefault(call, List.of(call + "(")).stream().noneMatch(line::contains)) {
                    wrong.add(e.origin().role() + " " + e.toLogLine() + ": " + at.getKey() + ":" + at.getValue() + " is '" + line.strip() + "'");
                }
            }
        }
        System.out.printf("read marks: %s: %d reader calls%n", id, calls);
        assertThat(wrong).as(id + ": reader calls that lead to no line, or not to the call's line").isEmpty();
    }
}
