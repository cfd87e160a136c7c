package netlab.app.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import netlab.app.preset.PresetLibrary;
import netlab.engine.lab.Lab;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.loop.LoopFuture;
import netlab.engine.preset.Preset;
import netlab.engine.preset.PresetRun;
import netlab.engine.testing.EventLog;
import netlab.ui.code.CodeMark;
import netlab.ui.code.CodeSample;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each preset run headless, and its code beside it: every mark of its code is the one an event of
 * the run leads to at least once (a mark nothing leads to is dead code in the JSON, or a mark
 * shadowed by one before it), and every line the run logs leads to a mark.
 */
class CodeMarksFireTest {
    /**
     * Log lines no single line of the code makes, by preset: udp-echo's client prints "Close the
     * socket" from datagram_received and from error_received, on two lines that read the same.
     */
    private static final Map<String, Set<String>> LOGGED_BY_TWO_LINES = Map.of("udp-echo", Set.of("Close the socket"));

    /**
     * Marks on the losing side of a race, by preset and the text their match asks for: in
     * subprocess-stream, proc.wait() suspends ("await process exit") only when the child has not
     * been seen to exit by the time readline() returns; when it has, wait() returns at once. In
     * subprocess-protocol, "await exit_future" likewise suspends only if the child (a Python that
     * takes tens of milliseconds to start) has not exited by the time the task resumes.
     */
    private static final Map<String, Set<String>> MAY_STAY_SILENT = Map.of("subprocess-stream", Set.of("^process exit"),
            "subprocess-protocol", Set.of("^Future-"));

    static List<String> presets() {
        return PresetLibrary.loadBundled().all().stream().map(Preset::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void everyMarkFiresAndEveryLoggedLineHasOne(String id) throws Exception {
        Preset preset = PresetLibrary.loadBundled().find(id).orElseThrow();
        CodeSample code = CodeLibrary.loadBundled().samples().stream().filter(s -> s.presetId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no code beside " + id));
        List<LabEvent> events;
        long started = System.nanoTime();
        try (Lab lab = new Lab(); EventLog log = new EventLog(lab.events())) {
            LoopFuture<PresetRun> starting = PresetRun.start(lab, preset, preset.servers().isEmpty() ? null : 0);
            boolean[] signalled = {false};
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                if (!signalled[0] && lab.loop().signals().handles("SIGINT")) {
                    // the signals preset runs until SIGINT, as seed 001 #4 does: a person would press Ctrl+C
                    lab.loop().signals().raise("SIGINT");
                    signalled[0] = true;
                }
                return starting.done();
            });
            PresetRun run = starting.get(Duration.ofSeconds(5));
            assertThat(run.clientsSucceeded()).as(id + ": every client and experiment finished").isTrue();
            run.stop().get(Duration.ofSeconds(10));
            events = List.copyOf(log.all());
        }

        int[] fired = new int[code.marks().size()];
        List<String> unmarked = new ArrayList<>();
        for (LabEvent e : events) {
            CodeMark m = code.markFor(e).orElse(null);
            if (m != null) {
                fired[code.marks().indexOf(m)]++;
            } else if (e.kind() == EventKind.LOG && !LOGGED_BY_TWO_LINES.getOrDefault(id, Set.of()).contains(e.text())) {
                unmarked.add(e.toLogLine());
            }
        }
        List<String> silent = new ArrayList<>();
        for (int i = 0; i < fired.length; i++) {
            Pattern text = code.marks().get(i).match().text();
            boolean race = text != null && MAY_STAY_SILENT.getOrDefault(id, Set.of()).contains(text.pattern());
            if (fired[i] == 0 && race) {
                System.out.printf("code marks: %s: marks[%d] did not fire this time (a race it may lose)%n", id, i);
            } else if (fired[i] == 0) {
                silent.add("marks[" + i + "] " + code.marks().get(i).match());
            }
        }
        int marked = 0;
        for (int f : fired) {
            marked += f;
        }
        System.out.printf("code marks: %s: %d marks, %d events of %d led to one, in %d ms%n", id, fired.length, marked,
                events.size(), (System.nanoTime() - started) / 1_000_000);
        assertThat(silent).as(id + ": marks no event of the run leads to").isEmpty();
        assertThat(unmarked).as(id + ": logged lines no mark leads to").isEmpty();
    }
}
