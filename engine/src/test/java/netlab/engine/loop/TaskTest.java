package netlab.engine.loop;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import netlab.engine.errors.CancelledError;
import netlab.engine.errors.PyException;
import netlab.engine.errors.ValueError;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.log.Logging;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.TestLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tasks against CPython's asyncio semantics. Each expectation marked "CPython:" was checked
 * against CPython 3.11 (asyncio.Task.__step / cancel), with the equivalent Python in the comment.
 */
class TaskTest {
    private final TestLoop t = new TestLoop();
    private final EventLoop loop = t.loop;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void close() {
        t.close();
    }

    private <V> Task<V> task(String name, Coroutine<V> body) {
        return OnLoop.call(loop, () -> loop.createTask(name, body));
    }

    /** {@code await asyncio.sleep(0)}: lets every other ready callback run once. */
    private void yieldOnce() {
        LoopFuture<Void> f = loop.createFuture();
        loop.callSoon(() -> f.setResult(null));
        f.await();
    }

    private LoopFuture<Void> sleep(long ms) {
        return loop.sleep(Duration.ofMillis(ms));
    }

    @Test
    void aBodyRunsOnTheLoopThreadAndResumesThereAfterEveryAwait() throws Exception {
        Thread loopThread = t.thread();
        List<Thread> seen = Collections.synchronizedList(new ArrayList<>());
        LoopFuture<String> fromOutside = OnLoop.call(loop, loop::createFuture);
        Task<String> task = task("threads", () -> {
            seen.add(Thread.currentThread());
            sleep(5).await();
            seen.add(Thread.currentThread());
            String v = fromOutside.await();
            seen.add(Thread.currentThread());
            assertThat(loop.currentTask()).isNotNull();
            return v;
        });
        // it slept and now waits for the future: the result comes from this thread while it waits
        org.awaitility.Awaitility.await().atMost(T).until(() -> seen.size() == 2);
        OnLoop.settle(loop);
        loop.callSoonThreadsafe(() -> fromOutside.setResult("from another thread"));
        assertThat(task.get(T)).isEqualTo("from another thread");
        assertThat(seen).hasSize(3).allMatch(th -> th == loopThread);
        assertThat(task.name()).isEqualTo("threads");
    }

    @Test
    void currentTaskIsTheRunningTaskAndNullOutsideOne() throws Exception {
        Task<Task<?>> task = task("me", loop::currentTask);
        assertThat(task.get(T)).isSameAs(task);
        assertThat(OnLoop.call(loop, loop::currentTask)).isNull();
        assertThat(loop.currentTask()).isNull();
    }

    /** Two tasks interleave exactly at their awaits, as gather-factorial shows. */
    @Test
    void tasksInterleaveAtAwaitsAndOnlyThere() throws Exception {
        List<Task<Void>> tasks = OnLoop.call(loop, () -> {
            List<Task<Void>> ts = new ArrayList<>();
            for (String name : List.of("A", "B")) {
                ts.add(loop.createTask(name, () -> {
                    for (int i = 1; i <= 3; i++) {
                        log.add(name + i);
                        log.add(name + i + "'"); // no await between: nobody can run in between
                        yieldOnce();
                    }
                    return null;
                }));
            }
            return ts;
        });
        for (Task<Void> task : tasks) {
            task.get(T);
        }
        assertThat(log).containsExactly("A1", "A1'", "B1", "B1'", "A2", "A2'", "B2", "B2'", "A3", "A3'", "B3", "B3'");
    }

    /** CPython: awaiting a future that is already done does not yield to the loop. */
    @Test
    void awaitingADoneFutureDoesNotYield() throws Exception {
        LoopFuture<String> ready = OnLoop.call(loop, () -> {
            LoopFuture<String> f = loop.createFuture();
            f.setResult("ready");
            return f;
        });
        List<Task<Void>> tasks = OnLoop.call(loop, () -> List.of(
                loop.createTask("A", () -> {
                    log.add("A1");
                    log.add("A got " + ready.await());
                    return null;
                }),
                loop.createTask("B", () -> {
                    log.add("B1");
                    return null;
                })));
        for (Task<Void> task : tasks) {
            task.get(T);
        }
        assertThat(log).containsExactly("A1", "A got ready", "B1");
    }

