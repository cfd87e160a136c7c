package netlab.engine.loop;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import netlab.engine.errors.PyException;
import netlab.engine.errors.RuntimeError;
import netlab.engine.event.EventKind;
import netlab.engine.event.Origin;
import netlab.engine.loop.Fn.Call;
import netlab.engine.loop.Fn.Fn0;
import netlab.engine.loop.Fn.Fn1;
import netlab.engine.loop.Fn.Fn2;

/**
 * The event loop as one program sees it: what a seed's script gets from
 * {@code asyncio.get_event_loop()}. The lab has a single loop, shared by every server, client and
 * experiment on the bench, and it never stops; a program's {@code run_forever}, {@code stop},
 * {@code run_until_complete} and {@code close} are therefore its own. The program's main body
 * runs as a task, so {@link #runForever()} suspends that task until the program calls
 * {@link #stop()}, and {@link #runUntilComplete} awaits the future.
 *
 * <p>{@link #close()} cancels what the program left behind: callbacks and timers it scheduled
 * through here, tasks it started (in its context), its signal handlers, and the child processes
 * it started and left running (stopped: SIGTERM to each and its descendants, SIGKILL after a
 * grace). asyncio would destroy them with the loop; the lab's loop goes on, so they are cancelled
 * instead.
 */
public final class ProgramLoop {
    private final EventLoop loop;
    private final Origin origin;
    private final Set<Handle> scheduled = new LinkedHashSet<>();
    private final List<String> signalNames = new ArrayList<>();
    private final List<Runnable> signalHandlers = new ArrayList<>();
    private LoopFuture<Void> stopper;
    private boolean stopping;
    private boolean closed;

    public ProgramLoop(EventLoop loop, Origin origin) {
        this.loop = loop;
        this.origin = origin;
    }

    /** The lab's loop underneath. */
    public EventLoop loop() {
        return loop;
    }

    /** {@code loop.time()}. */
    public double time() {
        return loop.time();
    }

    // ---- callbacks ----

    public Handle callSoon(Fn0 callback) {
        return soon(new Call(callback), callback);
    }

    public <A> Handle callSoon(Fn1<A> callback, A a) {
        return soon(new Call(callback, a), () -> callback.call(a));
    }

    public <A, B> Handle callSoon(Fn2<A, B> callback, A a, B b) {
        return soon(new Call(callback, a, b), () -> callback.call(a, b));
    }

    public TimerHandle callLater(double delay, Fn0 callback) {
        return later(delay, new Call(callback), callback);
    }

    public <A> TimerHandle callLater(double delay, Fn1<A> callback, A a) {
        return later(delay, new Call(callback, a), () -> callback.call(a));
    }

    public <A, B> TimerHandle callLater(double delay, Fn2<A, B> callback, A a, B b) {
        return later(delay, new Call(callback, a, b), () -> callback.call(a, b));
    }

    public TimerHandle callAt(double when, Fn0 callback) {
        return at(when, new Call(callback), callback);
    }

    public <A> TimerHandle callAt(double when, Fn1<A> callback, A a) {
        return at(when, new Call(callback, a), () -> callback.call(a));
    }

    private Handle soon(Call label, Fn0 body) {
        checkOpen();
        Handle[] h = new Handle[1];
        h[0] = loop.callSoon(label, tracked(h, body));
        scheduled.add(h[0]);
        return h[0];
    }

    private TimerHandle later(double delay, Call label, Fn0 body) {
        checkOpen();
        Handle[] h = new Handle[1];
        TimerHandle t = loop.callLater(delay, label, tracked(h, body));
        h[0] = t;
        scheduled.add(t);
        return t;
    }

    private TimerHandle at(double when, Call label, Fn0 body) {
        checkOpen();
        Handle[] h = new Handle[1];
        TimerHandle t = loop.callAt(when, label, tracked(h, body));
        h[0] = t;
        scheduled.add(t);
        return t;
    }

    /**
     * The callback as the loop runs it: forgotten once it ran, and run as the program's (a signal
     * comes from outside, with no origin of its own), so what it prints lands in the program's pane.
     */
    private Runnable tracked(Handle[] self, Fn0 body) {
        return () -> {
            scheduled.remove(self[0]);
            Runnable call = () -> {
                try {
                    body.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new PyException(e.getClass().getSimpleName(), String.valueOf(e.getMessage()), e);
                }
            };
            if (origin != null) {
                loop.withOrigin(origin, call);
            } else {
                call.run();
            }
        };
    }

    // ---- futures and tasks ----

    public <T> LoopFuture<T> createFuture() {
        checkOpen();
        return loop.createFuture();
    }

    public <T> Task<T> createTask(Coroutine<T> coro) {
        checkOpen();
        return loop.createTask(null, coro);
    }

    public Task<Void> createTask(AsyncRunnable coro) {
        return createTask(coro.asCoroutine());
    }

    /** {@code loop.create_task(coro, name=name)}: the timeline's lane shows {@code name}. */
    public Task<Void> createTask(AsyncRunnable coro, String name) {
        checkOpen();
        return loop.createTask(name, coro.asCoroutine());
    }

    // ---- run and stop ----

