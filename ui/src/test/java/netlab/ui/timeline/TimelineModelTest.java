package netlab.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.ui.testing.SyntheticEvents;
import org.junit.jupiter.api.Test;

/** A known sequence, and what the timeline makes of it: lanes, arrows, task steps, paused writing, lag. */
class TimelineModelTest {
    private final TimelineModel model = new TimelineModel();
    private final Origin main = SyntheticEvents.serverMain("server-1");
    private final Origin conn = SyntheticEvents.serverConnection("server-1", 1, 10000, 5000);
    private final Origin client = SyntheticEvents.clientConnection("client-1", 5000, 10000);
    private final Origin experiment = Origin.endpoint("experiment-1", Role.EXPERIMENT, "gather");
    private long seq;
    private final long[] sent = new long[2];
    private final long[] got = new long[2];

    {
        // these hold the wall-clock axis (times, durations); OrderAxisTest holds the order axis
        model.setAxis(TimelineAxis.WALL_CLOCK);
    }

    /** An event at {@code ms} milliseconds. */
    private LabEvent at(double ms, Origin o, EventKind kind, String text, long offset, long amount) {
        return new LabEvent(++seq, (long) (ms * 1_000_000), o, kind, null, text, null, offset, amount, null);
    }

    private LabEvent data(double ms, Origin o, EventKind kind, int size) {
        int side = o.role() == Role.CLIENT ? 0 : 1;
        long[] offsets = kind == EventKind.DATA_SENT ? sent : got;
        long offset = offsets[side];
        offsets[side] += size;
        return new LabEvent(++seq, (long) (ms * 1_000_000), o, kind, null, null, Bytes.wrap(new byte[size]), offset, size, null);
    }

    private void feed(LabEvent... events) {
        for (LabEvent e : events) {
            model.accept(e);
        }
        model.commit();
    }

    @Test
    void theSeedsConversationIsASequenceDiagram() {
        long revision = model.revisionProperty().get();
        feed(at(1, main, EventKind.LISTENING, "listening on 127.0.0.1:10000", -1, 0),
                at(2, conn, EventKind.CONNECTION_MADE, null, -1, 0),
                at(2.1, client, EventKind.CONNECTION_MADE, null, -1, 0),
                data(3, client, EventKind.DATA_SENT, 21),
                data(3.1, client, EventKind.DATA_SENT, 16),
                data(3.2, client, EventKind.DATA_SENT, 9),
                data(4, conn, EventKind.DATA_RECEIVED, 46),
                data(5, conn, EventKind.DATA_SENT, 46),
                data(6, client, EventKind.DATA_RECEIVED, 20),
                data(6.5, client, EventKind.DATA_RECEIVED, 26),
                at(7, client, EventKind.CONNECTION_LOST, null, -1, 0),
                at(7.1, conn, EventKind.CONNECTION_LOST, null, -1, 0));
        assertThat(model.revisionProperty().get()).isGreaterThan(revision);

        List<Lane> lanes = model.lanes();
        assertThat(lanes).extracting(Lane::label).containsExactly("main · server-1", "echo_127.0.0.1_5000", "echo_client · client-1");
        Lane server = model.lane("server-1/1");
        Lane clientLane = model.lane("client-1");
        assertThat(server.peer()).isSameAs(clientLane);
        assertThat(clientLane.peer()).isSameAs(server);
        assertThat(clientLane.isOver()).isTrue();

        List<TimelineModel.Arrow> arrows = model.arrows(0, Long.MAX_VALUE);
        // three writes into one read: three arrows meet at the read; one write into two reads: two arrows leave it
        assertThat(arrows).filteredOn(a -> a.from() == clientLane)
                .extracting(TimelineModel.Arrow::bytes).containsExactly(21L, 16L, 9L);
        assertThat(arrows).filteredOn(a -> a.from() == clientLane).extracting(TimelineModel.Arrow::toNanos).containsOnly(4_000_000L);
        assertThat(arrows).filteredOn(a -> a.from() == server)
                .extracting(TimelineModel.Arrow::bytes).containsExactly(20L, 26L);
        assertThat(arrows).filteredOn(a -> a.from() == server).extracting(TimelineModel.Arrow::fromNanos).containsOnly(5_000_000L);

        // a window sees what is in it, and arrows that cross it
        assertThat(model.marks(3_050_000, 3_150_000)).hasSize(1);
        assertThat(model.arrows(3_500_000, 3_600_000)).hasSize(3);
        assertThat(model.markCount()).isEqualTo(12);
    }

    @Test
    void tasksGetLanesWithTheirStepsAndTheLoopItsLag() {
        feed(at(1, experiment, EventKind.TASK_CREATED, "factorial A", -1, 7),
                at(2, experiment, EventKind.TASK_STEP, null, 1_500_000, 7),
                at(2.2, experiment, EventKind.TASK_WAITING, "sleep(1)", -1, 7),
                at(3, experiment, EventKind.LOOP_LAG, null, -1, 12_000_000),
                at(4, experiment, EventKind.TASK_STEP, null, 3_900_000, 7),
                at(4.1, experiment, EventKind.TASK_DONE, "2", -1, 7));
        Lane task = model.lane("task:7");
        assertThat(task.label()).isEqualTo("task 7 · factorial A");
        assertThat(task.kind()).isEqualTo(Lane.Kind.TASK);
        assertThat(task.isOver()).isTrue();
        List<TimelineModel.Span> steps = model.spans(0, Long.MAX_VALUE);
        assertThat(steps).extracting(TimelineModel.Span::begin).containsExactly(1_500_000L, 3_900_000L);
        assertThat(steps).extracting(TimelineModel.Span::end).containsExactly(2_000_000L, 4_000_000L);
        assertThat(steps).extracting(TimelineModel.Span::kind).containsOnly(TimelineModel.SpanKind.STEP);
        assertThat(model.hasLag()).isTrue();
        assertThat(model.maxLag()).isEqualTo(12_000_000L);
        // steps are spans, not marks: created, await and done are
        assertThat(model.marks(0, Long.MAX_VALUE)).extracting(m -> m.event().kind())
                .containsExactly(EventKind.TASK_CREATED, EventKind.TASK_WAITING, EventKind.TASK_DONE);
    }

