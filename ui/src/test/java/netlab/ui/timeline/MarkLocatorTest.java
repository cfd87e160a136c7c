package netlab.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.ui.testing.SyntheticEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Marks found where the viewport puts them, on either axis: the point of an event, and the event at that point. */
class MarkLocatorTest {
    private final TimelineModel model = new TimelineModel();
    private final TimelineViewport viewport = new TimelineViewport();
    private final MarkLocator locator = new MarkLocator(model, viewport);
    private final Origin client = SyntheticEvents.clientConnection("client-1", 5000, 10000);
    private final Origin conn = SyntheticEvents.serverConnection("server-1", 1, 10000, 5000);
    private long seq;

    private LabEvent data(double ms, Origin o, EventKind kind, int size) {
        return new LabEvent(++seq, (long) (ms * 1_000_000), o, kind, null, null, Bytes.wrap(new byte[size]), 0, size, null);
    }

    @ParameterizedTest
    @EnumSource(TimelineAxis.class)
    void theMarkDrawnForAnEventIsTheOneFoundThere(TimelineAxis axis) {
        model.setAxis(axis);
        LabEvent write = data(1, client, EventKind.DATA_SENT, 5);
        LabEvent read = data(2, conn, EventKind.DATA_RECEIVED, 5);
        LabEvent echo = data(3, conn, EventKind.DATA_SENT, 5);
        for (LabEvent e : new LabEvent[] {write, read, echo}) {
            model.accept(e);
        }
        model.commit();
        viewport.resize(1212, 400);
        viewport.follow(model.firstNanos(), model.lastNanos());

        for (LabEvent e : new LabEvent[] {write, read, echo}) {
            Point2D p = locator.pointOf(e);
            assertThat(p).as("the point of %s", e).isNotNull();
            assertThat(locator.markAt(p.getX(), p.getY()).seq()).isEqualTo(e.seq());
            assertThat(locator.markAt(p.getX() + 3, p.getY() + 5).seq()).as("a few pixels off still hits").isEqualTo(e.seq());
        }
        Point2D p = locator.pointOf(read);
        assertThat(locator.markAt(p.getX() + 100, p.getY())).as("far from any mark").isNull();
        assertThat(locator.markAt(TimelineViewport.GUTTER - 1, p.getY())).as("the gutter holds names").isNull();
        assertThat(locator.markAt(p.getX(), TimelineViewport.AXIS - 1)).as("the axis").isNull();
        assertThat(locator.markAt(p.getX(), viewport.laneTop(model.lanes().size()) + 1)).as("below the last lane").isNull();

        // with the lag row shown and the first lane scrolled away, both sides move together
        LabEvent second = model.lanes().get(1) == model.lane("client-1") ? write : echo;
        Point2D before = locator.pointOf(second);
        viewport.setLagRow(true);
        viewport.setFirstRow(1);
        Point2D moved = locator.pointOf(second);
        assertThat(moved.getY()).isEqualTo(before.getY() + TimelineViewport.LAG_ROW - TimelineViewport.LANE);
        assertThat(locator.markAt(moved.getX(), moved.getY()).seq()).isEqualTo(second.seq());
        LabEvent first = second == write ? read : write;
        Point2D away = locator.pointOf(first);
        assertThat(locator.markAt(away.getX(), away.getY())).as("a lane scrolled away above the lanes").isNull();
    }
}
