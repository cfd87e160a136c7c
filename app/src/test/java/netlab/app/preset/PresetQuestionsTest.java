package netlab.app.preset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import netlab.engine.classroom.MomentWatch;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Role;
import netlab.engine.lab.Lab;
import netlab.engine.preset.AnswerKey;
import netlab.engine.preset.Preset;
import netlab.engine.preset.PresetRun;
import netlab.engine.preset.Question;
import netlab.engine.testing.EventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The questions of the library (issue 14): every one in English and Chinese, and every one
 * checked against what NetLab really does when its preset runs: the run reaches each question's
 * teaching moment, and what happens from the moment on is what the right answer says.
 */
class PresetQuestionsTest {
    private static final PresetLibrary LIBRARY = PresetLibrary.loadBundled();

    /** What happens in the run from the moment on, for each question: the right answer, seen. */
    private static final Map<String, BiConsumer<List<LabEvent>, Integer>> CHECKS = Map.ofEntries(
            Map.entry("stream-echo/reads", (all, at) -> {
                String first = all.get(at).origin().connection();
                long bytes = all.stream().filter(e -> e.kind() == EventKind.DATA_RECEIVED && first.equals(e.origin().connection()))
                        .mapToLong(LabEvent::amount).sum();
                assertThat(bytes).as("the three writes, 46 bytes, in however many reads").isEqualTo(46);
            }),
            Map.entry("stream-echo/eof", (all, at) -> {
                String conn = all.get(at).origin().connection();
                assertThat(all.subList(0, at)).filteredOn(e -> e.kind() == EventKind.STREAM_READ && conn.equals(e.origin().connection()))
                        .last().satisfies(e -> assertThat(e.data().isEmpty()).as("read() returned b''").isTrue());
            }),
            Map.entry("stream-lines/readlines", (all, at) -> assertThat(all).filteredOn(e -> e.kind() == EventKind.STREAM_READLINE
                    && e.origin().role() == Role.CLIENT && !e.data().isEmpty()).hasSize(4)),
            Map.entry("gather-factorial/fourth", (all, at) -> assertThat(all.get(at).text()).isEqualTo("Task A: factorial(2) = 2")),
            Map.entry("cancel/where", (all, at) -> assertThat(prints(all.subList(0, at))).last().isEqualTo("mytask start")),
            Map.entry("cancel/swallowed", (all, at) -> assertThat(prints(all.subList(at, all.size())))
                    .startsWith("mytask end", "canceled:  False")),
            Map.entry("blocking-call/late", (all, at) -> {
                Matcher m = Pattern.compile("tick 3 at [\\d.]+ s \\(([\\d.]+) s late\\)").matcher(all.get(at).text());
                assertThat(m.find()).as(all.get(at).text()).isTrue();
                assertThat(Double.parseDouble(m.group(1))).as("about 1.7 s late").isBetween(1.5, 2.3);
            }),
            Map.entry("udp-echo/whole", (all, at) -> assertThat(all).filteredOn(e -> e.kind() == EventKind.DATAGRAM_RECEIVED
                    && e.origin().role() == Role.SERVER).singleElement().satisfies(e -> assertThat(e.amount()).isEqualTo(12))),
            Map.entry("udp-echo/nobody", (all, at) -> {
                LabEvent error = all.get(at);
                assertThat(error.error().toString()).contains("Connection refused");
                assertThat(all.subList(0, at)).anyMatch(e -> e.kind() == EventKind.DATAGRAM_SENT
                        && e.origin().endpoint().equals(error.origin().endpoint()));
            }),
            Map.entry("stream-echo-relay/reads", (all, at) -> assertThat(all).filteredOn(e -> e.kind() == EventKind.DATA_RECEIVED
                    && e.origin().role() == Role.SERVER).hasSize(10)),
            Map.entry("protocol-echo/close", (all, at) -> {
                assertThat(all.get(at).data().utf8()).isEqualTo("Hello World!");
                // the server wrote, then closed: with the client on a loop of its own, its data_received may be
                // published before or after the server's close() event; the bytes arrive whole either way
                assertThat(all).anyMatch(e -> e.kind() == EventKind.CLOSE_CALLED && e.origin().role() == Role.SERVER);
            }),
            Map.entry("half-close/false", (all, at) -> assertThat(all.subList(at, all.size()))
                    .anyMatch(e -> e.kind() == EventKind.LOG && "connection_lost(None) without an answer".equals(e.text()))),
            Map.entry("prefix-echo/shows", (all, at) -> assertThat(all.get(at).text()).isEqualTo("echo:aecho:becho:c")),
            Map.entry("call-later/dates", (all, at) -> assertThat(prints(all)).hasSize(5)),
            Map.entry("wait/first", (all, at) -> assertThat(all.get(at).text()).contains("cor2()").doesNotContain("cor1()")),
            Map.entry("shield/shielded", (all, at) -> assertThat(prints(all.subList(at, all.size()))).startsWith("canceled:  True", "mytask end")),
            Map.entry("create-task/order", (all, at) -> assertThat(prints(all)).startsWith("say hey on 1", "say hello on 2", "say hi on 3")),
            Map.entry("gather/order", (all, at) -> assertThat(all.get(at).text()).isEqualTo("result:  ['cor1 result', 'cor2 result']")));

    private static List<String> prints(List<LabEvent> events) {
        return events.stream().filter(e -> e.kind() == EventKind.LOG && e.logger().isEmpty()).map(LabEvent::text).toList();
    }

    static Stream<String> presetsWithQuestions() {
        return LIBRARY.all().stream().filter(p -> !p.questions().isEmpty()).map(Preset::id);
    }

    @Test
    void theTeachingMomentsOfTheIssueHaveQuestionsInTwoLanguages() {
        assertThat(LIBRARY.problems()).isEmpty();
        assertThat(presetsWithQuestions()).contains("stream-echo", "stream-lines", "gather-factorial", "cancel", "blocking-call", "udp-echo");
        for (Preset p : LIBRARY.all()) {
            for (Question q : p.questions()) {
                String at = p.id() + "/" + q.id();
                assertThat(CHECKS).as("%s is checked against a real run", at).containsKey(at);
                assertThat(q.prompt().byLanguage()).as(at).containsKeys("en", "zh");
                assertThat(q.why().byLanguage()).as(at).containsKeys("en", "zh");
                assertThat(q.why().english()).as("%s: why is one sentence", at).doesNotContain(". ").endsWith(".");
                if (q.key() instanceof AnswerKey.Choice c) {
                    assertThat(c.choices()).as(at).allSatisfy(t -> assertThat(t.byLanguage()).containsKeys("en", "zh"));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presetsWithQuestions")
    void aRunReachesEveryMomentAndDoesWhatTheRightAnswerSays(String id) throws Exception {
        Preset preset = LIBRARY.find(id).orElseThrow();
        List<LabEvent> events;
        try (Lab lab = new Lab(); EventLog log = new EventLog(lab.events())) {
            PresetRun run = PresetRun.start(lab, preset, preset.servers().isEmpty() ? null : 0).get(Duration.ofSeconds(60));
            run.stop().get(Duration.ofSeconds(10));
            events = log.all();
        }
        MomentWatch watch = new MomentWatch(preset.questions());
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            for (Question q : watch.reached(events.get(i))) {
                reached.add(q.id());
                CHECKS.get(id + "/" + q.id()).accept(events, i);
            }
        }
        assertThat(watch.pending()).as("questions whose moment the run never reached").isEmpty();
        assertThat(reached).as("moments come in the order the questions are listed")
                .containsExactlyElementsOf(preset.questions().stream().map(Question::id).toList());
    }
}
