package netlab.ui.panes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PaneSyncBudgetTest {
    private static final long MS = 1_000_000;

    private final PaneSyncBudget budget = new PaneSyncBudget();
    private final List<String> redrawn = new ArrayList<>();

    private Runnable pane(String name) {
        return () -> redrawn.add(name);
    }

    @Test
    void withoutSlowFramesEveryPaneRedrawsWhenItAsks() {
        budget.request(pane("a"));
        budget.request(pane("b"));
        assertThat(redrawn).containsExactly("a", "b");
        assertThat(budget.limit()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aSlowFrameHalvesThePanesRedrawnAndTheRestWaitTheirTurnOldestFirst() {
        List<Runnable> panes = List.of(pane("a"), pane("b"), pane("c"), pane("d"));
        budget.frame(0);
        panes.forEach(budget::request);
        assertThat(redrawn).hasSize(4);

        budget.frame(80 * MS); // the frame that redrew four panes took 80 ms
        assertThat(budget.limit()).isEqualTo(2);
        redrawn.clear();
        panes.forEach(budget::request);
        assertThat(redrawn).isEmpty(); // they wait for the frame's flush
        budget.flush();
        assertThat(redrawn).containsExactly("a", "b");
        assertThat(budget.waiting()).isEqualTo(2);

        budget.frame(120 * MS); // 40 ms: still slow, one per frame
        assertThat(budget.limit()).isEqualTo(1);
        redrawn.clear();
        budget.request(pane("a")); // a new request queues behind the ones already waiting
        budget.flush();
        assertThat(redrawn).containsExactly("c");
    }

    @Test
    void quickFramesGiveTheBudgetBackUntilNothingWaits() {
        budget.frame(0);
        List.of(pane("a"), pane("b"), pane("c"), pane("d")).forEach(budget::request);
        budget.frame(100 * MS);
        budget.frame(200 * MS);
        assertThat(budget.limit()).isEqualTo(2); // the second frame redrew nothing: no evidence either way
        budget.frame(210 * MS);
        assertThat(budget.limit()).isEqualTo(Integer.MAX_VALUE); // quick and nothing waiting
        redrawn.clear();
        budget.request(pane("e"));
        assertThat(redrawn).containsExactly("e");
    }

    @Test
    void quickFramesWithPanesWaitingRaiseTheLimitOneByOne() {
        budget.frame(0);
        List<Runnable> panes = List.of(pane("a"), pane("b"), pane("c"), pane("d"));
        panes.forEach(budget::request);
        budget.frame(100 * MS);
        assertThat(budget.limit()).isEqualTo(2);
        panes.forEach(budget::request);
        budget.flush();
        budget.frame(110 * MS);
        assertThat(budget.limit()).isEqualTo(3);
    }

    @Test
    void aLongIdleGapIsNotASlowFrame() {
        budget.frame(0);
        List.of(pane("a"), pane("b")).forEach(budget::request);
        budget.frame(5_000 * MS);
        assertThat(budget.limit()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aCancelledPaneIsNotRedrawn() {
        budget.frame(0);
        List.of(pane("a"), pane("b"), pane("c"), pane("d")).forEach(budget::request);
        budget.frame(100 * MS);
        Runnable gone = pane("gone");
        budget.request(pane("x"));
        budget.request(gone);
        budget.cancel(gone);
        redrawn.clear();
        budget.flush();
        budget.frame(200 * MS);
        budget.flush();
        assertThat(redrawn).containsExactly("x");
    }

    @Test
    void aPacedRedrawRunsAtOnceThenAtMostOncePerPaceHoweverOftenItIsAsked() {
        long pace = PaneSyncBudget.PACE_NANOS;
        Runnable a = pane("a");
        budget.frame(0);
        budget.requestPaced(a);
        assertThat(redrawn).containsExactly("a"); // the first lines after a quiet spell show at once

        budget.frame(pace / 4);
        budget.requestPaced(a);
        budget.flush();
        budget.frame(pace / 2);
        budget.requestPaced(a);
        budget.flush();
        assertThat(redrawn).as("asked again within the pace, it rests").containsExactly("a");

        budget.frame(pace);
        budget.flush();
        assertThat(redrawn).as("its time came: the requests made while it rested redraw once").containsExactly("a", "a");
        budget.frame(pace + pace / 4);
        budget.flush();
        assertThat(redrawn).as("nothing asked since: nothing to redraw").containsExactly("a", "a");

        budget.frame(3 * pace);
        budget.requestPaced(a);
        assertThat(redrawn).as("long after its last redraw it runs at once again").containsExactly("a", "a", "a");
    }

    @Test
    void pacedRedrawsOfOtherPanesDoNotHoldEachOtherBack() {
        long pace = PaneSyncBudget.PACE_NANOS;
        Runnable a = pane("a");
        Runnable b = pane("b");
        budget.frame(0);
        budget.requestPaced(a);
        budget.frame(pace / 2);
        budget.requestPaced(b);
        budget.requestPaced(a);
        budget.flush();
        assertThat(redrawn).containsExactly("a", "b");
        budget.frame(pace);
        budget.flush();
        assertThat(redrawn).containsExactly("a", "b", "a");
    }

    @Test
    void withoutFrameTimesAPacedRedrawRunsEachTimeItIsAsked() {
        Runnable a = pane("a");
        budget.requestPaced(a);
        budget.requestPaced(a);
        assertThat(redrawn).containsExactly("a", "a");
    }

    @Test
    void aCancelledPacedRedrawDoesNotRunWhenItsTimeComes() {
        long pace = PaneSyncBudget.PACE_NANOS;
        Runnable a = pane("a");
        budget.frame(0);
        budget.requestPaced(a);
        budget.frame(pace / 2);
        budget.requestPaced(a);
        budget.cancel(a);
        budget.frame(2 * pace);
        budget.flush();
        assertThat(redrawn).containsExactly("a");
    }
}
