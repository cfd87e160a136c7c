package netlab.engine.loop;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.TestLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** call_soon, call_later, handles, threads, run_forever/stop, executor, close: asyncio's loop on Netty. */
class EventLoopTest {
    private final TestLoop t = new TestLoop();
    private final EventLoop loop = t.loop;

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void callSoonRunsCallbacksInOrderOnTheLoopThread() {
        Thread loopThread = t.thread();
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
        OnLoop.run(loop, () -> {
            for (int i = 0; i < 5; i++) {
                int n = i;
                loop.callSoon(() -> {
                    ran.add("cb" + n);
                    threads.add(Thread.currentThread());
                    if (n == 0) {
                        // scheduled while the batch runs: after everything already queued
                        loop.callSoon(() -> ran.add("from-cb0"));
                    }
                });
            }
            ran.add("scheduler done"); // call_soon never runs a callback inline
        });
        OnLoop.settle(loop);
        assertThat(ran).containsExactly("scheduler done", "cb0", "cb1", "cb2", "cb3", "cb4", "from-cb0");
        assertThat(threads).hasSize(5).allMatch(th -> th == loopThread);
    }

    /**
     * A callback that keeps rescheduling itself must not starve timers, other threads' callbacks
     * or I/O: the ready queue runs in batches, as asyncio's _run_once does.
     */
    @Test
    void aCallSoonChainDoesNotStarveTimersOrOtherThreads() throws Exception {
        AtomicBoolean timerFired = new AtomicBoolean();
        AtomicBoolean threadsafeRan = new AtomicBoolean();
        AtomicLong chainAtTimer = new AtomicLong(-1);
        AtomicLong chain = new AtomicLong();
        CountDownLatch chainEnded = new CountDownLatch(1);
        long maxLinks = 5_000_000;
        OnLoop.run(loop, () -> {
            loop.callLater(Duration.ofMillis(20), () -> {
                timerFired.set(true);
                chainAtTimer.set(chain.get());
            });
            loop.callSoon(new Runnable() {
                @Override
                public void run() {
                    long n = chain.incrementAndGet();
                    if ((timerFired.get() && threadsafeRan.get()) || n >= maxLinks) {
                        chainEnded.countDown();
                        return;
                    }
                    loop.callSoon(this);
                }
            });
        });
        org.awaitility.Awaitility.await().atMost(T).until(() -> chain.get() > 0); // the chain runs
        loop.callSoonThreadsafe(() -> threadsafeRan.set(true));
        assertThat(chainEnded.await(T.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(timerFired).as("timer fired while the chain ran").isTrue();
        assertThat(threadsafeRan).as("call_soon_threadsafe ran while the chain ran").isTrue();
        assertThat(chain.get()).as("links run; the timer fired after %d", chainAtTimer.get()).isLessThan(maxLinks);
        assertThat(chainAtTimer.get()).isPositive();
    }

    @Test
    void callLaterRunsInDueOrderAndNeverEarly() throws Exception {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        List<Double> lateBy = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(4);
        List<TimerHandle> handles = OnLoop.call(loop, () -> {
            double start = loop.time();
            List<TimerHandle> hs = new ArrayList<>();
            for (int ms : new int[] {60, 20, 40}) {
                hs.add(loop.callLater(Duration.ofMillis(ms), () -> {
                    order.add("t" + ms);
                    lateBy.add(loop.time() - start - ms / 1000.0);
                    done.countDown();
                }));
            }
            hs.add(loop.callAt(start + 0.030, () -> {
                order.add("at30");
                lateBy.add(loop.time() - start - 0.030);
                done.countDown();
            }));
            return hs;
        });
        assertThat(done.await(T.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly("t20", "at30", "t40", "t60");
        // the timer wheel may round, but a callback runs at or after its time (how much later is the machine's business)
        assertThat(lateBy).allSatisfy(late -> assertThat(late).isGreaterThanOrEqualTo(-0.001));
        assertThat(handles.get(1).when() - handles.get(0).when()).isCloseTo(-0.040, org.assertj.core.data.Offset.offset(0.005));
    }

    @Test
    void aCancelledHandleNeverRuns() throws Exception {
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        double[] due = new double[1];
        OnLoop.run(loop, () -> {
            Handle soon = loop.callSoon(() -> ran.add("soon"));
            TimerHandle later = loop.callLater(Duration.ofMillis(20), () -> ran.add("later"));
            due[0] = later.when();
            loop.callSoon(() -> ran.add("kept"));
            soon.cancel();
            loop.callSoon(later::cancel); // cancelled from another callback, before it is due
            assertThat(soon.cancelled()).isTrue();
        });
        // the loop's clock passes the cancelled timer's time; then a few turns: it never ran
        org.awaitility.Awaitility.await().atMost(T).until(() -> loop.time() > due[0]);
        OnLoop.settle(loop);
        assertThat(ran).containsExactly("kept");
    }

    @Test
    void loopThreadOnlyCallsSayWhatToUseInstead() {
        assertThatThrownBy(() -> loop.callSoon(() -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("call_soon must run on the loop thread")
                .hasMessageContaining("call_soon_threadsafe");
        assertThatThrownBy(() -> loop.callLater(Duration.ZERO, () -> { })).hasMessageContaining("call_later");
        assertThatThrownBy(() -> loop.createTask("x", () -> null)).hasMessageContaining("create_task");
        assertThatThrownBy(() -> loop.createFuture().setResult(null)).hasMessageContaining("Future.set_result");
    }

    @Test
    void anExceptionInACallbackIsReportedAndTheLoopGoesOn() {
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        OnLoop.run(loop, () -> {
            loop.callSoon(() -> {
                throw new IllegalArgumentException("boom");
            });
            loop.callSoon(() -> ran.add("next"));
        });
        OnLoop.settle(loop);
        assertThat(ran).containsExactly("next");
        LabEvent error = t.log.await(e -> e.kind() == EventKind.ERROR, T);
        assertThat(error.logger()).isEqualTo("asyncio");
        assertThat(error.text()).contains("Exception in callback").contains("boom");
    }

    @Test
    void callSoonThreadsafeFromManyThreadsRunsEachOnceOnTheLoop() throws Exception {
        Thread loopThread = t.thread();
        int threads = 8;
        int each = 2_000;
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger offLoop = new AtomicInteger();
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread th = new Thread(() -> {
                for (int k = 0; k < each; k++) {
                    loop.callSoonThreadsafe(() -> {
                        ran.incrementAndGet();
                        if (Thread.currentThread() != loopThread) {
                            offLoop.incrementAndGet();
                        }
                    });
                }
            });
            th.start();
            senders.add(th);
        }
        for (Thread th : senders) {
            th.join(T.toMillis());
        }
        OnLoop.settle(loop);
        assertThat(ran.get()).isEqualTo(threads * each);
        assertThat(offLoop.get()).isZero();
    }

    @Test
    void timeIsMonotonicSeconds() throws Exception {
        long wallBefore = System.nanoTime();
        double a = loop.time();
        Thread.sleep(30); // the clock is what is measured here: it must advance as real time does
        double b = loop.time();
        long wall = System.nanoTime() - wallBefore;
        assertThat(b - a).isGreaterThanOrEqualTo(0.025).isLessThanOrEqualTo(wall / 1e9 + 0.001);
    }

    @Test
    void runForeverBlocksTheCallerUntilStop() throws Exception {
        AtomicLong returnedAfter = new AtomicLong();
        Thread runner = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                loop.runForever();
            } catch (InterruptedException e) {
                return;
            }
            returnedAfter.set(System.nanoTime() - t0);
        });
        runner.start();
        OnLoop.run(loop, () -> loop.callLater(Duration.ofMillis(50), loop::stop));
        runner.join(T.toMillis());
        assertThat(runner.isAlive()).isFalse();
        assertThat(returnedAfter.get()).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(40));
        assertThatThrownBy(() -> OnLoop.run(loop, () -> {
            try {
                loop.runForever();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        })).hasMessageContaining("would block the loop");
    }

    @Test
    void runInExecutorWorksOffTheLoopAndCompletesOnIt() throws Exception {
        Thread loopThread = t.thread();
        List<Thread> where = Collections.synchronizedList(new ArrayList<>());
        LoopFuture<String> f = OnLoop.call(loop, () -> loop.runInExecutor(() -> {
            where.add(Thread.currentThread());
            return "worked";
        }));
        LoopFuture<Thread> completedOn = OnLoop.call(loop, () -> {
            LoopFuture<Thread> c = loop.createFuture();
            f.addDoneCallback(done -> c.setResult(Thread.currentThread()));
            return c;
        });
        assertThat(f.get(T)).isEqualTo("worked");
        assertThat(where).hasSize(1).noneMatch(th -> th == loopThread);
        assertThat(completedOn.get(T)).isSameAs(loopThread);

        LoopFuture<Object> failed = OnLoop.call(loop, () -> loop.runInExecutor(() -> {
            throw new java.io.IOException("disk on fire");
        }));
        assertThatThrownBy(() -> failed.get(T)).hasMessageContaining("disk on fire");
    }

    @Test
    void aBlockingCallbackShowsAsLoopLag() throws Exception {
        CountDownLatch fired = new CountDownLatch(1);
        OnLoop.run(loop, () -> {
            loop.callLater(Duration.ofMillis(10), fired::countDown);
            loop.callSoon(() -> sleep(250)); // the blocking-call lesson, without a task
        });
        assertThat(fired.await(T.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(loop.lag().maxNanos()).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
        assertThat(loop.lag().samples()).isPositive();
    }

    @Test
    void aClosedLoopRefusesWorkClearly() {
        loop.close();
        assertThat(loop.isClosed()).isTrue();
        assertThatThrownBy(() -> loop.callSoonThreadsafe(() -> { })).hasMessageContaining("closed");
        loop.close(); // twice is harmless
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
