package netlab.ui.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import org.junit.jupiter.api.Test;

/** The replay's clock and cursor: pace times speed, steps a person sees, back means start over. */
class ReplayPlayerTest {
    private static final Origin O = new Origin("server-1", Role.SERVER, "server-1/1", "echo", "127.0.0.1:1", "127.0.0.1:2");
    private static final long MS = 1_000_000;

    /** What the window was asked to show: each reset starts a new list. */
    private final List<List<LabEvent>> shown = new ArrayList<>(List.of(new ArrayList<>()));

    private ReplayPlayer player(List<LabEvent> events) {
        return new ReplayPlayer(events, new ReplayPlayer.Screen() {
            @Override
            public void feed(List<LabEvent> e) {
                shown.get(shown.size() - 1).addAll(e);
            }

            @Override
            public void reset() {
                shown.add(new ArrayList<>());
            }
        });
    }

    private static LabEvent at(long seq, long ms, EventKind kind) {
        return new LabEvent(seq, 1000 * MS + ms * MS, O, kind, null, "e" + seq, kind == EventKind.DATA_RECEIVED ? Bytes.utf8("x") : null,
                0, 1, null);
    }

    /** Ten log lines 100 ms apart, a bookkeeping event before each. */
    private static List<LabEvent> tenLines() {
        List<LabEvent> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(at(2L * i + 1, i * 100L, EventKind.TASK_STEP));
            out.add(at(2L * i + 2, i * 100L, EventKind.LOG));
        }
        return out;
    }

    @Test
    void playingShowsEventsWhenTheirTimeComesTimesTheSpeed() {
        ReplayPlayer p = player(tenLines());
        p.play();
        p.advance(50 * MS, 1000);
        assertThat(p.positionProperty().get()).isEqualTo(2); // t=0
        p.advance(100 * MS, 1000);
        assertThat(p.positionProperty().get()).isEqualTo(4); // t=100 ms
        p.speedProperty().set(10);
        p.advance(100 * MS, 1000); // a second of the recording in a tenth
        assertThat(p.positionProperty().get()).isEqualTo(20);
        assertThat(p.playingProperty().get()).as("it stops at the end").isFalse();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0)).extracting(LabEvent::seq).containsExactlyElementsOf(tenLines().stream().map(LabEvent::seq).toList());
        p.speedProperty().set(0.1);
        p.play(); // from the end it starts again
        assertThat(p.positionProperty().get()).isZero();
        p.advance(500 * MS, 1000); // half a second at 0.1x: 50 ms of the recording
        assertThat(p.positionProperty().get()).isEqualTo(2);
        p.speedProperty().set(50);
        assertThat(p.speedProperty().get()).isEqualTo(ReplayPlayer.MAX_SPEED);
    }

    @Test
    void stepsAreWhatAPersonSeesAndBackRebuilds() {
        ReplayPlayer p = player(tenLines());
        p.stepForward();
        assertThat(p.positionProperty().get()).isEqualTo(2);
        assertThat(p.shown().kind()).isEqualTo(EventKind.LOG);
        p.stepForward();
        p.stepForward();
        assertThat(p.positionProperty().get()).isEqualTo(6);
        assertThat(shown).hasSize(1);
        p.stepBack();
        assertThat(p.positionProperty().get()).isEqualTo(4);
        assertThat(p.shown().seq()).isEqualTo(4);
        // going back started over, and fed the first four events again
        assertThat(shown).hasSize(2);
        assertThat(shown.get(1)).extracting(LabEvent::seq).containsExactly(1L, 2L, 3L, 4L);
        p.stepBack();
        p.stepBack();
        assertThat(p.positionProperty().get()).isZero();
        p.stepBack();
        assertThat(p.positionProperty().get()).isZero();
        p.seek(20);
        assertThat(p.shownNanos()).isEqualTo(900 * MS);
        assertThat(p.totalNanos()).isEqualTo(900 * MS);
    }

    @Test
    void aFrameShowsAtMostItsShareAndTheRestWaits() {
        ReplayPlayer p = player(tenLines());
        p.play();
        p.advance(10_000 * MS, 3);
        assertThat(p.positionProperty().get()).isEqualTo(3);
        p.advance(0, 3);
        assertThat(p.positionProperty().get()).isEqualTo(6);
    }
}
