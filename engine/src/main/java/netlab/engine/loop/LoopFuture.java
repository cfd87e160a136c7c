package netlab.engine.loop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import netlab.engine.errors.CancelledError;
import netlab.engine.errors.InvalidStateError;
import netlab.engine.errors.PyException;
import netlab.engine.pytext.PyStr;

/**
 * asyncio's {@code Future}: a result that will be set later, on the loop thread. Done callbacks
 * are scheduled with {@code call_soon}, never run inline, exactly as asyncio does; this keeps long
 * chains of already-done futures from growing the stack.
 *
 * <p>State changes happen on the loop thread only. Other threads may read {@link #done()} and
 * wait with {@link #get(Duration)} or {@link #toCompletableFuture()}.
 */
public class LoopFuture<T> {
    private enum State { PENDING, FINISHED, CANCELLED }

    protected final EventLoop loop;
    private volatile State state = State.PENDING;
    private T result;
    private Throwable exception;
    private String cancelMessage;
    /** The CancelledError a task's body ended with; handed out once, as CPython's _cancelled_exc. */
    private CancelledError cancelledExc;
    /** The first done callback; the list holds the later ones (most futures have one: no list is made). */
    private Consumer<? super LoopFuture<T>> firstCallback;
    private List<Consumer<? super LoopFuture<T>>> callbacks;
    /** Its number in the scheduler view while pending (0: not listed, e.g. made while tracing was off). */
    private long id;
    private String label;

    public LoopFuture(EventLoop loop) {
        this.loop = loop;
        if (loop.controls().tracing() && !(this instanceof Task) && loop.inLoop()) {
            id = loop.futures().track(this);
        }
    }

    /** Names what this future stands for in the scheduler view and the timeline ({@code sleep(1)}). */
    public LoopFuture<T> label(String label) {
        this.label = label;
        return this;
    }

    /** Its name: the label given, else {@code Future-N} (N its number while pending), else {@code Future}. */
    public String label() {
        if (label != null) {
            return label;
        }
        return id != 0 ? "Future-" + id : "Future";
    }

    long id() {
        return id;
    }

    /** Done callbacks waiting for it. Loop thread only. */
    int callbackCount() {
        return (firstCallback == null ? 0 : 1) + (callbacks == null ? 0 : callbacks.size());
    }

    public EventLoop loop() {
        return loop;
    }

    public boolean done() {
        return state != State.PENDING;
    }

    public boolean cancelled() {
        return state == State.CANCELLED;
    }

    /**
     * The result; throws {@link CancelledError} if cancelled, the exception it ended with, or
     * {@link InvalidStateError} if it is not done yet.
     */
    public T result() {
        switch (state) {
            case PENDING -> throw new InvalidStateError("Result is not set.");
            case CANCELLED -> throw makeCancelledError();
            default -> {
                if (exception != null) {
                    throw rethrowable(exception);
                }
                return result;
            }
        }
    }

    /** The exception it ended with, or null; {@link CancelledError} if cancelled. */
    public Throwable exception() {
        switch (state) {
            case PENDING -> throw new InvalidStateError("Exception is not set.");
            case CANCELLED -> throw makeCancelledError();
            default -> {
                return exception;
            }
        }
    }

    public void setResult(T value) {
        loop.checkThread("Future.set_result");
        if (state != State.PENDING) {
            throw new InvalidStateError("invalid state: " + this);
        }
        result = value;
        state = State.FINISHED;
        scheduleCallbacks();
    }

    public void setException(Throwable error) {
        loop.checkThread("Future.set_exception");
        if (state != State.PENDING) {
            throw new InvalidStateError("invalid state: " + this);
        }
        // CPython accepts a CancelledError here and the future is then not cancelled() but raises
        // it; gather() relies on that (its outer future ends so when a child is cancelled)
        exception = error;
        state = State.FINISHED;
        scheduleCallbacks();
    }

    /** Completes with a result unless already done; returns whether it did. */
    public boolean trySetResult(T value) {
        if (done()) {
            return false;
        }
        setResult(value);
        return true;
    }

    /** Completes with an exception unless already done; returns whether it did. */
    public boolean trySetException(Throwable error) {
        if (done()) {
            return false;
        }
        setException(error);
        return true;
    }

    public boolean cancel() {
        return cancel(null);
    }

    /** Cancels the future if it is pending; returns whether it did. */
    public boolean cancel(String message) {
        return cancelFuture(message);
    }

    private boolean cancelFuture(String message) {
        loop.checkThread("Future.cancel");
        if (state != State.PENDING) {
            return false;
        }
        cancelMessage = message;
        state = State.CANCELLED;
        scheduleCallbacks();
        return true;
    }

    protected String cancelMessage() {
        return cancelMessage;
    }

    /** Cancels with the very CancelledError a task's body raised, which the first awaiter then gets. */
    boolean cancelWith(CancelledError error) {
        if (!cancelFuture(null)) {
            return false;
        }
        cancelledExc = error;
        return true;
    }

