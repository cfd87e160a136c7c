package netlab.engine.loop;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import netlab.engine.errors.CancelledError;
import netlab.engine.errors.PyException;
import netlab.engine.errors.TimeoutError;
import netlab.engine.errors.ValueError;

/**
 * {@code asyncio.wait} and {@code asyncio.wait_for}: a task awaits futures until a condition
 * holds or a timeout passes, through a waiter future that their done callbacks (or the timeout's
 * timer) release, exactly as CPython 3.11 does it. Inside a task only; {@link Asyncio} names them.
 */
final class Waiting {
    private Waiting() {
    }

    /**
     * {@code await asyncio.wait(fs, timeout=..., return_when=...)}: waits, without cancelling
     * anything, until {@code returnWhen} holds or the timeout (seconds; null for none) passes, and
     * returns which futures are done and which are still pending. A timeout raises nothing.
     * Cancelling the waiting task does not cancel the futures. Inside a task only.
     */
    static DoneAndPending wait(Collection<? extends LoopFuture<?>> fs, Double timeout, ReturnWhen returnWhen) {
        if (fs.isEmpty()) {
            throw new ValueError("Set of Tasks/Futures is empty.");
        }
        EventLoop loop = Asyncio.getRunningLoop();
        Set<LoopFuture<?>> set = identitySet(fs);
        LoopFuture<Void> waiter = loop.<Void>createFuture().label("wait(" + set.size() + ", " + returnWhen + ")");
        TimerHandle timeoutHandle = timeout == null ? null
                : loop.callLater(timeout, "wait() timeout releases its waiter", () -> releaseWaiter(waiter));
        int[] counter = {set.size()};
        Consumer<LoopFuture<?>> onCompletion = new Consumer<>() {
            @Override
            public void accept(LoopFuture<?> f) {
                counter[0]--;
                if (counter[0] <= 0 || returnWhen == ReturnWhen.FIRST_COMPLETED
                        || (returnWhen == ReturnWhen.FIRST_EXCEPTION && !f.cancelled() && f.exception() != null)) {
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

    /**
     * {@code await asyncio.wait_for(fut, timeout)}: the future's result, or TimeoutError once
     * {@code timeout} seconds have passed, after cancelling the future and waiting until it is
     * really over (a task that refuses the cancel and returns a value: that value is returned, as
     * in CPython 3.11). {@code timeout} null waits for ever. Cancelling the waiting task cancels
     * the future too. Inside a task only.
     */
    static <T> T waitFor(LoopFuture<T> fut, Double timeout) {
        EventLoop loop = Asyncio.getRunningLoop();
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
