package netlab.engine.loop;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import netlab.engine.event.EventStream;
import netlab.engine.event.Origin;
import netlab.engine.net.NettyTransport;

/**
 * asyncio's event loop on one Netty event-loop thread. Sockets, callbacks, timers and task steps
 * all run on that thread, one at a time, in the order asyncio would run them.
 *
 * <h2>One iteration</h2>
 * The loop keeps asyncio's own two queues: the <em>ready queue</em> ({@code call_soon}) and the
 * <em>timer heap</em> ({@code call_later}, {@code call_at}). One iteration is asyncio's
 * {@code _run_once}: the timers that are due move, earliest first, to the end of the ready queue;
 * then the callbacks that are in the ready queue at that moment run, in order. What they schedule
 * waits for the next iteration, after Netty has polled the sockets. Netty itself does the I/O: it
 * reads sockets and calls the protocols ({@code data_received} and the rest) between iterations;
 * what those wake (a future's done callbacks, a task's next step) joins the ready queue.
 *
 * <h2>Stepping</h2>
 * {@link #pause()} holds the ready queue and the timers: nothing scheduled on the loop runs, so
 * no task moves. {@link #step()} runs exactly one iteration as described above and holds again;
 * {@link #resume()} lets the loop run on. While paused, I/O keeps arriving: Netty still accepts,
 * reads and writes, and calls the protocols, which only buffer bytes and complete futures; the
 * callbacks and task steps that wakes wait in the ready queue for the next step. Timers that come
 * due wait in the heap, overdue, until a step moves them. Anything that goes through the loop
 * waits too: starting or stopping a server from the window, for instance, happens on the next
 * step. The scheduler view's snapshots ({@link #snapshot()}) and these controls bypass the ready
 * queue, so they work while paused.
 *
 * <h2>Tracing</h2>
 * Task events ({@code TASK_*}) and the list of pending futures are recorded while tracing is on
 * (the default); off, each task step costs one flag check more than without the feature.
 */
public final class EventLoop implements AutoCloseable {
    /** A timer at least this late is reported as a LOOP_LAG event even when no probe runs. */
    static final long REPORT_LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /** Late timers are reported at most this often, so a loop under load does not flood the stream. */
    private static final long REPORT_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** Recently finished tasks kept for the scheduler view, so a class sees how they ended. */
    private static final int RECENT_TASKS = 32;

    private final EventStream events;
    private final NettyTransport transport;
    private final MultiThreadIoEventLoopGroup group;
    private final io.netty.channel.EventLoop netty;
    private final long startNanos = System.nanoTime();
    private final ArrayDeque<Handle> ready = new ArrayDeque<>();
    private final PriorityQueue<TimerHandle> timers = new PriorityQueue<>();
    private final Runnable runReady = this::runReady;
    private final Runnable onWakeup = this::onWakeup;
    private final LoopLag lag = new LoopLag();
    private final IoWatches io = new IoWatches(this);
    private final ProgramResources programResources = new ProgramResources();
    private final Set<Task<?>> liveTasks = new LinkedHashSet<>();
    private final ArrayDeque<Task<?>> recentTasks = new ArrayDeque<>();
    private final FutureRegistry futures = new FutureRegistry();
    private final Object stopLock = new Object();
    private final Signals signals = new Signals(this);
    private boolean stopRequested;
    private boolean readyScheduled;
    private boolean inIteration;
    private boolean paused;
    private long iterations;
    private long timerSequence;
    private int cancelledInHeap;
    private ScheduledFuture<?> wakeup;
    private long wakeupAt;
    private long lastLagReport = Long.MIN_VALUE;
    private long taskNumbers;
    private Task<?> currentTask;
    private Origin currentOrigin;
    private volatile boolean tracing = true;
    private volatile boolean closed;
    private volatile ExecutorService executor;
    private LagProbe lagProbe;

    public EventLoop(EventStream events) {
        this(events, NettyTransport.best());
    }

