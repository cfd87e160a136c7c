package netlab.engine.loop;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import netlab.engine.errors.CancelledError;
import netlab.engine.errors.InvalidStateError;
import netlab.engine.errors.PyException;
import netlab.engine.errors.ValueError;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.TestLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** asyncio.Future's contract, state by state, and how other threads may (and may not) wait on it. */
class LoopFutureTest {
    private final TestLoop t = new TestLoop();
    private final EventLoop loop = t.loop;

    @AfterEach
    void close() {
        t.close();
    }

    private <V> LoopFuture<V> future() {
        return OnLoop.call(loop, loop::createFuture);
    }

    @Test
    void aPendingFutureHasNoResultYet() {
        LoopFuture<String> f = future();
        assertThat(f.done()).isFalse();
        assertThat(f.cancelled()).isFalse();
        assertThatThrownBy(f::result).isInstanceOf(InvalidStateError.class).hasMessage("Result is not set.");
        assertThatThrownBy(f::exception).isInstanceOf(InvalidStateError.class).hasMessage("Exception is not set.");
        assertThat(f.toString()).contains("pending");
    }

    @Test
    void aResultIsSetOnce() {
        LoopFuture<String> f = future();
        OnLoop.run(loop, () -> {
            f.setResult("done");
            assertThatThrownBy(() -> f.setResult("again")).isInstanceOf(InvalidStateError.class);
            assertThatThrownBy(() -> f.setException(new ValueError("late"))).isInstanceOf(InvalidStateError.class);
            assertThat(f.trySetResult("again")).isFalse();
            assertThat(f.cancel()).isFalse();
        });
        assertThat(f.done()).isTrue();
        assertThat(f.result()).isEqualTo("done");
        assertThat(f.exception()).isNull();
    }

    @Test
    void anExceptionIsRaisedByResultAsTheSameObject() {
        LoopFuture<String> f = future();
        ValueError error = new ValueError("bad value");
        OnLoop.run(loop, () -> f.setException(error));
        assertThat(f.exception()).isSameAs(error);
        assertThat(catchThrowable(f::result)).isSameAs(error);

        // a checked exception comes back wrapped, under its Java name, with the original as cause
        LoopFuture<String> g = future();
        java.io.IOException io = new java.io.IOException("disk");
        OnLoop.run(loop, () -> g.setException(io));
        Throwable raised = catchThrowable(g::result);
        assertThat(raised).isInstanceOf(PyException.class).hasCause(io).hasMessage("disk");
        assertThat(((PyException) raised).pyType()).isEqualTo("IOException");
    }

    @Test
    void cancelEndsItAsCancelledWithTheMessage() {
        LoopFuture<String> f = future();
        boolean first = OnLoop.call(loop, () -> f.cancel("no longer needed"));
        boolean second = OnLoop.call(loop, () -> f.cancel("again"));
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(f.cancelled()).isTrue();
        assertThat(f.done()).isTrue();
        assertThatThrownBy(f::result).isInstanceOf(CancelledError.class).hasMessage("no longer needed");
        assertThatThrownBy(f::exception).isInstanceOf(CancelledError.class);
        OnLoop.run(loop, () -> {
            assertThatThrownBy(() -> f.setResult("late")).isInstanceOf(InvalidStateError.class);
            assertThat(f.trySetResult("late")).isFalse();
        });
    }

    /** CPython 3.11: set_exception(CancelledError()) is accepted; the future is done, not cancelled, and raises it. */
    @Test
    void aCancelledErrorSetAsTheExceptionIsRaisedButTheFutureIsNotCancelled() {
        LoopFuture<String> f = future();
        CancelledError error = new CancelledError("x");
        OnLoop.run(loop, () -> f.setException(error));
        assertThat(f.done()).isTrue();
        assertThat(f.cancelled()).isFalse();
        assertThat(f.exception()).isSameAs(error);
        assertThat(catchThrowable(f::result)).isSameAs(error);
    }

