package netlab.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window opens on a screen, whole, whatever screen it was on last time. */
class WindowPlacementTest {
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1024, 768);

    @Test
    void aWindowRememberedAt1360x860OnALargeScreenOpensWholeOnA1024x768One() {
        Rectangle2D placed = WindowPlacement.place(new Rectangle2D(400, 200, 1360, 860), List.of(PROJECTOR));
        assertThat(placed).isEqualTo(new Rectangle2D(0, 0, 1024, 768));
    }

    @Test
    void aWindowHalfOffTheScreenIsMovedBackOntoIt() {
        Rectangle2D placed = WindowPlacement.place(new Rectangle2D(700, 500, 800, 600), List.of(PROJECTOR));
        assertThat(placed).isEqualTo(new Rectangle2D(224, 168, 800, 600));
    }

    @Test
    void aWindowOnASecondScreenThatIsGoneOpensOnThePrimary() {
        Rectangle2D placed = WindowPlacement.place(new Rectangle2D(3000, 100, 900, 700), List.of(PROJECTOR));
        assertThat(placed).isEqualTo(new Rectangle2D(124, 68, 900, 700));
    }

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        Rectangle2D big = new Rectangle2D(0, 0, 1920, 1080);
        Rectangle2D second = new Rectangle2D(1920, 0, 1024, 768);
        Rectangle2D there = new Rectangle2D(1950, 20, 900, 700);
        assertThat(WindowPlacement.place(there, List.of(big, second))).isEqualTo(there);
    }

    @Test
    void theFirstStartIsTheDefaultSizeCentredOrTheScreenWhenSmaller() {
        assertThat(WindowPlacement.place(null, List.of(new Rectangle2D(0, 0, 1920, 1080))))
                .isEqualTo(new Rectangle2D(280, 110, 1360, 860));
        assertThat(WindowPlacement.place(null, List.of(new Rectangle2D(0, 32, 1024, 736))))
                .isEqualTo(new Rectangle2D(0, 32, 1024, 736));
    }
}
