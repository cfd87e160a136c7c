package netlab.engine.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class EventSubscriptionTest {
    private final EventStream stream = new EventStream(new EventClock());

    private LabEvent publish(String text) {
        return stream.log(EventStream.LAB_ORIGIN, "t", text);
    }

    private static List<LabEvent> drain(EventSubscription s) {
        List<LabEvent> out = new ArrayList<>();
        s.drainTo(out, Integer.MAX_VALUE);
        return out;
    }

    @Test
    void deliversInSequenceWithoutGapsAndStampsTime() {
        EventSubscription s = stream.subscribe("a", 100);
        for (int i = 0; i < 10; i++) {
            publish("e" + i);
        }
        List<LabEvent> got = drain(s);
        assertThat(got).extracting(LabEvent::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(got).extracting(LabEvent::text).startsWith("e0", "e1");
        for (int i = 1; i < got.size(); i++) {
            assertThat(got.get(i).nanos()).isGreaterThanOrEqualTo(got.get(i - 1).nanos());
        }
        assertThat(stream.published()).isEqualTo(10);
        assertThat(s.delivered()).isEqualTo(10);
        assertThat(s.elidedTotal()).isZero();
    }

    @Test
    void seesOnlyWhatIsPublishedAfterItSubscribed() {
        publish("before");
        EventSubscription s = stream.subscribe("late", 10);
        publish("after");
        assertThat(drain(s)).extracting(LabEvent::text).containsExactly("after");
    }

    @Test
    void drainToRespectsMax() {
        EventSubscription s = stream.subscribe("a", 100);
        for (int i = 0; i < 5; i++) {
            publish("e" + i);
        }
        List<LabEvent> out = new ArrayList<>();
        assertThat(s.drainTo(out, 2)).isEqualTo(2);
        assertThat(s.backlog()).isEqualTo(3);
        assertThat(s.drainTo(out, 100)).isEqualTo(3);
        assertThat(out).extracting(LabEvent::text).containsExactly("e0", "e1", "e2", "e3", "e4");
    }

    /** Capacity 4, 10 events: 4 queued, then one marker that says 6 were elided, and which. */
    @Test
    void aFullQueueElidesAndSaysExactlyWhatWasElided() {
        EventSubscription s = stream.subscribe("slow", 4);
        for (int i = 1; i <= 10; i++) {
            publish("e" + i);
        }
        List<LabEvent> got = drain(s);
        assertThat(got).extracting(LabEvent::kind).containsExactly(EventKind.LOG, EventKind.LOG, EventKind.LOG,
                EventKind.LOG, EventKind.ELIDED);
        assertThat(got).extracting(LabEvent::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        LabEvent marker = got.get(4);
        assertThat(marker.amount()).isEqualTo(6);
        assertThat(marker.text()).isEqualTo("6 events elided (seq 5–10) in slow");
        assertThat(marker.describe()).isEqualTo(marker.text());
        assertThat(s.elidedTotal()).isEqualTo(6);
        assertThat(s.delivered()).isEqualTo(5);

        // after the consumer caught up, delivery resumes where it stands
        publish("e11");
        assertThat(drain(s)).extracting(LabEvent::seq).containsExactly(11L);
    }

    @Test
    void aGapIsReportedWhereItHappenedBeforeLaterEvents() {
        EventSubscription s = stream.subscribe("slow", 3);
        for (int i = 1; i <= 6; i++) {
            publish("e" + i); // 1, 2, 3 queued; 4, 5, 6 elided
        }
        List<LabEvent> out = new ArrayList<>();
        s.drainTo(out, 2); // room again for marker + one event
        publish("e7");
        publish("e8"); // no room: elided into a second gap
        s.drainTo(out, Integer.MAX_VALUE);
        assertThat(out).extracting(e -> e.kind() == EventKind.ELIDED ? "gap " + e.amount() + " from " + e.seq() : e.text())
                .containsExactly("e1", "e2", "e3", "gap 3 from 4", "e7", "gap 1 from 8");
        assertThat(s.elidedTotal()).isEqualTo(4);
    }

    /**
     * Four threads flood one stream while a consumer drains slowly: every event is either
     * delivered or counted in a marker, markers cover exactly the missing sequence numbers, and
     * sequence numbers only grow.
     */
    @Test
    void underAConcurrentFloodNothingIsLostSilently() throws Exception {
        int threads = 4;
        int perThread = 40_000;
        EventSubscription s = stream.subscribe("flood", 512);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> publishers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    publish("x");
                }
            }, "publisher-" + t);
            th.start();
            publishers.add(th);
        }
        List<LabEvent> got = new ArrayList<>();
        AtomicReference<Throwable> consumerFailed = new AtomicReference<>();
        Thread consumer = new Thread(() -> {
            try {
                while (s.awaitDrainTo(got, 64, 50, TimeUnit.MILLISECONDS) >= 0) {
                    Thread.sleep(1); // small batches and a nap: this consumer falls behind on purpose
                }
            } catch (Throwable t) {
                consumerFailed.set(t);
            }
        }, "consumer");
        consumer.start();
        go.countDown();
        for (Thread th : publishers) {
            th.join(30_000);
            assertThat(th.isAlive()).isFalse();
        }
        s.close();
        consumer.join(30_000);
        assertThat(consumer.isAlive()).isFalse();
        assertThat(consumerFailed.get()).isNull();

        long published = stream.published();
        assertThat(published).isEqualTo((long) threads * perThread);
        long events = got.stream().filter(e -> e.kind() != EventKind.ELIDED).count();
        long markers = got.size() - events;
        long elidedInMarkers = got.stream().filter(e -> e.kind() == EventKind.ELIDED).mapToLong(LabEvent::amount).sum();
        assertThat(events + elidedInMarkers).isEqualTo(published);
        assertThat(elidedInMarkers).isEqualTo(s.elidedTotal());
        assertThat(s.delivered()).isEqualTo(events + markers);
        assertThat(markers).as("a consumer this slow must have fallen behind").isPositive();

        // the delivered events and the markers' ranges tile 1..published exactly, in order
        long next = 1;
        for (LabEvent e : got) {
            assertThat(e.seq()).isEqualTo(next);
            if (e.kind() == EventKind.ELIDED) {
                long last = e.seq() + e.amount() - 1;
                assertThat(e.text()).startsWith(e.amount() + " events elided (seq " + e.seq() + "–" + last + ")");
                next = last + 1;
            } else {
                next++;
            }
        }
        assertThat(next - 1).isEqualTo(published);
    }

    @Test
    void closeWakesAWaitingConsumerAndKeepsWhatIsQueued() throws Exception {
        EventSubscription s = stream.subscribe("c", 10);
        publish("kept");
        s.close();
        publish("after close"); // not for this subscriber any more
        assertThat(s.isClosed()).isTrue();
        List<LabEvent> out = new ArrayList<>();
        assertThat(s.awaitDrainTo(out, 10, 1, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(out).extracting(LabEvent::text).containsExactly("kept");
        assertThat(s.awaitDrainTo(out, 10, 1, TimeUnit.SECONDS)).isEqualTo(-1);
        assertThat(s.elidedTotal()).isZero();
        s.close(); // twice is harmless

        EventSubscription waiting = stream.subscribe("w", 10);
        AtomicReference<Integer> result = new AtomicReference<>();
        Thread consumer = new Thread(() -> {
            try {
                result.set(waiting.awaitDrainTo(new ArrayList<>(), 10, 30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                result.set(-99);
            }
        });
        consumer.start();
        // closed while the consumer waits (its own timeout is 30 s): the close wakes it, not the timeout
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> consumer.getState() == Thread.State.TIMED_WAITING);
        stream.close();
        consumer.join(20_000);
        assertThat(consumer.isAlive()).as("woken by the close, before its 30 s were up").isFalse();
        assertThat(result.get()).isEqualTo(-1);
    }

    @Test
    void aPendingGapIsStillReportedAfterClose() throws Exception {
        EventSubscription s = stream.subscribe("g", 2);
        for (int i = 0; i < 5; i++) {
            publish("e" + i);
        }
        s.close();
        List<LabEvent> out = new ArrayList<>();
        while (s.awaitDrainTo(out, 10, 100, TimeUnit.MILLISECONDS) >= 0) {
            assertThat(out.size()).isLessThan(100);
        }
        assertThat(out).extracting(LabEvent::kind).containsExactly(EventKind.LOG, EventKind.LOG, EventKind.ELIDED);
        assertThat(out.get(2).amount()).isEqualTo(3);
    }

    @Test
    void awaitTimesOutWithZeroWhenNothingCame() throws Exception {
        EventSubscription s = stream.subscribe("idle", 10);
        long t0 = System.nanoTime();
        assertThat(s.awaitDrainTo(new ArrayList<>(), 10, 30, TimeUnit.MILLISECONDS)).isZero();
        assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(25));
    }

    @Test
    void capacityBelowTwoIsRefused() {
        assertThatThrownBy(() -> stream.subscribe("tiny", 1)).hasMessageContaining("at least 2");
    }

    /** A consumer that is behind holds at most MAX_BYTES of event data; the rest is an elided gap. */
    @Test
    void aFloodOfLargeEventsIsBoundedInBytesToo() {
        EventSubscription s = stream.subscribe("slow", 1_000_000);
        netlab.engine.bytes.Bytes chunk = netlab.engine.bytes.Bytes.wrap(new byte[1024 * 1024]);
        int events = (int) (EventSubscription.MAX_BYTES / chunk.size()) + 10;
        for (int i = 0; i < events; i++) {
            stream.publish(EventStream.LAB_ORIGIN, EventKind.DATA_RECEIVED, null, null, chunk, (long) i * chunk.size(), chunk.size(), null);
        }
        List<LabEvent> got = drain(s);
        long held = got.stream().mapToLong(e -> e.data().size()).sum();
        assertThat(held).isLessThanOrEqualTo(EventSubscription.MAX_BYTES);
        LabEvent marker = got.get(got.size() - 1);
        assertThat(marker.kind()).isEqualTo(EventKind.ELIDED);
        assertThat(marker.amount()).isEqualTo(10);
        // once drained, it takes big events again
        stream.publish(EventStream.LAB_ORIGIN, EventKind.DATA_RECEIVED, null, null, chunk, 0, chunk.size(), null);
        assertThat(drain(s)).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.DATA_RECEIVED));
    }
}