    public EventLoop(EventStream events, NettyTransport transport) {
        this.events = events;
        this.transport = transport;
        this.group = new MultiThreadIoEventLoopGroup(1, new LoopThreadFactory(), transport.ioHandlerFactory());
        this.netty = group.next();
    }

    /** The loop whose thread this is, or null ({@code asyncio.get_running_loop()} without the error). */
    public static EventLoop running() {
        return Thread.currentThread() instanceof LoopThread t ? t.loop() : null;
    }

    /** The Netty loop channels are registered on. */
    public io.netty.channel.EventLoop netty() {
        return netty;
    }

    public NettyTransport transport() {
        return transport;
    }

    public EventStream events() {
        return events;
    }

    public boolean inLoop() {
        return netty.inEventLoop();
    }

    void checkThread(String what) {
        if (!netty.inEventLoop()) {
            throw new IllegalStateException(what + " must run on the loop thread, not on " + Thread.currentThread().getName()
                    + " (use call_soon_threadsafe)");
        }
    }

    /** Seconds on the loop's monotonic clock ({@code loop.time()}). */
    public double time() {
        return toLoopTime(System.nanoTime());
    }

    double toLoopTime(long nanoTime) {
        return (nanoTime - startNanos) / 1e9;
    }

    long startNanos() {
        return startNanos;
    }

    public LoopLag lag() {
        return lag;
    }

    /** What the loop waits on for I/O; transports register here. Loop thread only. */
    /** What programs started that must not outlive them (their child processes). Loop thread only. */
    public ProgramResources programResources() {
        return programResources;
    }

    public IoWatches io() {
        return io;
    }

    // ---- the ready queue ----

    /** Schedules {@code callback} to run soon, after those already scheduled. Loop thread only. */
    public Handle callSoon(Runnable callback) {
        return callSoon(null, callback);
    }

    /**
     * {@code call_soon} with a name for the scheduler view ({@code label} is a String, or an object
     * whose toString names it, asked only when a snapshot is taken). Loop thread only.
     */
    public Handle callSoon(Object label, Runnable callback) {
        checkThread("call_soon");
        Handle handle = new Handle(callback, label, currentOrigin);
        enqueue(handle);
        return handle;
    }

    /** {@code call_soon} from any thread. */
    public Handle callSoonThreadsafe(Runnable callback) {
        Handle handle = new Handle(callback, null, null);
        try {
            netty.execute(() -> enqueue(handle));
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the event loop is closed", e);
        }
        return handle;
    }

    private void enqueue(Handle handle) {
        ready.add(handle);
        if (!readyScheduled && !paused && !inIteration) {
            readyScheduled = true;
            try {
                netty.execute(runReady);
            } catch (RejectedExecutionException e) {
                readyScheduled = false; // shutting down: what is left will never run
            }
        }
    }

    private void runReady() {
        readyScheduled = false;
        if (paused || closed) {
            return;
        }
        iterate();
        afterIteration();
    }

    private void onWakeup() {
        wakeup = null;
        if (paused || closed) {
            return;
        }
        iterate();
        afterIteration();
    }

    /** asyncio's {@code _run_once}, without the I/O poll Netty does around it. */
    private void iterate() {
        inIteration = true;
        long now = System.nanoTime();
        lag.iterationStarted(now);
        iterations++;
        try {
            while (!timers.isEmpty()) {
                TimerHandle t = timers.peek();
                if (t.cancelled()) {
                    timers.poll();
                    t.inHeap = false;
                    cancelledInHeap--;
                    continue;
                }
                if (t.dueNanos() - now > 0) {
                    break;
                }
                timers.poll();
                t.inHeap = false;
                ready.add(t);
            }
            int n = ready.size();
            for (int i = 0; i < n; i++) {
                Handle h = ready.poll();
                if (h.cancelled()) {
                    continue;
                }
                if (h instanceof TimerHandle t) {
                    timerRuns(t);
                }
                run(h);
            }
        } finally {
            lag.iterationEnded();
            inIteration = false;
        }
    }

