package netlab.engine.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventMatch;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.preset.AnswerKey;
import netlab.engine.preset.LocalizedText;
import netlab.engine.preset.Question;
import netlab.engine.preset.TeachingMoment;
import org.junit.jupiter.api.Test;

class MomentGateTest {
    private static long seq;

    private static LabEvent print(String line) {
        return new LabEvent(++seq, seq, Origin.endpoint("experiment-1", Role.EXPERIMENT, "x"), EventKind.LOG, "", line,
                Bytes.EMPTY, -1, 0, null);
    }

    private static Question before(String id, String text, int occurrence) {
        return new Question(id, LocalizedText.english("?"), new AnswerKey.WholeNumber(1), LocalizedText.english("."),
                new TeachingMoment(new EventMatch(Role.EXPERIMENT, EventKind.LOG, null, Pattern.compile(text)), occurrence));
    }

    @Test
    void holdsFromTheMomentUntilReleasedThenStopsAtTheNext() {
        List<String> shown = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        MomentGate gate = new MomentGate(List.of(before("fourth", "^Task A: factorial", 1), before("last", "^Task C: factorial\\(4\\)", 1)),
                q -> asked.add(q.id()));
        String[] lines = {"Task A: Compute factorial(2)...", "Task B: Compute factorial(2)...", "Task C: Compute factorial(2)...",
                "Task A: factorial(2) = 2", "Task B: Compute factorial(3)...", "Task C: Compute factorial(3)...",
                "Task B: factorial(3) = 6", "Task C: Compute factorial(4)...", "Task C: factorial(4) = 24"};
        for (String l : lines) {
            gate.offer(print(l), e -> shown.add(e.text()));
        }
        assertThat(asked).containsExactly("fourth");
        assertThat(shown).containsExactly(lines[0], lines[1], lines[2]);
        assertThat(gate.held()).isEqualTo(6);

        assertThat(gate.release(e -> shown.add(e.text()))).as("stops again at the next moment").isTrue();
        assertThat(asked).containsExactly("fourth", "last");
        assertThat(shown).hasSize(8).last().isEqualTo(lines[7]);

        assertThat(gate.release(e -> shown.add(e.text()))).isFalse();
        assertThat(shown).containsExactly(lines);
        gate.offer(print("main: closing event loop"), e -> shown.add(e.text()));
        assertThat(shown).hasSize(10);
        assertThat(gate.pending()).isEmpty();
    }

    @Test
    void anOccurrenceCountsMatchingEventsFromTheStart() {
        MomentWatch watch = new MomentWatch(List.of(before("second", "^canceled:", 2)));
        assertThat(watch.reached(print("canceled:  True"))).isEmpty();
        assertThat(watch.reached(print("mytask start"))).isEmpty();
        assertThat(watch.reached(print("canceled:  False"))).extracting(Question::id).containsExactly("second");
        assertThat(watch.reached(print("canceled:  False"))).as("reached once").isEmpty();
    }
}