    @Test
    void pausedWritingIsASpanThatStaysOpenUntilResumed() {
        feed(at(1, conn, EventKind.CONNECTION_MADE, null, -1, 0),
                at(2, conn, EventKind.PAUSE_WRITING, null, -1, 70_000),
                at(3, conn, EventKind.LOG, "still writing", -1, 0));
        assertThat(model.spans(0, Long.MAX_VALUE)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(TimelineModel.SpanKind.PAUSED);
            assertThat(s.begin()).isEqualTo(2_000_000L);
            assertThat(s.end()).isEqualTo(3_000_000L);
        });
        feed(at(4, conn, EventKind.RESUME_WRITING, null, -1, 10_000));
        assertThat(model.spans(0, Long.MAX_VALUE)).singleElement()
                .satisfies(s -> assertThat(s.end()).isEqualTo(4_000_000L));
    }

    @Test
    void itStaysBoundedInLanesAndMarks() {
        for (int i = 0; i < TimelineModel.MAX_LANES + 50; i++) {
            Origin c = new Origin("client-" + i, Role.CLIENT, "client-" + i + "/1", "echo_client", "127.0.0.1:" + (20000 + i), "127.0.0.1:1");
            feed(at(i, c, EventKind.CONNECTION_MADE, null, -1, 0), at(i + 0.5, c, EventKind.CONNECTION_LOST, null, -1, 0));
        }
        assertThat(model.lanes()).hasSize(TimelineModel.MAX_LANES);
        assertThat(model.lanes().get(0).label()).isEqualTo("echo_client · client-50");
        assertThat(model.dropped()).isEqualTo(50);
        Origin busy = SyntheticEvents.clientConnection("client-busy", 6000, 1);
        for (int i = 0; i < TimelineModel.MAX_MARKS + 10; i++) {
            model.accept(at(1000 + i * 0.001, busy, EventKind.LOG, "x", -1, 0));
        }
        assertThat(model.markCount()).isEqualTo(TimelineModel.MAX_MARKS);
        model.reset();
        assertThat(model.lanes()).isEmpty();
        assertThat(model.markCount()).isZero();
    }

    @Test
    void aLaneLetGoWhileInUseStaysGoneAndItsEventsAreCountedUntilItsEndpointConnectsAgain() {
        int open = TimelineModel.MAX_LANES + 100;
        Origin[] clients = new Origin[open];
        for (int i = 0; i < open; i++) {
            clients[i] = new Origin("client-" + i, Role.CLIENT, "client-" + i + "/1", "echo_client", "127.0.0.1:" + (20000 + i), "127.0.0.1:1");
            feed(at(i, clients[i], EventKind.CONNECTION_MADE, null, -1, 0));
        }
        assertThat(model.lanes()).hasSize(TimelineModel.MAX_LANES);
        long dropped = model.dropped();
        assertThat(dropped).isEqualTo(100);
        Lane newest = model.lanes().get(model.lanes().size() - 1);
        // ten thousand connections talking in turn: the ones let go do not come back and push the others out
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < open; i++) {
                feed(at(1000 + round * open + i, clients[i], EventKind.LOG, "x", -1, 0));
            }
        }
        assertThat(model.lanes()).hasSize(TimelineModel.MAX_LANES).contains(newest);
        assertThat(model.dropped()).as("each event of a lane let go is counted").isEqualTo(dropped + 3 * 100);
        assertThat(model.lane("client-0")).isNull();
        // client-0 connecting again is a new conversation: it has a lane again
        feed(at(5000, clients[0], EventKind.CONNECTION_MADE, null, -1, 0));
        assertThat(model.lane("client-0")).isNotNull();
        model.reset();
        assertThat(model.dropped()).isZero();
    }

    @Test
    void theAxisCountsFromTheNewestRunNotFromTheLabsStartAndClearForgetsIt() {
        Origin lab = netlab.engine.event.EventStream.LAB_ORIGIN;
        // a first run at 5 s, then idle until a second run at 65 s (a preset run: its clients start inside it)
        feed(at(5_000, lab, EventKind.TASK_CREATED, "preset stream-echo", -1, 1),
                at(5_000.1, client, EventKind.ENDPOINT_STATE, "starting", -1, 0),
                at(5_000.2, lab, EventKind.TASK_DONE, "None", -1, 1));
        assertThat(model.runStartNanos()).isEqualTo(5_000_000_000L);
        feed(at(65_000, lab, EventKind.TASK_CREATED, "preset stream-echo", -1, 2),
                at(65_000.1, client, EventKind.ENDPOINT_STATE, "starting", -1, 0),
                at(65_000.3, client, EventKind.ENDPOINT_STATE, "finished", -1, 0),
                at(65_000.4, lab, EventKind.TASK_DONE, "None", -1, 2));
        assertThat(model.runStartNanos()).as("a client started by the preset run starts no run of its own").isEqualTo(65_000_000_000L);
        // a client started by hand, no preset running: a run of its own
        feed(at(90_000, client, EventKind.ENDPOINT_STATE, "starting", -1, 0));
        assertThat(model.runStartNanos()).isEqualTo(90_000_000_000L);
        model.reset();
        assertThat(model.runStartNanos()).isEqualTo(-1);
        assertThat(model.lanes()).isEmpty();
    }
}
