package netlab.app.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import netlab.app.preset.PresetLibrary;
import netlab.engine.lab.Lab;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventSubscription;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.preset.PresetRun;
import netlab.ui.code.CodeFile;
import netlab.ui.code.CodeMark;
import netlab.ui.code.CodeSample;
import org.junit.jupiter.api.Test;

/** The code beside the runs: every preset has it, it loads whole, ships the engine's own source, and leads every event of stream-echo to its lines. */
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
            assertThat(s.marks()).as(s.presetId() + " has marks").isNotEmpty();
            for (List<String> pair : s.pairs()) {
                assertThat(pair).as(s.presetId() + ": a pair of files it has").allMatch(id -> s.file(id).isPresent());
            }
            for (CodeMark m : s.marks()) {
                assertThat(m.lines()).as(s.presetId() + ": a mark leads to a line").isNotEmpty();
                for (var line : m.lines().entrySet()) {
                    int lines = s.file(line.getKey()).orElseThrow().lineCount();
                    assertThat(line.getValue()).isBetween(1, lines);
                }
            }
        }
    }

    @Test
    void everyPresetHasItsCodeBesideTheRun() {
        List<String> presets = PresetLibrary.loadBundled().all().stream().map(p -> p.id()).toList();
        assertThat(library.samples().stream().map(CodeSample::presetId).toList()).containsExactlyInAnyOrderElementsOf(presets);
    }

    /** Read from the JSON itself: a line named by its text is on exactly one line of its file, however the marks are parsed. */
    @Test
    void everyLineAMarkNamesIsOnExactlyOneLineOfItsFile() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ClassLoader loader = getClass().getClassLoader();
        int named = 0;
        for (CodeSample s : library.samples()) {
            JsonNode root;
            try (var in = loader.getResourceAsStream("netlab/code/" + s.presetId() + ".json")) {
                root = json.readTree(in);
            }
            for (JsonNode m : root.path("marks")) {
                for (var line : m.path("lines").properties()) {
                    List<String> text = s.file(line.getKey()).orElseThrow().text().lines().toList();
                    JsonNode ref = line.getValue();
                    String unique = ref.isObject() ? ref.path("after").asText() : ref.asText();
                    assertThat(text.stream().filter(l -> l.contains(unique)).count())
                            .as(s.presetId() + ": lines of " + line.getKey() + " holding \"" + unique + "\"").isEqualTo(1);
                    named++;
                }
            }
        }
        assertThat(named).isGreaterThan(500);
    }

    /** The Java beside every run is the engine's own source, copied at build time, not a copy kept by hand. */
    @Test
    void theJavaBesideTheRunIsTheEnginesOwnSource() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int compared = 0;
        for (CodeSample s : library.samples()) {
            JsonNode root;
            try (var in = getClass().getClassLoader().getResourceAsStream("netlab/code/" + s.presetId() + ".json")) {
                root = json.readTree(in);
            }
            for (JsonNode f : root.path("files")) {
                String resource = f.path("resource").asText();
                if (!f.path("language").asText().equals("java")) {
                    assertThat(resource).startsWith("netlab/code/python/");
                    continue;
                }
                assertThat(resource).startsWith("netlab/code/java/");
                Path source = Path.of("..", "engine", "src", "main", "java").resolve(resource.substring("netlab/code/java/".length()));
                assertThat(s.file(f.path("id").asText()).orElseThrow().text()).as(resource).isEqualTo(Files.readString(source));
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(library.samples().size());
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

    /** Two callbacks that print the same words: the line is named as the first after one that is unique. */
    @Test
    void aRepeatedLineIsNamedAsTheFirstAfterAUniqueOne() {
        CodeFile f = new CodeFile("a.py", null, "python",
                "def a():\n    print('Close')\n\ndef b():\n    print('Close')\n");
        ObjectMapper json = new ObjectMapper();
        assertThat(CodeLibrary.lineOf(f, json.createObjectNode().put("after", "def b()").put("find", "print('Close')"))).isEqualTo(5);
        assertThat(CodeLibrary.lineOf(f, json.getNodeFactory().textNode("def a()"))).isEqualTo(1);
        assertThatThrownBy(() -> CodeLibrary.lineOf(f, json.createObjectNode().put("after", "def"))).hasMessageContaining("find");
        assertThatThrownBy(() -> CodeLibrary.lineOf(f, json.createObjectNode().put("after", "def b()").put("find", "def a()")))
                .hasMessageContaining("no line");
    }

    /** A mark may name the bytes an event carries: prefix-echo's two writes lead to their own lines. */
    @Test
    void aMarkMayMatchTheBytesOfAnEvent() {
        CodeSample code = sample("prefix-echo");
        Origin server = Origin.endpoint("server-1", Role.SERVER, "SimpleEchoProtocol");
        LabEvent prefix = new LabEvent(1, 1, server, EventKind.DATA_SENT, "SimpleEchoProtocol", null, Bytes.utf8("echo:"), 0, 5, null);
        LabEvent data = new LabEvent(2, 2, server, EventKind.DATA_SENT, "SimpleEchoProtocol", null, Bytes.utf8("a"), 5, 1, null);
        int prefixLine = code.markFor(prefix).orElseThrow().lines().get("server.py");
        int dataLine = code.markFor(data).orElseThrow().lines().get("server.py");
        List<String> py = code.file("server.py").orElseThrow().text().lines().toList();
        assertThat(py.get(prefixLine - 1)).contains("write(b'echo:')");
        assertThat(py.get(dataLine - 1)).contains("write(data)");
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
