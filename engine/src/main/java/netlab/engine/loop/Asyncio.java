package netlab.engine.loop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import netlab.engine.errors.CancelledError;
import netlab.engine.errors.RuntimeError;
import netlab.engine.errors.TimeoutError;

/**
 * The {@code asyncio} module's functions, named as in Python, so that a seed program reads the
 * same in Java:
 *
 * <pre>
 * Python                                        Java
 * await asyncio.sleep(1)                        Asyncio.sleep(1).await();
 * t = asyncio.ensure_future(factorial("A", 2))  var t = Asyncio.ensureFuture(() -&gt; factorial("A", 2));
 * await asyncio.gather(*tasks)                  Asyncio.gather(tasks).await();
 * done, pending = await asyncio.wait(fs, ...)   DoneAndPending r = Asyncio.wait(fs, FIRST_COMPLETED);
 * await asyncio.wait_for(fut, timeout=1)        Asyncio.waitFor(fut, 1.0);
 * await asyncio.shield(inner)                   Asyncio.shield(inner).await();
 * </pre>
 *
 * A Python coroutine object (made but not started) is a {@link Coroutine} or {@link AsyncRunnable}
 * lambda here. Where Python returns a future ({@code gather}, {@code shield}, {@code sleep}) this
 * returns a {@link LoopFuture} to await; where Python's function is itself a coroutine that awaits
 * several things in turn ({@code wait}, {@code wait_for}), this is a method that must run inside
 * a task and awaits as it goes, exactly as {@code await asyncio.wait(...)} runs inside the calling
 * task in Python. Every function runs on the loop thread; the semantics are CPython 3.11's, case
 * by case (see AsyncioCasesTest).
 */
public final class Asyncio {
    public static final ReturnWhen FIRST_COMPLETED = ReturnWhen.FIRST_COMPLETED;
    public static final ReturnWhen FIRST_EXCEPTION = ReturnWhen.FIRST_EXCEPTION;
    public static final ReturnWhen ALL_COMPLETED = ReturnWhen.ALL_COMPLETED;

    private Asyncio() {
    }

    /** The loop whose thread this is; RuntimeError outside one ({@code asyncio.get_running_loop()}). */
    public static EventLoop getRunningLoop() {
        EventLoop loop = EventLoop.running();
        if (loop == null) {
            throw new RuntimeError("no running event loop");
        }
        return loop;
    }

    /** The task running now, or null ({@code asyncio.current_task()}). */
    public static Task<?> currentTask() {
        return getRunningLoop().currentTask();
    }

    /** The tasks not done yet ({@code asyncio.all_tasks()}). */
    public static Set<Task<?>> allTasks() {
        return getRunningLoop().allTasks();
    }

    // ---- tasks ----

    /** {@code asyncio.create_task(coro)}: starts {@code coro} as a task, named {@code Task-N}. */
    public static <T> Task<T> createTask(Coroutine<T> coro) {
        return createTask(coro, null);
    }

    /** {@code asyncio.create_task(coro, name=name)}. */
    public static <T> Task<T> createTask(Coroutine<T> coro, String name) {
        return getRunningLoop().createTask(name, coro);
    }

    public static Task<Void> createTask(AsyncRunnable coro) {
        return createTask(coro.asCoroutine(), null);
    }

    public static Task<Void> createTask(AsyncRunnable coro, String name) {
        return createTask(coro.asCoroutine(), name);
    }

    /** {@code asyncio.ensure_future(fut)}: a future is returned as it is. */
    public static <T> LoopFuture<T> ensureFuture(LoopFuture<T> future) {
        return future;
    }

    /** {@code asyncio.ensure_future(coro)}: a coroutine is wrapped in a new task. */
    public static <T> Task<T> ensureFuture(Coroutine<T> coro) {
        return createTask(coro);
    }

    public static Task<Void> ensureFuture(AsyncRunnable coro) {
        return createTask(coro);
    }

    /**
     * {@code asyncio.ensure_future(coro)} followed by {@code task.set_name(name)}: the seeds pass
     * no name, so CPython calls these tasks {@code Task-N}; a lesson names them as the seed's output
     * does (factorial's "A", "B", "C") so that the timeline's lanes read as the printed lines.
     * Only for seeds that never print the task itself (its repr shows the name).
     */
    public static Task<Void> ensureFuture(AsyncRunnable coro, String name) {
        return createTask(coro, name);
    }

    // ---- sleep ----

    /** {@code asyncio.sleep(delay)}; {@code sleep(0)} yields to the loop for exactly one iteration. */
    public static LoopFuture<Void> sleep(double delay) {
        return sleep(delay, null);
    }

    /** {@code asyncio.sleep(delay, result)}. */
    public static <T> LoopFuture<T> sleep(double delay, T result) {
        EventLoop loop = getRunningLoop();
        if (delay <= 0) {
            return new YieldFuture<>(loop, result);
        }
        return loop.sleep(delay, result);
    }

    // ---- gather ----

