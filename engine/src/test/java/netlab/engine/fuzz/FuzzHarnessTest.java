package netlab.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The harness itself: a run says how many cases ran and fails below its minimum; its minimum runs whatever the budget. */
class FuzzHarnessTest {
    @Test
    void aRunWithNoTimeForItsMinimumFails() {
        assertThatThrownBy(() -> Fuzz.run("no time at all", 10, 5, Duration.ZERO, (r, i) -> { }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no time at all: only 0 cases ran").hasMessageContaining("fewer than its minimum of 5");
    }

    @Test
    void theMinimumRunsPastTheBudgetAndTheCasesAreTheSeedsOwn() {
        List<Integer> drawn = new ArrayList<>();
        // a budget too short for any case: the minimum still runs (within ten budgets: plenty here)
        int ran = Fuzz.run("minimum first", 1_000, 3, Duration.ofMillis(200), (r, i) -> {
            drawn.add(r.nextInt());
            long spin = System.nanoTime() + 70_000_000L;
            while (System.nanoTime() < spin) {
                Thread.onSpinWait();
            }
        });
        assertThat(ran).isBetween(3, 1_000);
        assertThat(drawn).hasSize(ran);
    }
}
