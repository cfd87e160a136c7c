package netlab.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.ui.testing.SyntheticEvents;
import org.junit.jupiter.api.Test;

/**
 * The order axis, the lessons' default: one slot per event in sequence order, however the times
 * bunch up; each write's arrow goes to the later slot of the read that got its bytes; and wall-clock
 * brings the times back, nothing lost.
 */
class OrderAxisTest {
    private final TimelineModel model = new TimelineModel();
    private final Origin client = SyntheticEvents.clientConnection("client-1", 5000, 10000);
    private final Origin conn = SyntheticEvents.serverConnection("server-1", 1, 10000, 5000);
    private long seq;
    private long sent;
    private long got;

    /** A write of the client or a read of the server at {@code nanos}. */
    private LabEvent data(long nanos, Origin o, EventKind kind, int size) {
        long offset = kind == EventKind.DATA_SENT ? sent : got;
        if (kind == EventKind.DATA_SENT) {
            sent += size;
        } else {
            got += size;
        }
        return new LabEvent(++seq, nanos, o, kind, null, null, Bytes.wrap(new byte[size]), offset, size, null);
    }

    private LabEvent at(long nanos, Origin o, EventKind kind) {
        return new LabEvent(++seq, nanos, o, kind, null, null, null, -1, 0, null);
    }

    @Test
    void nEventsTakeNSlotsInSequenceOrderAndWritesPointToLaterSlots() {
        assertThat(model.axis()).as("the default for lessons").isEqualTo(TimelineAxis.ORDER);
        // times bunched up (three in the same microsecond) and one far away: slots do not care
        List<LabEvent> events = List.of(
                at(1_000, conn, EventKind.CONNECTION_MADE),
                at(1_000, client, EventKind.CONNECTION_MADE),
                data(1_000, client, EventKind.DATA_SENT, 5),
                data(9_000_000_000L, conn, EventKind.DATA_RECEIVED, 3),
                data(9_000_000_100L, client, EventKind.DATA_SENT, 4),
                data(9_000_000_200L, conn, EventKind.DATA_RECEIVED, 6));
        events.forEach(model::accept);
        model.commit();

        List<TimelineModel.Mark> marks = model.marks(0, Long.MAX_VALUE);
        assertThat(marks).extracting(m -> m.event().seq()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(marks).extracting(model::at)
                .containsExactly(0L, TimelineAxis.SLOT, 2 * TimelineAxis.SLOT, 3 * TimelineAxis.SLOT, 4 * TimelineAxis.SLOT,
                        5 * TimelineAxis.SLOT);
        assertThat(model.firstNanos()).isZero();
        assertThat(model.lastNanos()).isEqualTo(5 * TimelineAxis.SLOT);

        // write (slot 2) -> read (slot 3); the read at slot 5 holds the rest of write 2 and all of write 4
        List<TimelineModel.Arrow> arrows = model.arrows(0, Long.MAX_VALUE);
        assertThat(arrows).extracting(a -> a.fromNanos() / TimelineAxis.SLOT + "->" + a.toNanos() / TimelineAxis.SLOT + ":" + a.bytes())
                .containsExactly("2->3:3", "2->5:2", "4->5:4");
        assertThat(arrows).allSatisfy(a -> assertThat(a.toNanos()).isGreaterThan(a.fromNanos()));
        // a window of slots finds the marks in it, and the arrows reaching into it
        assertThat(model.marks(3 * TimelineAxis.SLOT, 4 * TimelineAxis.SLOT)).extracting(m -> m.event().seq()).containsExactly(4L, 5L);
        assertThat(model.arrows(5 * TimelineAxis.SLOT, 5 * TimelineAxis.SLOT)).hasSize(2);

        // wall-clock: the times are back, the same arrows between them
        long revision = model.revisionProperty().get();
        model.setAxis(TimelineAxis.WALL_CLOCK);
        assertThat(model.revisionProperty().get()).as("views redraw").isGreaterThan(revision);
        assertThat(model.marks(0, Long.MAX_VALUE)).extracting(model::at)
                .containsExactly(1_000L, 1_000L, 1_000L, 9_000_000_000L, 9_000_000_100L, 9_000_000_200L);
        assertThat(model.arrows(0, Long.MAX_VALUE)).extracting(a -> a.fromNanos() + "->" + a.toNanos())
                .containsExactly("1000->9000000000", "1000->9000000200", "9000000100->9000000200");
        assertThat(model.lastNanos()).isEqualTo(9_000_000_200L);
        assertThat(model.marks(1_000, 1_000)).hasSize(3);

        model.setAxis(TimelineAxis.ORDER);
        assertThat(model.marks(0, Long.MAX_VALUE)).extracting(model::at).last().isEqualTo(5 * TimelineAxis.SLOT);
    }

    @Test
    void aTasksStepSpansTheSlotsOfWhatHappenedMeanwhile() {
        Origin lab = SyntheticEvents.serverMain("server-1");
        model.accept(new LabEvent(++seq, 100, lab, EventKind.TASK_CREATED, "A", "A", null, -1, 2, null));
        model.accept(at(200, lab, EventKind.LISTENING));
        model.accept(at(300, lab, EventKind.LISTENING));
        // the step began at 150 (before the two) and ended at 400
        model.accept(new LabEvent(++seq, 400, lab, EventKind.TASK_STEP, "A", "step 1", null, 150, 2, null));
        model.commit();
        assertThat(model.lane("task:2").label()).isEqualTo("task 2 · A");
        TimelineModel.Span step = model.spans(0, Long.MAX_VALUE).stream()
                .filter(s -> s.kind() == TimelineModel.SpanKind.STEP).findFirst().orElseThrow();
        assertThat(step.begin()).isEqualTo(TimelineAxis.SLOT);
        assertThat(step.end()).isEqualTo(3 * TimelineAxis.SLOT);
        model.setAxis(TimelineAxis.WALL_CLOCK);
        TimelineModel.Span wall = model.spans(0, Long.MAX_VALUE).get(0);
        assertThat(wall.begin()).isEqualTo(150);
        assertThat(wall.end()).isEqualTo(400);
    }
}