    /** asyncio schedules done callbacks with call_soon: never inline, in the order added. */
    @Test
    void doneCallbacksRunSoonNeverInline() {
        LoopFuture<String> f = future();
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        OnLoop.run(loop, () -> {
            f.addDoneCallback(d -> order.add("first " + d.result()));
            f.addDoneCallback(d -> order.add("second"));
            f.setResult("r");
            order.add("after set_result");
            f.addDoneCallback(d -> order.add("added when done"));
            order.add("after add_done_callback");
        });
        OnLoop.settle(loop);
        assertThat(order).containsExactly("after set_result", "after add_done_callback", "first r", "second", "added when done");
    }

    @Test
    void removeDoneCallbackCountsAndUnregisters() {
        LoopFuture<String> f = future();
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        Consumer<LoopFuture<String>> cb = d -> ran.add("removed one");
        int removed = OnLoop.call(loop, () -> {
            f.addDoneCallback(cb);
            f.addDoneCallback(d -> ran.add("kept"));
            f.addDoneCallback(cb);
            int n = f.removeDoneCallback(cb);
            f.setResult("x");
            return n;
        });
        OnLoop.settle(loop);
        assertThat(removed).isEqualTo(2);
        assertThat(ran).containsExactly("kept");
    }

    /** The first callback is kept apart from the others (no list for the usual one): removing it keeps the order of the rest. */
    @Test
    void callbacksLeftAfterRemovingTheFirstRunInTheOrderAdded() {
        LoopFuture<String> f = future();
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        Consumer<LoopFuture<String>> a = d -> ran.add("a");
        int[] counts = OnLoop.call(loop, () -> {
            f.addDoneCallback(a);
            f.addDoneCallback(d -> ran.add("b"));
            f.addDoneCallback(d -> ran.add("c"));
            int removed = f.removeDoneCallback(a);
            f.addDoneCallback(d -> ran.add("d"));
            int pending = f.callbackCount();
            f.setResult("x");
            return new int[] {removed, pending};
        });
        OnLoop.settle(loop);
        assertThat(counts).containsExactly(1, 3);
        assertThat(ran).containsExactly("b", "c", "d");
    }

    @Test
    void otherThreadsWaitWithGetAndABound() throws Exception {
        LoopFuture<String> f = future();
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> f.get(Duration.ofMillis(50))).isInstanceOf(TimeoutException.class);
        assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(Duration.ofMillis(45).toNanos());
        OnLoop.run(loop, () -> loop.callLater(Duration.ofMillis(20), () -> f.setResult("later")));
        assertThat(f.get(T)).isEqualTo("later");
        assertThat(f.toCompletableFuture().get(T.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo("later");

        LoopFuture<String> cancelled = future();
        OnLoop.run(loop, () -> cancelled.cancel("gone"));
        assertThatThrownBy(() -> cancelled.get(T)).isInstanceOf(CancelledError.class).hasMessage("gone");
        // from another thread the CompletableFuture is hooked up on the loop, so it completes a little later
        assertThatThrownBy(() -> cancelled.toCompletableFuture().get(T.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
                .isInstanceOf(java.util.concurrent.CancellationException.class);

        LoopFuture<String> failed = future();
        OnLoop.run(loop, () -> failed.setException(new ValueError("v")));
        assertThatThrownBy(() -> failed.get(T)).isInstanceOf(ValueError.class).hasMessage("v");
    }

    /** The loop must never wait on a future: it is the thread that would complete it. */
    @Test
    void getOnTheLoopThreadIsRefused() {
        LoopFuture<String> f = future();
        Throwable refused = OnLoop.call(loop, () -> catchThrowable(() -> f.get(Duration.ofSeconds(1))));
        assertThat(refused).isInstanceOf(IllegalStateException.class).hasMessageContaining("would block the loop");
    }

    @Test
    void stateChangesOffTheLoopAreRefused() {
        LoopFuture<String> f = future();
        assertThatThrownBy(() -> f.setResult("x")).hasMessageContaining("loop thread");
        assertThatThrownBy(() -> f.cancel()).hasMessageContaining("Future.cancel");
        assertThatThrownBy(() -> f.addDoneCallback(d -> { })).hasMessageContaining("add_done_callback");
        assertThat(f.done()).isFalse();
    }
}