    /** {@code asyncio.gather(*fs)}: the results in the order given. */
    public static LoopFuture<List<Object>> gather(LoopFuture<?>... fs) {
        return gather(List.of(fs), false);
    }

    /** {@code asyncio.gather(*coros)}: each coroutine wrapped in a task first. */
    public static LoopFuture<List<Object>> gather(Coroutine<?>... coros) {
        List<LoopFuture<?>> fs = new ArrayList<>();
        for (Coroutine<?> c : coros) {
            fs.add(ensureFuture(c));
        }
        return gather(fs, false);
    }

    public static LoopFuture<List<Object>> gather(Collection<? extends LoopFuture<?>> fs) {
        return gather(fs, false);
    }

    /**
     * {@code asyncio.gather(*fs, return_exceptions=...)}. Without {@code returnExceptions} the
     * first exception (or a child's cancellation, as CancelledError) ends the gather at once while
     * the other children go on; with it, exceptions take their place among the results. Cancelling
     * the gather cancels the children.
     */
    public static LoopFuture<List<Object>> gather(Collection<? extends LoopFuture<?>> fs, boolean returnExceptions) {
        return GatheringFuture.gather(fs, returnExceptions);
    }

    // ---- wait ----

    /** {@code await asyncio.wait(fs)}: waits until all are done. Inside a task only. */
    public static DoneAndPending wait(Collection<? extends LoopFuture<?>> fs) {
        return wait(fs, null, ALL_COMPLETED);
    }

    /** {@code await asyncio.wait(fs, return_when=...)}. Inside a task only. */
    public static DoneAndPending wait(Collection<? extends LoopFuture<?>> fs, ReturnWhen returnWhen) {
        return wait(fs, null, returnWhen);
    }

    /** {@code await asyncio.wait(fs, timeout=...)}. Inside a task only. */
    public static DoneAndPending wait(Collection<? extends LoopFuture<?>> fs, double timeout) {
        return wait(fs, timeout, ALL_COMPLETED);
    }

    /**
     * {@code await asyncio.wait(fs, timeout=..., return_when=...)}: waits, without cancelling
     * anything, until {@code returnWhen} holds or the timeout (seconds; null for none) passes, and
     * returns which futures are done and which are still pending. A timeout raises nothing.
     * Cancelling the waiting task does not cancel the futures. Inside a task only.
     */
    public static DoneAndPending wait(Collection<? extends LoopFuture<?>> fs, Double timeout, ReturnWhen returnWhen) {
        return Waiting.wait(fs, timeout, returnWhen);
    }

    // ---- wait_for ----

    /**
     * {@code await asyncio.wait_for(fut, timeout)}: the future's result, or TimeoutError once
     * {@code timeout} seconds have passed, after cancelling the future and waiting until it is
     * really over (a task that refuses the cancel and returns a value: that value is returned, as
     * in CPython 3.11). {@code timeout} null waits for ever. Cancelling the waiting task cancels
     * the future too. Inside a task only.
     */
    public static <T> T waitFor(LoopFuture<T> fut, Double timeout) {
        return Waiting.waitFor(fut, timeout);
    }

    /** {@code await asyncio.wait_for(coro, timeout)}: the coroutine runs as a task (inline when there is no timeout). */
    public static <T> T waitFor(Coroutine<T> coro, Double timeout) {
        if (timeout == null) {
            try {
                return coro.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw LoopFuture.rethrowable(e);
            }
        }
        return waitFor(ensureFuture(coro), timeout);
    }

    // ---- shield ----

    /**
     * {@code asyncio.shield(inner)}: a future that follows {@code inner}, except that cancelling
     * it leaves {@code inner} running. A future already done is returned as it is.
     */
    public static <T> LoopFuture<T> shield(LoopFuture<T> inner) {
        if (inner.done()) {
            return inner;
        }
        LoopFuture<T> outer = inner.loop().<T>createFuture().label("shield(" + inner.label() + ")");
        Consumer<LoopFuture<T>> innerDone = new Consumer<>() {
            @Override
            public void accept(LoopFuture<T> i) {
                if (outer.cancelled()) {
                    return;
                }
                if (i.cancelled()) {
                    outer.cancel();
                } else if (i.exception() != null) {
                    outer.setException(i.exception());
                } else {
                    outer.setResult(i.result());
                }
            }

            @Override
            public String toString() {
                return "shield._inner_done_callback";
            }
        };
        inner.addDoneCallback(innerDone);
        outer.addDoneCallback(new Consumer<LoopFuture<T>>() {
            @Override
            public void accept(LoopFuture<T> o) {
                if (!inner.done()) {
                    inner.removeDoneCallback(innerDone);
                }
            }

            @Override
            public String toString() {
                return "shield._outer_done_callback";
            }
        });
        return outer;
    }

    /** {@code asyncio.shield(coro)}: the coroutine runs as a task, shielded. */
    public static <T> LoopFuture<T> shield(Coroutine<T> coro) {
        return shield(ensureFuture(coro));
    }

    public static LoopFuture<Void> shield(AsyncRunnable coro) {
        return shield(ensureFuture(coro));
    }
}
