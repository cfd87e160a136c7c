package netlab.engine.loop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import netlab.engine.errors.CancelledError;
import netlab.engine.errors.PyException;
import netlab.engine.errors.RuntimeError;
import netlab.engine.errors.TimeoutError;
import netlab.engine.errors.ValueError;

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
        if (fs.isEmpty()) {
            LoopFuture<List<Object>> outer = getRunningLoop().createFuture();
            outer.setResult(List.of());
            return outer;
        }
        Map<LoopFuture<?>, Boolean> seen = new IdentityHashMap<>();
        List<LoopFuture<?>> children = new ArrayList<>(fs.size());
        List<LoopFuture<?>> distinct = new ArrayList<>(fs.size());
        for (LoopFuture<?> f : fs) {
            if (seen.put(f, Boolean.TRUE) == null) {
                distinct.add(f);
            }
            children.add(f);
        }
        EventLoop loop = children.get(0).loop();
        GatheringFuture outer = new GatheringFuture(loop, children);
        int nfuts = distinct.size();
        int[] nfinished = {0};
        Consumer<LoopFuture<?>> doneCallback = new Consumer<>() {
            @Override
            public void accept(LoopFuture<?> fut) {
                nfinished[0]++;
                if (outer.done()) {
                    return;
                }
                if (!returnExceptions) {
                    if (fut.cancelled()) {
                        outer.setException(fut.makeCancelledError());
                        return;
                    }
                    Throwable exc = fut.exception();
                    if (exc != null) {
                        outer.setException(exc);
                        return;
                    }
                }
                if (nfinished[0] == nfuts) {
                    List<Object> results = new ArrayList<>(children.size());
                    for (LoopFuture<?> child : children) {
                        if (child.cancelled()) {
                            results.add(new CancelledError(child.cancelMessage() == null ? "" : child.cancelMessage()));
                        } else {
                            Throwable e = child.exception();
                            results.add(e != null ? e : child.result());
                        }
                    }
                    if (outer.cancelRequested) {
                        // as CPython: the message is that of the last child looked at
                        outer.setException(children.get(children.size() - 1).makeCancelledError());
                    } else {
                        outer.setResult(java.util.Collections.unmodifiableList(results));
                    }
                }
            }

            @Override
            public String toString() {
                return "gather._done_callback";
            }
        };
        for (LoopFuture<?> f : distinct) {
            f.addDoneCallback(doneCallback);
        }
        return outer;
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
        if (fs.isEmpty()) {
            throw new ValueError("Set of Tasks/Futures is empty.");
        }
        EventLoop loop = getRunningLoop();
        Set<LoopFuture<?>> set = identitySet(fs);
        LoopFuture<Void> waiter = loop.<Void>createFuture().label("wait(" + set.size() + ", " + returnWhen + ")");
        TimerHandle timeoutHandle = timeout == null ? null
                : loop.callLater(timeout, "wait() timeout releases its waiter", () -> releaseWaiter(waiter));
        int[] counter = {set.size()};
        Consumer<LoopFuture<?>> onCompletion = new Consumer<>() {
            @Override
            public void accept(LoopFuture<?> f) {
                counter[0]--;
                if (counter[0] <= 0 || returnWhen == FIRST_COMPLETED
                        || (returnWhen == FIRST_EXCEPTION && !f.cancelled() && f.exception() != null)) {
                    if (timeoutHandle != null) {
                        timeoutHandle.cancel();
                    }
                    releaseWaiter(waiter);
                }
            }

            @Override
            public String toString() {
                return "wait._on_completion";
            }
        };
        for (LoopFuture<?> f : set) {
            f.addDoneCallback(onCompletion);
        }
        try {
            waiter.await();
        } finally {
            if (timeoutHandle != null) {
                timeoutHandle.cancel();
            }
            for (LoopFuture<?> f : set) {
                f.removeDoneCallback(onCompletion);
            }
        }
        Set<LoopFuture<?>> done = new LinkedHashSet<>();
        Set<LoopFuture<?>> pending = new LinkedHashSet<>();
        for (LoopFuture<?> f : set) {
            (f.done() ? done : pending).add(f);
        }
        return new DoneAndPending(done, pending);
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
        EventLoop loop = getRunningLoop();
        if (timeout == null) {
            return fut.await();
        }
        if (timeout <= 0) {
            if (fut.done()) {
                return fut.result();
            }
            cancelAndWait(fut, loop);
            try {
                return fut.result();
            } catch (CancelledError e) {
                throw timeoutFrom(e);
            }
        }
        LoopFuture<Void> waiter = loop.<Void>createFuture().label("wait_for(" + fut.label() + ", " + Seconds.format(timeout) + ")");
        TimerHandle timeoutHandle = loop.callLater(timeout, "wait_for() timeout releases its waiter", () -> releaseWaiter(waiter));
        Consumer<LoopFuture<?>> cb = new Consumer<>() {
            @Override
            public void accept(LoopFuture<?> f) {
                releaseWaiter(waiter);
            }

            @Override
            public String toString() {
                return "wait_for._release_waiter";
            }
        };
        fut.addDoneCallback(cb);
        try {
            try {
                waiter.await();
            } catch (CancelledError e) {
                if (fut.done()) {
                    return fut.result();
                }
                fut.removeDoneCallback(cb);
                // the future must not run on after wait_for has returned (bpo-32751)
                cancelAndWait(fut, loop);
                throw e;
            }
            if (fut.done()) {
                return fut.result();
            }
            fut.removeDoneCallback(cb);
            cancelAndWait(fut, loop);
            try {
                return fut.result();
            } catch (CancelledError e) {
                throw timeoutFrom(e);
            }
        } finally {
            timeoutHandle.cancel();
        }
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

    private static void cancelAndWait(LoopFuture<?> fut, EventLoop loop) {
        LoopFuture<Void> waiter = loop.<Void>createFuture().label("_cancel_and_wait(" + fut.label() + ")");
        Consumer<LoopFuture<?>> cb = f -> releaseWaiter(waiter);
        fut.addDoneCallback(cb);
        try {
            fut.cancel();
            // not fut itself: _cancel_and_wait must stay cancellable even if fut refuses
            waiter.await();
        } finally {
            fut.removeDoneCallback(cb);
        }
    }

    private static TimeoutError timeoutFrom(CancelledError e) {
        TimeoutError timeout = new TimeoutError(null);
        timeout.initCause(e);
        return timeout;
    }

    private static void releaseWaiter(LoopFuture<Void> waiter) {
        if (!waiter.done()) {
            waiter.setResult(null);
        }
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

    private static Set<LoopFuture<?>> identitySet(Collection<? extends LoopFuture<?>> fs) {
        // LoopFuture keeps Object's identity equality, so a LinkedHashSet is an ordered identity set
        Set<LoopFuture<?>> set = new LinkedHashSet<>();
        for (LoopFuture<?> f : fs) {
            if (f == null) {
                throw new PyException("TypeError", "expect a list of futures, not None");
            }
            set.add(f);
        }
        return set;
    }
}
