package netlab.ui.lag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LagGaugeModelTest {
    private static final long MS = 1_000_000;

    @Test
    void itHoldsThePeakForTwoSecondsThenFollowsTheLoop() {
        LagGaugeModel m = new LagGaugeModel();
        m.accept(0, 1 * MS);
        assertThat(m.level()).isEqualTo(LagGaugeModel.Level.FINE);
        m.accept(100 * MS, 1700 * MS);
        assertThat(m.text()).isEqualTo("1.7 s");
        assertThat(m.level()).isEqualTo(LagGaugeModel.Level.STALLED);
        m.accept(1500 * MS, 0);
        assertThat(m.text()).as("still held").isEqualTo("1.7 s");
        m.accept(2200 * MS, 80 * MS);
        assertThat(m.text()).isEqualTo("80 ms");
        assertThat(m.level()).isEqualTo(LagGaugeModel.Level.SLOW);
        m.accept(4300 * MS, 0);
        assertThat(m.text()).isEqualTo("0.0 ms");
    }

    @Test
    void theBarIsLogarithmicFromOneMillisecondToFiveSeconds() {
        LagGaugeModel m = new LagGaugeModel();
        m.accept(0, 0);
        assertThat(m.fraction()).isZero();
        m.accept(10_000 * MS, 5000 * MS);
        assertThat(m.fraction()).isEqualTo(1.0);
        m.accept(30_000 * MS, 70 * MS);
        assertThat(m.fraction()).isBetween(0.45, 0.55);
    }
}