    private void afterIteration() {
        if (!ready.isEmpty() && !readyScheduled && !paused && !closed) {
            readyScheduled = true;
            // What this iteration scheduled waits until Netty has polled I/O, as in asyncio's
            // _run_once; execute() would not do that: Netty runs queued tasks for up to its task
            // quantum before it looks at sockets or timers again.
            try {
                netty.schedule(runReady, 0, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                readyScheduled = false;
            }
        }
        armWakeup();
    }

    private void run(Handle h) {
        Origin previous = currentOrigin;
        currentOrigin = h.origin();
        try {
            h.callback().run();
        } catch (Throwable t) {
            events.error(currentOrigin != null ? currentOrigin : EventStream.LAB_ORIGIN, "asyncio",
                    new CallbackException("Exception in callback " + h.describe(), t));
        } finally {
            currentOrigin = previous;
        }
    }

    // ---- the timer heap ----

    /** Runs {@code callback} after {@code delay}. Loop thread only. */
    public TimerHandle callLater(Duration delay, Runnable callback) {
        return callLater(delay, null, callback);
    }

    /** {@code call_later} with a name for the scheduler view. Loop thread only. */
    public TimerHandle callLater(Duration delay, Object label, Runnable callback) {
        checkThread("call_later");
        long nanos = Math.max(0, delay.toNanos());
        return addTimer(System.nanoTime() + nanos, label, callback);
    }

    /** {@code call_later(seconds, ...)}. */
    public TimerHandle callLater(double seconds, Runnable callback) {
        return callLater(seconds, null, callback);
    }

    public TimerHandle callLater(double seconds, Object label, Runnable callback) {
        return callLater(Duration.ofNanos((long) (seconds * 1e9)), label, callback);
    }

    /** Runs {@code callback} at loop time {@code when} (seconds, as {@link #time()}). */
    public TimerHandle callAt(double when, Runnable callback) {
        return callAt(when, null, callback);
    }

    public TimerHandle callAt(double when, Object label, Runnable callback) {
        checkThread("call_at");
        return addTimer(startNanos + (long) (when * 1e9), label, callback);
    }

    private TimerHandle addTimer(long dueNanos, Object label, Runnable callback) {
        TimerHandle t = new TimerHandle(this, callback, label, currentOrigin, dueNanos, timerSequence++);
        t.inHeap = true;
        timers.add(t);
        if (!inIteration) {
            armWakeup();
        }
        return t;
    }

    /** Makes Netty wake the loop when the earliest timer is due. */
    private void armWakeup() {
        while (!timers.isEmpty() && timers.peek().cancelled()) {
            timers.poll().inHeap = false;
            cancelledInHeap--;
        }
        if (timers.isEmpty() || paused || closed) {
            return;
        }
        long due = timers.peek().dueNanos();
        if (wakeup != null && wakeupAt - due <= 0) {
            return; // a wakeup at or before it is already set
        }
        if (wakeup != null) {
            wakeup.cancel(false);
        }
        wakeupAt = due;
        try {
            wakeup = netty.schedule(onWakeup, Math.max(0, due - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            wakeup = null;
        }
    }

    /** A cancelled timer stays in the heap until due or purged, as in asyncio; many are purged at once. */
    void timerCancelled(TimerHandle t) {
        if (!inLoop()) {
            try {
                netty.execute(() -> timerCancelled(t));
            } catch (RejectedExecutionException ignored) {
                // the loop is closed: there is no heap left to tidy
            }
            return;
        }
        if (!t.inHeap) {
            return;
        }
        cancelledInHeap++;
        if (cancelledInHeap > 100 && cancelledInHeap * 2 > timers.size()) {
            List<TimerHandle> kept = new ArrayList<>(timers.size() - cancelledInHeap);
            for (TimerHandle h : timers) {
                if (h.cancelled()) {
                    h.inHeap = false;
                } else {
                    kept.add(h);
                }
            }
            timers.clear();
            timers.addAll(kept);
            cancelledInHeap = 0;
        }
    }

    private void timerRuns(TimerHandle t) {
        long late = System.nanoTime() - t.dueNanos();
        lag.record(late);
        if (late >= REPORT_LATE_NANOS && (lagProbe == null || !lagProbe.owns(t))) {
            long now = System.nanoTime();
            if (lastLagReport == Long.MIN_VALUE || now - lastLagReport >= REPORT_EVERY_NANOS) {
                lastLagReport = now;
                LagProbe.report(this, late, "timer " + t.describe() + " ran late");
            }
        }
    }

    // ---- futures and tasks ----

    public <T> LoopFuture<T> createFuture() {
        return new LoopFuture<>(this);
    }

    /** Wraps {@code body} in a task that starts on the next loop iteration. Loop thread only. */
    public <T> Task<T> createTask(String name, Coroutine<T> body) {
        checkThread("create_task");
        return new Task<>(this, name, currentOrigin, body);
    }

    /** A task whose log lines belong to {@code context}. Loop thread only. */
    public <T> Task<T> createTask(String name, Origin context, Coroutine<T> body) {
        checkThread("create_task");
        return new Task<>(this, name, context, body);
    }

    /** A future done after {@code delay} ({@code asyncio.sleep}); cancelling it cancels the timer. */
    public LoopFuture<Void> sleep(Duration delay) {
        return sleep(delay.toNanos() / 1e9, null);
    }

    public LoopFuture<Void> sleep(double seconds) {
        return sleep(seconds, null);
    }

    /** {@code asyncio.sleep(delay, result)} for a positive delay: done with {@code result} by a timer. */
    public <T> LoopFuture<T> sleep(double seconds, T result) {
        String what = "sleep(" + Seconds.format(seconds) + ")";
        SleepFuture<T> f = new SleepFuture<>(this, what);
        f.timer(callLater(seconds, what + " wakes its awaiter", () -> {
            // futures._set_result_unless_cancelled
            if (!f.done()) {
                f.setResult(result);
            }
        }));
        return f;
    }

    long registerTask(Task<?> task) {
        liveTasks.add(task);
        return ++taskNumbers;
    }

    void taskDone(Task<?> task) {
        liveTasks.remove(task);
        recentTasks.addLast(task);
        while (recentTasks.size() > RECENT_TASKS) {
            recentTasks.removeFirst();
        }
    }

    /** Tasks not done yet ({@code asyncio.all_tasks()}). Loop thread only. */
    public Set<Task<?>> allTasks() {
        checkThread("all_tasks");
        return Collections.unmodifiableSet(new LinkedHashSet<>(liveTasks));
    }

    FutureRegistry futures() {
        return futures;
    }

    /** Runs {@code body} as a task from another thread and waits for its result. */
    public <T> T runUntilComplete(String name, Coroutine<T> body, Duration timeout)
            throws InterruptedException, TimeoutException {
        LoopFuture<LoopFuture<T>> created = submit(() -> createTask(name, body));
        LoopFuture<T> task = created.get(timeout);
        return task.get(timeout);
    }

    /**
     * Runs {@code action} on the loop and hands back the future it returns; callable from any
     * thread. The outer future completes on the loop once {@code action} has run.
     */
    public <T> LoopFuture<T> submit(Supplier<T> action) {
        LoopFuture<T> f = new LoopFuture<>(this);
        Runnable run = () -> {
            try {
                f.setResult(action.get());
            } catch (Throwable t) {
                f.setException(t);
            }
        };
        if (inLoop()) {
            callSoon(run);
        } else {
            callSoonThreadsafe(run);
        }
        return f;
    }

    /**
     * Runs blocking work (a DNS lookup, say) on a helper thread and completes the returned future
     * on the loop ({@code run_in_executor}).
     */
    public <T> LoopFuture<T> runInExecutor(Callable<T> work) {
        LoopFuture<T> f = new LoopFuture<>(this);
        executor().execute(() -> {
            T value;
            try {
                value = work.call();
            } catch (Throwable t) {
                callSoonThreadsafeIfOpen(() -> f.trySetException(t));
                return;
            }
            callSoonThreadsafeIfOpen(() -> f.trySetResult(value));
        });
        return f;
    }

    private void callSoonThreadsafeIfOpen(Runnable r) {
        if (!closed) {
            try {
                callSoonThreadsafe(r);
            } catch (IllegalStateException ignored) {
                // the loop closed while the work ran; nobody is left to tell
            }
        }
    }

    /** The loop's helper threads, for blocking work that must not hold the loop. */
    public ExecutorService executor() {
        ExecutorService e = executor;
        if (e == null) {
            synchronized (this) {
                e = executor;
                if (e == null) {
                    e = Executors.newCachedThreadPool(new DefaultThreadFactory("netlab-executor", true));
                    executor = e;
                }
            }
        }
        return e;
    }

    // ---- signals ----

    /**
     * {@code add_signal_handler}: runs {@code callback} on the loop when the process gets the
     * signal ({@code SIGINT}, {@code SIGTERM}, ...), instead of the JVM's default action. A newer
     * handler for the same signal takes over until it is removed; then the one before it is back.
     *
     * @return false when the process ignores the signal (it was started so, as a shell starts a
     *         background job with SIGINT ignored): the JVM then lets no kill through to the
     *         handler, and only {@link #raiseSignal} can deliver it
     */
    public boolean addSignalHandler(String signal, Runnable callback) {
        return signals.add(signal, callback);
    }

    /** Removes the newest handler for {@code signal}; false if there was none. */
    public boolean removeSignalHandler(String signal) {
        return signals.remove(signal);
    }

    /** Removes this very handler for {@code signal}; false if it was not there. */
    public boolean removeSignalHandler(String signal, Runnable callback) {
        return signals.remove(signal, callback);
    }

    /** Whether a handler added with {@link #addSignalHandler} takes {@code signal} now. Any thread. */
    public boolean handlesSignal(String signal) {
        return signals.handles(signal);
    }

    /**
     * Sends {@code signal} to NetLab's own process ({@code sun.misc.Signal.raise}, as
     * {@code kill -INT <pid>} from a terminal would), so that the newest handler added with
     * {@link #addSignalHandler} runs, on the loop. This is how a window, which has no terminal,
     * sends the signals experiment its SIGINT. Refused with IllegalStateException when no loop
     * handler takes the signal: the JVM's own action (SIGINT, SIGTERM: exit) would end the lab.
     * Any thread; it never blocks.
     */
    public void raiseSignal(String signal) {
        if (!signals.raise(signal)) {
            throw new IllegalStateException("nothing on the loop handles " + signal
                    + " (add_signal_handler first): raising it would end NetLab itself");
        }
    }

    // ---- run_forever / stop for threads ----

    /**
     * Blocks the calling thread (never the loop's) until {@link #stop()} is called. A task waits
     * for a stop with {@code ProgramLoop.runForever()} instead.
     */
    public void runForever() throws InterruptedException {
        if (inLoop()) {
            throw new IllegalStateException("run_forever on the loop thread would block the loop");
        }
        synchronized (stopLock) {
            while (!stopRequested) {
                stopLock.wait();
            }
            stopRequested = false;
        }
    }

    /** Makes {@link #runForever()} return; from any thread, signal handlers included. */
    public void stop() {
        synchronized (stopLock) {
            stopRequested = true;
            stopLock.notifyAll();
        }
    }

    // ---- the running task and origin ----

    /** The task whose body is running now, or null ({@code asyncio.current_task()}). */
    public Task<?> currentTask() {
        return inLoop() ? currentTask : null;
    }

    /** The origin log lines are attributed to right now: the running task's or the dispatching connection's. */
    public Origin currentOrigin() {
        return inLoop() ? currentOrigin : null;
    }

    Task<?> enterTask(Task<?> task) {
        Task<?> previous = currentTask;
        currentTask = task;
        currentOrigin = task.context();
        return previous;
    }

    void leaveTask(Task<?> previous, Origin origin) {
        currentTask = previous;
        currentOrigin = origin;
    }

    /** Runs {@code action} with log lines attributed to {@code origin} (a protocol callback, say). */
    public void withOrigin(Origin origin, Runnable action) {
        Origin previous = currentOrigin;
        currentOrigin = origin;
        try {
            action.run();
        } finally {
            currentOrigin = previous;
        }
    }

    // ---- tracing, stepping, snapshots: from any thread, beside the ready queue ----

    /** Whether task events and pending futures are recorded. */
    public boolean tracing() {
        return tracing;
    }

    /** Turns task events and the futures list on or off; from any thread. */
    public void setTracing(boolean on) {
        tracing = on;
    }

    /** Holds the ready queue and the timers (see the class comment); done with the snapshot after. */
    public CompletableFuture<LoopSnapshot> pause() {
        return control(() -> paused = true);
    }

    /** Runs one iteration and holds again (pausing first if the loop runs); done with the snapshot after. */
    public CompletableFuture<LoopSnapshot> step() {
        return control(() -> {
            paused = true;
            iterate();
            armWakeup();
        });
    }

    /** Lets the loop run on; done with the snapshot after. */
    public CompletableFuture<LoopSnapshot> resume() {
        return control(() -> {
            if (!paused) {
                return;
            }
            paused = false;
            afterIteration();
        });
    }

    /** Whether the loop is paused for stepping; from any thread, a moment's view. */
    public boolean isPaused() {
        return paused;
    }

    /** The scheduler as it is between two callbacks; taken on the loop, even while it is paused. */
    public CompletableFuture<LoopSnapshot> snapshot() {
        return control(() -> { });
    }

    private CompletableFuture<LoopSnapshot> control(Runnable action) {
        CompletableFuture<LoopSnapshot> out = new CompletableFuture<>();
        Runnable r = () -> {
            try {
                action.run();
                out.complete(SchedulerView.take(this));
            } catch (Throwable t) {
                out.completeExceptionally(t);
            }
        };
        if (inLoop() && !inIteration) {
            r.run();
        } else {
            try {
                netty.execute(r);
            } catch (RejectedExecutionException e) {
                out.completeExceptionally(new IllegalStateException("the event loop is closed", e));
            }
        }
        return out;
    }

    /** Iterations run so far: what happens within one iteration (or between two) shares the figure. */
    public long iterations() {
        return iterations;
    }

    boolean paused() {
        return paused;
    }

    ArrayDeque<Handle> readyQueue() {
        return ready;
    }

    PriorityQueue<TimerHandle> timerHeap() {
        return timers;
    }

    Set<Task<?>> liveTasks() {
        return liveTasks;
    }

    ArrayDeque<Task<?>> recentTasks() {
        return recentTasks;
    }

    // ---- loop lag ----

    /**
     * Starts measuring loop lag with a heartbeat timer every {@code interval}, each beat reported
     * as a LOOP_LAG event; done when every caller has closed what it got. From any thread.
     */
    public AutoCloseable startLagProbe(Duration interval) {
        LagProbe.Lease lease = new LagProbe.Lease(this);
        control(() -> {
            if (lagProbe == null) {
                lagProbe = new LagProbe(this, interval);
            }
            lagProbe.acquire();
        });
        return lease;
    }

    void releaseLagProbe() {
        control(() -> {
            if (lagProbe != null && lagProbe.release()) {
                lagProbe = null;
            }
        });
    }

    public boolean isClosed() {
        return closed;
    }

    /** Shuts the Netty loop down and waits for its thread to end. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        signals.removeAll();
        ExecutorService e = executor;
        if (e != null) {
            e.shutdownNow();
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    /** An exception a loop callback raised; reported, and the loop goes on. */
    static final class CallbackException extends RuntimeException {
        CallbackException(String message, Throwable cause) {
            super(message + ": " + cause, cause);
        }
    }

    /** Makes the loop's thread a {@link LoopThread}, so code on it can find its loop. */
    private final class LoopThreadFactory extends DefaultThreadFactory {
        LoopThreadFactory() {
            super("netlab-loop", true);
        }

        @Override
        protected Thread newThread(Runnable r, String name) {
            return new LoopThread(threadGroup, r, name, EventLoop.this);
        }
    }
}
