package netlab.ui.pump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.event.EventClock;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.EventSubscription;
import netlab.engine.event.LabEvent;
import org.junit.jupiter.api.Test;

class EventPumpTest {

    @Test
    void eachFrameTakesAtMostItsShareAndTheRestWaits() {
        EventStream stream = new EventStream(new EventClock());
        EventSubscription subscription = stream.subscribe("pump", 100_000);
        for (int i = 0; i < 10_000; i++) {
            stream.log(EventStream.LAB_ORIGIN, "main", "line " + i);
        }
        List<Integer> sizes = new ArrayList<>();
        List<Integer> backlogs = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        EventPump pump = new EventPump(subscription, 4_000, (batch, backlog) -> {
            sizes.add(batch.size());
            backlogs.add(backlog);
            batch.forEach(e -> seqs.add(e.seq()));
        });

        for (int frame = 0; frame < 4; frame++) {
            pump.pumpOnce();
        }

        assertThat(sizes).containsExactly(4_000, 4_000, 2_000, 0);
        assertThat(backlogs).containsExactly(6_000, 2_000, 0, 0);
        assertThat(seqs).hasSize(10_000).isSorted();
        assertThat(pump.stats().events()).isEqualTo(10_000);
    }

    @Test
    void aConsumerThatFellBehindGetsTheCountNotASilentGap() {
        EventStream stream = new EventStream(new EventClock());
        EventSubscription subscription = stream.subscribe("pump", 100);
        for (int i = 0; i < 1_000; i++) {
            stream.log(EventStream.LAB_ORIGIN, "main", "line " + i);
        }
        long[] seen = {0};
        long[] elided = {0};
        EventPump pump = new EventPump(subscription, 4_000, (batch, backlog) -> {
            for (LabEvent e : batch) {
                if (e.kind() == EventKind.ELIDED) {
                    elided[0] += e.amount();
                } else {
                    seen[0]++;
                }
            }
        });
        pump.pumpOnce();
        pump.stop();
        assertThat(seen[0] + elided[0]).isEqualTo(1_000);
        assertThat(elided[0]).isPositive();
        assertThat(subscription.isClosed()).isTrue();
    }
}
