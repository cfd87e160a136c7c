package netlab.ui.pump;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameStatsTest {
    private static final long MS = 1_000_000L;

    @Test
    void longGapsAreCountedByTheSecondTheyEndedIn() {
        FrameStats stats = new FrameStats();
        long t = 5_000 * MS; // the clock's origin is not the stats' origin
        stats.frame(t);
        for (int i = 0; i < 30; i++) { // half a second of 17 ms frames
            t += 17 * MS;
            stats.frame(t);
        }
        t += 40 * MS; // 0.55 s in: one long gap
        stats.frame(t);
        t += 33 * MS; // exactly two frames: not long
        stats.frame(t);
        t += 1_000 * MS; // 1.58 s in: a stall
        stats.frame(t);
        t += 34 * MS;
        stats.frame(t);

        assertThat(stats.longGapsBySecond()).isEqualTo("0:1 1:2");
        FrameStats.Snapshot snapshot = stats.snapshot();
        assertThat(snapshot.frames()).isEqualTo(35);
        assertThat(snapshot.maxGapMillis()).isEqualTo(1_000.0);
    }

    @Test
    void noLongGapsSaysNothing() {
        FrameStats stats = new FrameStats();
        stats.frame(0);
        stats.frame(16 * MS);
        assertThat(stats.longGapsBySecond()).isEmpty();
    }
}
