package netlab.engine.loop;

import netlab.engine.errors.CancelledError;
import netlab.engine.event.Origin;

/**
 * asyncio's {@code Task}: runs a {@link Coroutine} on the loop thread, one step at a time. Each
 * step runs the body until it awaits a future that is not done; the task then waits for that
 * future's done callback and resumes the body where it stopped.
 *
 * <p>Cancellation follows asyncio: {@link #cancel} cancels the future the body waits on, so the
 * body sees {@link CancelledError} at that await; a body that catches it and goes on is not
 * cancelled. A task cancelled before its first step never runs its body.
 */
public class Task<T> extends LoopFuture<T> {
    private final String name;
    private final Origin context;
    private final Object continuation;
    private LoopFuture<?> waitingOn;
    private boolean mustCancel;
    private String mustCancelMessage;
    private boolean started;
    private T bodyResult;
    private Throwable bodyError;

    Task(EventLoop loop, String name, Origin context, Coroutine<T> body) {
        super(loop);
        this.name = name;
        this.context = context;
        this.continuation = Continuations.create(() -> {
            try {
                bodyResult = body.run();
            } catch (Throwable t) {
                bodyError = t;
            }
        });
        loop.callSoon(this::step);
    }

    public String name() {
        return name;
    }

    /** The origin that log lines of this task's body belong to (asyncio's context). */
    public Origin context() {
        return context;
    }

    /** The future the body is suspended on, or null. */
    public LoopFuture<?> waitingOn() {
        return waitingOn;
    }

    @Override
    public boolean cancel(String message) {
        loop.checkThread("Task.cancel");
        if (done()) {
            return false;
        }
        if (waitingOn != null && waitingOn.cancel(message)) {
            // the body wakes with CancelledError from its await; it may still refuse
            return true;
        }
        mustCancel = true;
        mustCancelMessage = message;
        return true;
    }

    private void step() {
        if (done()) {
            return;
        }
        if (!started && mustCancel) {
            super.cancel(mustCancelMessage);
            return;
        }
        started = true;
        Task<?> previous = loop.enterTask(this);
        try {
            Continuations.run(continuation);
        } finally {
            loop.leaveTask(previous);
        }
        if (Continuations.isDone(continuation)) {
            finish();
        }
    }

    private void finish() {
        if (bodyError instanceof CancelledError c) {
            super.cancel(c.getMessage());
        } else if (bodyError != null) {
            setException(bodyError);
        } else if (mustCancel) {
            // asyncio: a body that cancelled itself and returned without awaiting again is
            // "cancelled right before coro stops"
            mustCancel = false;
            super.cancel(mustCancelMessage);
        } else {
            setResult(bodyResult);
        }
    }

    <R> R awaitFuture(LoopFuture<R> future) {
        if (future == this) {
            throw new IllegalStateException("a task cannot await itself");
        }
        if (!future.done()) {
            waitingOn = future;
            future.addDoneCallback(f -> step());
            if (mustCancel && future.cancel(mustCancelMessage)) {
                // the body cancelled itself while running: as in asyncio, the future it now
                // awaits is cancelled at once and the body wakes with CancelledError
                mustCancel = false;
            }
            Continuations.suspend();
            waitingOn = null;
        } else if (mustCancel) {
            // asyncio delivers a pending cancel at the next suspension; an already-done future
            // does not suspend, so a cancel requested by the body itself waits for a real one
            return future.result();
        }
        if (mustCancel) {
            mustCancel = false;
            throw new CancelledError(mustCancelMessage);
        }
        return future.result();
    }

    @Override
    public String toString() {
        return "<Task " + name + " " + (done() ? super.toString() : waitingOn != null ? "waiting on " + waitingOn : "pending") + ">";
    }
}