    /** The blocking-call lesson: a body that blocks without awaiting stalls every task on the loop. */
    @Test
    void aBlockingBodyStallsEveryOtherTask() throws Exception {
        java.util.concurrent.atomic.AtomicReference<Task<Void>> blocker = new java.util.concurrent.atomic.AtomicReference<>();
        Task<Double> sleeper = task("sleeper", () -> {
            double t0 = loop.time();
            // the blocker is ready to run as soon as this task waits on its timer: order, not a guess at timing
            blocker.set(loop.createTask("blocker", () -> {
                Thread.sleep(400); // time.sleep(), not asyncio.sleep(): the loop is held
                return null;
            }));
            sleep(50).await();
            return loop.time() - t0;
        });
        double slept = sleeper.get(T);
        blocker.get().get(T);
        assertThat(slept).as("a 50 ms sleep held up by the blocker").isGreaterThan(0.35);
        assertThat(loop.lag().maxNanos()).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(300));
    }

    @Test
    void cancelDeliversCancelledErrorAtTheAwait() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean waiting = new java.util.concurrent.atomic.AtomicBoolean();
        Task<String> task = task("victim", () -> {
            try {
                waiting.set(true);
                sleep(10_000).await();
                return "slept";
            } catch (CancelledError e) {
                log.add("caught at await: " + e.getMessage());
                throw e;
            }
        });
        org.awaitility.Awaitility.await().atMost(T).untilTrue(waiting);
        OnLoop.settle(loop); // suspended at its await now
        assertThat(OnLoop.call(loop, () -> task.cancel("stop now"))).isTrue();
        assertThatThrownBy(() -> task.get(T)).isInstanceOf(CancelledError.class).hasMessage("stop now");
        assertThat(task.cancelled()).isTrue();
        assertThat(log).containsExactly("caught at await: stop now");
        assertThat(OnLoop.call(loop, () -> task.cancel())).as("cancel of a done task").isFalse();
    }

    /** Seed 002: a coroutine that catches CancelledError and goes on is not cancelled. */
    @Test
    void aBodyThatSwallowsCancelledErrorIsNotCancelled() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean waiting = new java.util.concurrent.atomic.AtomicBoolean();
        Task<String> task = task("stubborn", () -> {
            try {
                waiting.set(true);
                sleep(10_000).await();
            } catch (CancelledError e) {
                log.add("ignored the cancel");
            }
            sleep(5).await(); // and it can still await afterwards
            return "survived";
        });
        org.awaitility.Awaitility.await().atMost(T).untilTrue(waiting);
        OnLoop.settle(loop); // suspended at its await now
        assertThat(OnLoop.call(loop, () -> task.cancel())).isTrue();
        assertThat(task.get(T)).isEqualTo("survived");
        assertThat(task.cancelled()).isFalse();
        assertThat(log).containsExactly("ignored the cancel");
    }

    /** CPython: a task cancelled before its first step never runs its body. */
    @Test
    void aTaskCancelledBeforeItsFirstStepNeverRunsItsBody() throws Exception {
        Task<String> task = OnLoop.call(loop, () -> {
            Task<String> created = loop.createTask("never", () -> {
                log.add("body ran");
                return "ran";
            });
            created.cancel("too early");
            return created;
        });
        assertThatThrownBy(() -> task.get(T)).isInstanceOf(CancelledError.class);
        OnLoop.settle(loop);
        assertThat(task.cancelled()).isTrue();
        assertThat(log).isEmpty();
    }

    /**
     * CPython: a task that cancels itself is not interrupted on the spot nor at an await of a done
     * future; the CancelledError comes at the next real suspension.
     * <pre>
     * asyncio.current_task().cancel(); await done_future; await asyncio.sleep(10)  # raises here
     * </pre>
     */
    @Test
    void selfCancelIsDeliveredAtTheNextRealSuspension() throws Exception {
        LoopFuture<String> ready = OnLoop.call(loop, () -> {
            LoopFuture<String> f = loop.createFuture();
            f.setResult("ready");
            return f;
        });
        Task<String> task = task("self", () -> {
            loop.currentTask().cancel();
            log.add("still running");
            log.add(ready.await());
            try {
                sleep(10_000).await();
            } catch (CancelledError e) {
                log.add("cancelled at sleep");
                throw e;
            }
            return "not reached";
        });
        assertThatThrownBy(() -> task.get(T)).isInstanceOf(CancelledError.class);
        assertThat(log).containsExactly("still running", "ready", "cancelled at sleep");
        assertThat(task.cancelled()).isTrue();
    }

    /**
     * CPython: a body that cancels itself and then returns without awaiting ends cancelled
     * ("Task is cancelled right before coro stops" in Task.__step).
     * <pre>
     * async def body(): asyncio.current_task().cancel(); return 42   # task.cancelled() is True
     * </pre>
     */
    @Test
    void aBodyThatCancelsItselfAndReturnsEndsCancelled() throws Exception {
        Task<Integer> task = task("self-return", () -> {
            loop.currentTask().cancel();
            return 42;
        });
        assertThatThrownBy(() -> task.get(T)).isInstanceOf(CancelledError.class);
        assertThat(task.cancelled()).isTrue();
    }

    /** CPython: ... but if it raises instead, the exception wins and it is not cancelled. */
    @Test
    void aBodyThatCancelsItselfAndRaisesEndsWithTheException() throws Exception {
        Task<Integer> task = task("self-raise", () -> {
            loop.currentTask().cancel();
            throw new ValueError("boom");
        });
        assertThatThrownBy(() -> task.get(T)).isInstanceOf(ValueError.class).hasMessage("boom");
        assertThat(task.cancelled()).isFalse();
    }

    /**
     * CPython: cancel() after the awaited future finished but before the task resumed still
     * raises CancelledError at that await; the result is never seen.
     */
    @Test
    void cancelBetweenTheFutureFinishingAndTheTaskResumingWins() throws Exception {
        LoopFuture<Integer> f = OnLoop.call(loop, loop::createFuture);
        Task<Void> task = task("racer", () -> {
            try {
                log.add("got " + f.await());
            } catch (CancelledError e) {
                log.add("cancelled");
                throw e;
            }
            return null;
        });
        OnLoop.settle(loop);
        boolean cancelled = OnLoop.call(loop, () -> {
            f.setResult(1);
            return task.cancel();
        });
        assertThat(cancelled).isTrue();
        assertThatThrownBy(() -> task.get(T)).isInstanceOf(CancelledError.class);
        assertThat(log).containsExactly("cancelled");
    }

    /** CPython: cancelling a task that awaits another task cancels the inner one too. */
    @Test
    void cancellingTheOuterTaskCancelsTheTaskItAwaits() throws Exception {
        Task<Void> inner = task("inner", () -> {
            sleep(10_000).await();
            return null;
        });
        Task<Void> outer = task("outer", () -> {
            inner.await();
            return null;
        });
        OnLoop.settle(loop);
        OnLoop.run(loop, () -> outer.cancel());
        assertThatThrownBy(() -> outer.get(T)).isInstanceOf(CancelledError.class);
        assertThat(inner.cancelled()).isTrue();
    }

    @Test
    void exceptionsPropagateToAwaitersUnchanged() throws Exception {
        ValueError error = new ValueError("bad input");
        Task<String> failing = task("failing", () -> {
            sleep(1).await();
            throw error;
        });
        Task<String> awaiter = task("awaiter", () -> {
            try {
                return failing.await();
            } catch (ValueError e) {
                log.add(e == error ? "same exception object" : "a different object");
                return "handled";
            }
        });
        assertThat(awaiter.get(T)).isEqualTo("handled");
        assertThat(log).containsExactly("same exception object");
        assertThat(failing.exception()).isSameAs(error);

        Task<String> checked = task("checked", () -> {
            throw new java.io.IOException("disk");
        });
        Throwable raised = catchThrowable(() -> checked.get(T));
        assertThat(raised).isInstanceOf(PyException.class).hasMessage("disk");
        assertThat(((PyException) raised).pyType()).isEqualTo("IOException");
        assertThat(checked.exception()).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void awaitOutsideATaskIsAClearError() {
        LoopFuture<String> f = OnLoop.call(loop, loop::createFuture);
        Throwable onLoop = OnLoop.call(loop, () -> catchThrowable(f::await));
        assertThat(onLoop).isInstanceOf(IllegalStateException.class).hasMessageContaining("await outside a task");
        assertThatThrownBy(f::await).isInstanceOf(IllegalStateException.class).hasMessageContaining("get(timeout)");
    }

    @Test
    void getInsideATaskIsRefused() throws Exception {
        LoopFuture<String> f = OnLoop.call(loop, loop::createFuture);
        Task<Throwable> task = task("blocker", () -> catchThrowable(() -> f.get(Duration.ofSeconds(5))));
        assertThat(task.get(T)).isInstanceOf(IllegalStateException.class).hasMessageContaining("await inside a task instead");
    }

    @Test
    void aTaskCannotAwaitItself() throws Exception {
        Task<Object> task = task("ouroboros", () -> loop.currentTask().await());
        assertThatThrownBy(() -> task.get(T)).hasMessageContaining("cannot await itself");
    }

    @Test
    void runUntilCompleteReturnsTheResultOrRaises() throws Exception {
        assertThat(OnLoop.task(loop, () -> {
            sleep(5).await();
            return 3;
        })).isEqualTo(3);
        assertThatThrownBy(() -> OnLoop.task(loop, () -> {
            throw new ValueError("nope");
        })).isInstanceOf(ValueError.class);
    }

    /** A task's log lines land in its context's pane, also after awaits. */
    @Test
    void logLinesBelongToTheTasksContext() throws Exception {
        Origin pane = new Origin("client-9", Role.CLIENT, "client-9/1", "echo_client", null, null);
        Logging logging = new Logging(loop);
        Task<Void> task = OnLoop.call(loop, () -> loop.createTask("logger", pane, () -> {
            logging.getLogger("echo_client").debug("before await");
            sleep(1).await();
            logging.getLogger("echo_client").debug("after await");
            return null;
        }));
        task.get(T);
        LabEvent after = t.log.awaitLog("echo_client", "after await", T);
        assertThat(after.origin()).isEqualTo(pane);
        assertThat(t.log.ofKind(EventKind.LOG)).allMatch(e -> e.origin().equals(pane));
        OnLoop.run(loop, () -> logging.getLogger("main").debug("outside"));
        assertThat(t.log.awaitLog("main", "outside", T).origin().endpoint()).isEqualTo("lab");
    }
}
