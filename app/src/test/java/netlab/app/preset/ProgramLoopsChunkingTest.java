package netlab.app.preset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Role;
import netlab.engine.lab.Lab;
import netlab.engine.preset.Preset;
import netlab.engine.preset.PresetRun;
import netlab.engine.testing.EventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seeds' server and client are separate programs: a preset runs them on separate loops
 * (threads), so how the server's reads cut the client's three writes changes from run to run, as
 * between the seed's two processes, and every echo stays byte-exact. Lessons of one program stay
 * on the lab's one loop.
 */
class ProgramLoopsChunkingTest {
    private static final String MESSAGE = "This is the message. It will be sent in parts.";
    /** Enough runs that two cuttings show even on a loaded machine; the loop stops as soon as they do. */
    private static final int MAX_PRESET_RUNS = 60;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stream-echo", "unix-echo"})
    void theServersReadsCutTheMessageDifferentlyFromRunToRunAndEveryEchoIsByteExact(String id) throws Exception {
        Preset preset = PresetLibrary.loadBundled().find(id).orElseThrow();
        Set<List<Integer>> patterns = new LinkedHashSet<>();
        int connections = 0;
        for (int run = 0; run < MAX_PRESET_RUNS && patterns.size() < 2; run++) {
            try (Lab lab = new Lab(); EventLog log = new EventLog(lab.events())) {
                PresetRun started = PresetRun.start(lab, preset, 0).get(Duration.ofSeconds(60));
                started.stop().get(Duration.ofSeconds(30));
                assertThat(started.clientsSucceeded()).as("every client run of %s finished", id).isTrue();
                assertThat(lab.loops()).as("the servers on the lab's loop, the clients on a loop of their own").hasSize(2);
                List<Long> taskNumbers = log.all().stream().filter(e -> e.kind() == EventKind.TASK_CREATED).map(LabEvent::amount).toList();
                assertThat(taskNumbers).as("task numbers over both loops (the timeline's lanes)").doesNotHaveDuplicates().isNotEmpty();
                for (Map.Entry<String, List<Bytes>> conversation : serverReads(log.all()).entrySet()) {
                    List<Bytes> reads = conversation.getValue();
                    assertThat(joined(reads)).as("what %s's server read", id).isEqualTo(MESSAGE);
                    patterns.add(reads.stream().map(Bytes::size).toList());
                    connections++;
                }
                for (List<Bytes> echoed : clientReads(log.all()).values()) {
                    assertThat(joined(echoed)).as("the echo %s's client read back", id).isEqualTo(MESSAGE);
                }
            }
        }
        System.out.println(id + ": read patterns " + patterns + " over " + connections + " connections");
        assertThat(patterns).as("the server's read sizes over %d connections of %s", connections, id).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aLessonOfOneProgramStaysOnTheLabsOneLoop() throws Exception {
        Preset preset = PresetLibrary.loadBundled().find("gather-factorial").orElseThrow();
        try (Lab lab = new Lab()) {
            PresetRun run = PresetRun.start(lab, preset, null).get(Duration.ofSeconds(60));
            run.stop().get(Duration.ofSeconds(30));
            assertThat(run.clientsSucceeded()).isTrue();
            assertThat(lab.loops()).hasSize(1);
        }
    }

    /** The non-empty results of the seed-000 server's reader.read(128), per connection. */
    private static Map<String, List<Bytes>> serverReads(List<LabEvent> events) {
        return reads(events, Role.SERVER, "echo_");
    }

    private static Map<String, List<Bytes>> clientReads(List<LabEvent> events) {
        return reads(events, Role.CLIENT, "echo_client");
    }

    private static Map<String, List<Bytes>> reads(List<LabEvent> events, Role role, String loggerPrefix) {
        Map<String, List<Bytes>> byConnection = new LinkedHashMap<>();
        Set<String> seedZero = new LinkedHashSet<>();
        for (LabEvent e : events) {
            if (e.origin().role() == role && e.origin().isConnection() && e.kind() == EventKind.LOG && e.logger().startsWith(loggerPrefix)) {
                seedZero.add(e.origin().connection()); // the seed-000 conversations (unix-echo also runs seed 004)
            }
        }
        for (LabEvent e : events) {
            if (e.origin().role() == role && seedZero.contains(e.origin().connection()) && e.kind() == EventKind.STREAM_READ
                    && e.data().size() > 0) {
                byConnection.computeIfAbsent(e.origin().connection(), k -> new ArrayList<>()).add(e.data());
            }
        }
        return byConnection;
    }

    private static String joined(List<Bytes> parts) {
        StringBuilder s = new StringBuilder();
        parts.forEach(p -> s.append(new String(p.toByteArray(), java.nio.charset.StandardCharsets.UTF_8)));
        return s.toString();
    }
}
