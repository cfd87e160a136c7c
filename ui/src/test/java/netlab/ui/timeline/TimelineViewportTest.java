package netlab.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The window in sight: where fit and follow put the events, zoom around a point, and lanes to rows and back. */
class TimelineViewportTest {
    private final TimelineViewport viewport = new TimelineViewport();

    TimelineViewportTest() {
        viewport.resize(1212, 600);
    }

    @Test
    void fitShowsEveryEventWithAMarginEachSide() {
        assertThat(viewport.timeWidth()).isEqualTo(1000);
        viewport.follow(1_000_000, 101_000_000);
        assertThat(viewport.xOf(1_000_000)).isGreaterThan(TimelineViewport.GUTTER);
        assertThat(viewport.xOf(101_000_000)).isLessThan(TimelineViewport.GUTTER + viewport.timeWidth());
        assertThat(viewport.nanosPerPixel()).isEqualTo(104_000);
        assertThat(viewport.start()).isEqualTo(1_000_000 - 2_000_000);
    }

    @Test
    void followKeepsTheZoomAndPutsTheLatestEventNearTheRightEdge() {
        viewport.setMode(TimelineMode.FOLLOW);
        double zoom = viewport.nanosPerPixel();
        viewport.follow(0, 900_000_000);
        assertThat(viewport.nanosPerPixel()).isEqualTo(zoom);
        assertThat(viewport.xOf(900_000_000)).isCloseTo(TimelineViewport.GUTTER + 920, within(0.01));
    }

    @Test
    void manualStaysWhereItWasPut() {
        viewport.setMode(TimelineMode.MANUAL);
        viewport.scrollTo(5_000);
        viewport.follow(0, 900_000_000);
        assertThat(viewport.start()).isEqualTo(5_000);
        viewport.scrollBy(10);
        assertThat(viewport.start()).isEqualTo(5_000 - 10 * 100_000);
    }

    @Test
    void zoomKeepsTheTimeUnderThePointerInPlaceAndStopsAtFiftyNanosPerPixel() {
        viewport.scrollTo(1_000_000_000);
        long under = viewport.timeAt(TimelineViewport.GUTTER + 300);
        viewport.zoom(0.5, 300);
        assertThat(viewport.nanosPerPixel()).isEqualTo(50_000);
        assertThat(viewport.timeAt(TimelineViewport.GUTTER + 300)).isEqualTo(under);
        for (int i = 0; i < 30; i++) {
            viewport.zoom(0.5, 300);
        }
        assertThat(viewport.nanosPerPixel()).isEqualTo(50);
        assertThat(viewport.timeAt(TimelineViewport.GUTTER + 300)).isEqualTo(under);
    }

    @Test
    void lanesStartUnderTheAxisAndTheLagRowAndScrollByRows() {
        assertThat(viewport.laneTop(0)).isEqualTo(TimelineViewport.AXIS);
        viewport.setLagRow(true);
        assertThat(viewport.lanesTop()).isEqualTo(TimelineViewport.AXIS + TimelineViewport.LAG_ROW);
        viewport.setFirstRow(3);
        assertThat(viewport.laneTop(3)).isEqualTo(viewport.lanesTop());
        for (int row = 3; row < 10; row++) {
            double middle = viewport.laneTop(row) + TimelineViewport.LANE / 2;
            assertThat(viewport.rowAt(middle)).isEqualTo(row);
        }
        assertThat(viewport.rowAt(viewport.lanesTop() - 1)).as("the lag row is no lane").isEqualTo(-1);
        assertThat(viewport.rowsInSight()).isEqualTo((600 - viewport.lanesTop()) / TimelineViewport.LANE);
    }
}