    /**
     * CPython's {@code _make_cancelled_error}: the CancelledError the body raised the first time
     * (with its message), a new one with the cancel message after that.
     */
    CancelledError makeCancelledError() {
        CancelledError e = cancelledExc;
        if (e != null) {
            cancelledExc = null;
            return e;
        }
        return new CancelledError(cancelMessage);
    }

    /** Adds a callback run (via call_soon) once the future is done, or soon if it already is. */
    public void addDoneCallback(Consumer<? super LoopFuture<T>> callback) {
        loop.checkThread("Future.add_done_callback");
        if (state != State.PENDING) {
            loop.callSoon(new DoneCallback<>(callback, this));
            return;
        }
        if (firstCallback == null && callbacks == null) {
            firstCallback = callback;
            return;
        }
        if (callbacks == null) {
            callbacks = new ArrayList<>(2);
        }
        callbacks.add(callback);
    }

    /** Removes every registration of {@code callback}; returns how many there were. */
    public int removeDoneCallback(Consumer<? super LoopFuture<T>> callback) {
        loop.checkThread("Future.remove_done_callback");
        int removed = 0;
        if (firstCallback == callback) {
            firstCallback = null;
            removed++;
        }
        if (callbacks != null) {
            int before = callbacks.size();
            callbacks.removeIf(c -> c == callback);
            removed += before - callbacks.size();
        }
        if (firstCallback == null && callbacks != null && !callbacks.isEmpty()) {
            firstCallback = callbacks.remove(0); // the oldest left runs first, as registered
        }
        return removed;
    }

    private void scheduleCallbacks() {
        if (id != 0) {
            loop.futures().done(this);
        }
        Consumer<? super LoopFuture<T>> first = firstCallback;
        List<Consumer<? super LoopFuture<T>>> toRun = callbacks;
        firstCallback = null;
        callbacks = null;
        if (first != null) {
            loop.callSoon(new DoneCallback<>(first, this));
        }
        if (toRun != null) {
            for (Consumer<? super LoopFuture<T>> callback : toRun) {
                loop.callSoon(new DoneCallback<>(callback, this));
            }
        }
    }

    /** A done callback in the ready queue; it names itself after the callback and the future. */
    private record DoneCallback<T>(Consumer<? super LoopFuture<T>> callback, LoopFuture<T> future) implements Runnable {
        @Override
        public void run() {
            callback.accept(future);
        }

        @Override
        public String toString() {
            return Callbacks.describe(callback) + "(" + future.label() + ")";
        }
    }

    /**
     * {@code await future}: inside a task, suspends the task until the future is done and returns
     * its result (or throws its exception). Outside a task this is an error: use {@link #get}.
     */
    public T await() {
        Task<?> task = loop.currentTask();
        if (task == null) {
            throw new IllegalStateException("await outside a task: only a task body running on the loop can await"
                    + " (from another thread, use get(timeout))");
        }
        return task.awaitFuture(this);
    }

    /**
     * Waits from a thread that is not the loop's. The loop thread must never block on a future:
     * that would stop the very loop that completes it.
     */
    public T get(Duration timeout) throws InterruptedException, java.util.concurrent.TimeoutException {
        if (loop.inLoop()) {
            throw new IllegalStateException("get() on the loop thread would block the loop; await inside a task instead");
        }
        try {
            return toCompletableFuture().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw rethrowable(e.getCause());
        } catch (java.util.concurrent.CancellationException e) {
            throw makeCancelledError();
        }
    }

    /** A CompletableFuture that completes (on the loop thread) when this does; safe from any thread. */
    public CompletableFuture<T> toCompletableFuture() {
        CompletableFuture<T> cf = new CompletableFuture<>();
        Runnable hook = () -> addDoneCallback(f -> {
            if (f.cancelled()) {
                cf.cancel(false);
            } else if (f.exception != null) {
                cf.completeExceptionally(f.exception);
            } else {
                cf.complete(f.result);
            }
        });
        if (loop.inLoop()) {
            hook.run();
        } else {
            loop.callSoonThreadsafe(hook);
        }
        return cf;
    }

    static RuntimeException rethrowable(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new PyException(t.getClass().getSimpleName(), String.valueOf(t.getMessage()), t);
    }

    /** {@code pending}, {@code cancelled}, {@code finished result='x'} or {@code finished exception=ValueError('x')}. */
    public String stateText() {
        return switch (state) {
            case PENDING -> "pending";
            case CANCELLED -> "cancelled";
            case FINISHED -> exception != null ? "finished exception=" + PyStr.repr(exception) : "finished result=" + PyStr.repr(result);
        };
    }

    /** As asyncio prints a future: {@code <Future finished result='Future is done!'>}. */
    @Override
    public String toString() {
        return "<Future " + stateText() + (label != null ? " " + label : "") + ">";
    }
}