    /**
     * {@code loop.run_forever()}: suspends the program's task until {@link #stop()} is called
     * (by a callback, a task or a signal handler). Inside the program's task only.
     */
    public void runForever() {
        checkOpen();
        checkNotRunning();
        Task<?> task = loop.currentTask();
        if (task == null) {
            throw new RuntimeError("run_forever() must be called from the program's task (the lab's loop never stops)");
        }
        if (stopping) {
            // asyncio: stop() before run_forever() runs one iteration and returns
            stopping = false;
            Asyncio.sleep(0).await();
            return;
        }
        stopper = loop.<Void>createFuture().label("run_forever()");
        try {
            stopper.await();
        } finally {
            stopper = null;
        }
    }

    /**
     * {@code loop.run_until_complete(future)}: waits until the future is done and returns its
     * result; RuntimeError if the program stops the loop first.
     */
    public <T> T runUntilComplete(LoopFuture<T> future) {
        checkOpen();
        checkNotRunning();
        stopper = loop.<Void>createFuture().label("run_until_complete(" + future.label() + ")");
        java.util.function.Consumer<LoopFuture<T>> stopWhenDone = f -> stop();
        future.addDoneCallback(stopWhenDone);
        try {
            stopper.await();
        } finally {
            stopper = null;
            future.removeDoneCallback(stopWhenDone);
        }
        if (!future.done()) {
            throw new RuntimeError("Event loop stopped before Future completed.");
        }
        return future.result();
    }

    /** {@code loop.run_until_complete(coro)}: the coroutine runs as a task. */
    public <T> T runUntilComplete(Coroutine<T> coro) {
        return runUntilComplete(createTask(coro));
    }

    public void runUntilComplete(AsyncRunnable coro) {
        runUntilComplete(createTask(coro));
    }

    /** {@code loop.stop()}: the program's run_forever (or run_until_complete) returns. */
    public void stop() {
        if (stopper != null) {
            stopper.trySetResult(null);
        } else {
            stopping = true;
        }
    }

    public boolean isRunning() {
        return stopper != null;
    }

    // ---- signals ----

    /** {@code loop.add_signal_handler(signal, callback)}: the handler runs as a loop callback. */
    public void addSignalHandler(String signal, Fn0 callback) {
        addSignal(signal, new Call(callback), callback);
    }

    public <A> void addSignalHandler(String signal, Fn1<A> callback, A a) {
        addSignal(signal, new Call(callback, a), () -> callback.call(a));
    }

    public <A, B> void addSignalHandler(String signal, Fn2<A, B> callback, A a, B b) {
        addSignal(signal, new Call(callback, a, b), () -> callback.call(a, b));
    }

    private void addSignal(String signal, Call label, Fn0 body) {
        checkOpen();
        Runnable call = tracked(new Handle[1], body);
        Runnable handler = Callbacks.named(label.toString(), () -> {
            report(EventKind.SIGNAL_RECEIVED, signal);
            call.run();
        });
        boolean reachable = loop.signals().add(signal, handler);
        signalNames.add(signal);
        signalHandlers.add(handler);
        report(EventKind.SIGNAL_HANDLER_ADDED, signal);
        if (!reachable && origin != null) {
            String why = netlab.engine.event.LabSentences.SIGNAL_IGNORED.say(signal);
            loop.events().publish(origin, EventKind.ERROR, null, why, null, -1, 0,
                    new netlab.engine.event.ErrorInfo("RuntimeWarning", why));
        }
    }

    /** Tells the program's pane (and whoever offers to send the signal) what its handlers do. */
    private void report(EventKind kind, String signal) {
        if (origin != null) {
            loop.events().publish(origin, kind, null, signal, null, -1, 0, null);
        }
    }

    /** {@code loop.remove_signal_handler(signal)}: this program's handler for it; false if none. */
    public boolean removeSignalHandler(String signal) {
        for (int i = signalNames.size() - 1; i >= 0; i--) {
            if (signalNames.get(i).equals(signal)) {
                signalNames.remove(i);
                boolean removed = loop.signals().remove(signal, signalHandlers.remove(i));
                report(EventKind.SIGNAL_HANDLER_REMOVED, signal);
                return removed;
            }
        }
        return false;
    }

    // ---- close ----

    public boolean isClosed() {
        return closed;
    }

    /**
     * {@code loop.close()}: cancels the callbacks, timers and tasks the program left and removes
     * its signal handlers. Closing twice is harmless; closing while running is a RuntimeError.
     */
    public void close() {
        if (stopper != null) {
            throw new RuntimeError("Cannot close a running event loop");
        }
        if (closed) {
            return;
        }
        closed = true;
        for (Handle h : new ArrayList<>(scheduled)) {
            h.cancel();
        }
        scheduled.clear();
        while (!signalNames.isEmpty()) {
            removeSignalHandler(signalNames.get(signalNames.size() - 1));
        }
        if (origin != null) {
            loop.programResources().closeAll(origin); // the child processes it started and left running
        }
        Task<?> current = loop.currentTask();
        for (Task<?> t : loop.allTasks()) {
            if (t != current && origin != null && origin.equals(t.context())) {
                t.cancel("the program closed its event loop");
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new RuntimeError("Event loop is closed");
        }
    }

    private void checkNotRunning() {
        if (stopper != null) {
            throw new RuntimeError("This event loop is already running");
        }
    }

    @Override
    public String toString() {
        return "<loop " + (origin == null ? "" : origin.label() + " ") + (stopper != null ? "running" : closed ? "closed" : "idle") + ">";
    }
}
