package netlab.engine.loop;

import netlab.engine.errors.CancelledError;
import netlab.engine.event.Origin;
import netlab.engine.pytext.PyStr;

/**
 * asyncio's {@code Task}: runs a {@link Coroutine} on the loop thread, one step at a time. Each
 * step runs the body until it awaits a future that is not done; the task then waits for that
 * future's done callback and resumes the body where it stopped.
 *
 * <p>Cancellation follows asyncio: {@link #cancel} cancels the future the body waits on, so the
 * body sees {@link CancelledError} at that await; a body that catches it and goes on is not
 * cancelled. A task cancelled before its first step never runs its body.
 *
 * <p>While the loop traces, each task reports itself on the event stream: created, each step (with
 * when it began), each await (on what), done (how), and each cancel request.
 */
public class Task<T> extends LoopFuture<T> {
    private final long number;
    private final String name;
    private final Origin context;
    /** Whether {@link #context} is a connection's: known here, so a step need not look at the origin. */
    private final boolean inConnection;
    private final Object continuation;
    private final Coroutine<T> coro;
    private LoopFuture<?> waitingOn;
    /** Its done callback on what it awaits (one at a time), made once rather than at every await. */
    private final Wakeup wakeup = new Wakeup(this);
    private boolean mustCancel;
    private String mustCancelMessage;
    private boolean started;
    private boolean running;
    private int cancelRequests;
    private long steps;
    private T bodyResult;
    private Throwable bodyError;

    Task(EventLoop loop, String name, Origin context, Coroutine<T> body) {
        super(loop);
        // made first: a task whose continuation cannot be made (a JVM without the export) fails
        // here, before the loop knows of it
        this.continuation = Continuations.create(() -> {
            try {
                bodyResult = body.run();
            } catch (Throwable t) {
                bodyError = t;
            }
        });
        this.number = loop.tasks().register(this);
        this.name = name != null ? name : "Task-" + number;
        this.context = context;
        this.inConnection = context != null && context.isConnection();
        this.coro = body;
        TaskEvents.created(this);
        loop.callSoon(new Step(this, null), this::step);
    }

    /** Its number, unique on its loop: the {@code amount} of its events. */
    public long number() {
        return number;
    }

    public String name() {
        return name;
    }

    @Override
    public String label() {
        return name;
    }

    /** The origin that log lines of this task's body belong to (asyncio's context). */
    public Origin context() {
        return context;
    }

    boolean inConnection() {
        return inConnection;
    }

    /** The future the body is suspended on, or null. */
    public LoopFuture<?> waitingOn() {
        return waitingOn;
    }

    /** Steps run so far. */
    public long steps() {
        return steps;
    }

    /** For the scheduler view: created, ready, running, waiting, done, cancelled or failed. */
    String state() {
        if (done()) {
            return cancelled() ? "cancelled" : exception() != null ? "failed" : "done";
        }
        if (running) {
            return "running";
        }
        if (!started) {
            return "created";
        }
        return waitingOn != null && !waitingOn.done() ? "waiting" : "ready";
    }

    /** How many cancel requests are pending ({@code Task.cancelling()}, Python 3.11). */
    public int cancelling() {
        return cancelRequests;
    }

    /** Takes back one cancel request ({@code Task.uncancel()}); returns how many are left. */
    public int uncancel() {
        if (cancelRequests > 0) {
            cancelRequests--;
        }
        return cancelRequests;
    }

    @Override
    public boolean cancel(String message) {
        loop.checkThread("Task.cancel");
        if (done()) {
            return false;
        }
        cancelRequests++;
        TaskEvents.cancelRequested(this, message);
        if (waitingOn != null && waitingOn.cancel(message)) {
            // the body wakes with CancelledError from its await; it may still refuse. waitingOn
            // stays: if it is a task that refuses, a later cancel must reach it again
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
            // asyncio throws CancelledError into a coroutine that never ran: the body never starts
            super.cancel(mustCancelMessage);
            finished();
            return;
        }
        started = true;
        running = true;
        steps++;
        long begin = TaskEvents.stepBegins(loop);
        Origin origin = loop.currentOrigin();
        Task<?> previous = loop.context().enterTask(this);
        try {
            Continuations.run(continuation);
        } finally {
            loop.context().leaveTask(previous, origin);
            running = false;
        }
        TaskEvents.stepEnded(this, begin);
        if (Continuations.isDone(continuation)) {
            finish();
        }
    }

    private void finish() {
        if (bodyError instanceof CancelledError c) {
            // as CPython: the task is cancelled without a message; its awaiter gets the body's error
            cancelWith(c);
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
        finished();
    }

    private void finished() {
        loop.tasks().done(this);
        TaskEvents.done(this);
    }

    <R> R awaitFuture(LoopFuture<R> future) {
        if (future == this) {
            throw new IllegalStateException("a task cannot await itself");
        }
        if (!future.done()) {
            waitingOn = future;
            future.addDoneCallback(wakeup);
            if (mustCancel && future.cancel(mustCancelMessage)) {
                // the body cancelled itself while running: as in asyncio, the future it now
                // awaits is cancelled at once and the body wakes with CancelledError
                mustCancel = false;
            }
            TaskEvents.waiting(this, future);
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

    /**
     * A bare {@code yield} ({@code await asyncio.sleep(0)}): gives every other ready callback one
     * turn and resumes in the next iteration. A cancel requested meanwhile is delivered here.
     */
    void yieldNow() {
        waitingOn = null;
        loop.callSoon(new Step(this, null), this::step);
        TaskEvents.waiting(this, null);
        Continuations.suspend();
        if (mustCancel) {
            mustCancel = false;
            throw new CancelledError(mustCancelMessage);
        }
    }

    /** The result or how it ended, as the timeline and the scheduler view show it. */
    String outcome() {
        if (!done()) {
            return null;
        }
        if (cancelled()) {
            return "cancelled";
        }
        Throwable e = exception();
        return e != null ? PyStr.repr(e) : PyStr.repr(result());
    }

    /** As asyncio prints a task: {@code <Task finished name='Task-3' coro=<cor2() done> result='cor2 result'>}. */
    @Override
    public String toString() {
        String d = Callbacks.describe(coro);
        String coroText = d.startsWith("<") ? " coro=" + d : " coro=<" + d + "() " + (done() ? "done" : "running") + ">";
        if (cancelled()) {
            return "<Task cancelled name=" + PyStr.repr(name) + coroText + ">";
        }
        if (done()) {
            return "<Task finished name=" + PyStr.repr(name) + coroText + " " + stateText().substring("finished ".length()) + ">";
        }
        return "<Task pending name=" + PyStr.repr(name) + coroText + (waitingOn != null ? " wait_for=" + waitingOn : "") + ">";
    }

    /** The task's next step in the ready queue: {@code Task-2.__step()} or {@code Task-2.__wakeup(sleep(1))}. */
    private record Step(Task<?> task, LoopFuture<?> wokenBy) {
        @Override
        public String toString() {
            return wokenBy == null ? task.name + ".__step()" : task.name + ".__wakeup(" + wokenBy.label() + ")";
        }
    }

    /** The done callback a task adds to the future it awaits. */
    private record Wakeup(Task<?> task) implements java.util.function.Consumer<LoopFuture<?>> {
        @Override
        public void accept(LoopFuture<?> f) {
            task.step();
        }

        @Override
        public String toString() {
            return task.name + ".__wakeup";
        }
    }
}
