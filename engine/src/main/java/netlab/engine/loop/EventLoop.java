package netlab.engine.loop;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.netty.channel.MultiThreadIoEventLoopGroup;
import netlab.engine.event.EventStream;
import netlab.engine.event.Origin;
import netlab.engine.net.NettyTransport;

/**
 * asyncio's event loop on one Netty event-loop thread. Sockets, callbacks, timers and task steps
 * all run on that thread, one at a time, in the order asyncio would run them.
 *
 * <h2>One iteration</h2>
 * The loop keeps asyncio's own two queues: the <em>ready queue</em> ({@code call_soon}) and the
 * <em>timer heap</em> ({@code call_later}, {@code call_at}; {@link Timers}). One iteration is
 * asyncio's {@code _run_once}: the timers that are due move, earliest first, to the end of the
 * ready queue; then the callbacks that are in the ready queue at that moment run, in order. What
 * they schedule waits for the next iteration, after Netty has polled the sockets. Netty itself
 * does the I/O: it reads sockets and calls the protocols ({@code data_received} and the rest)
 * between iterations; what those wake (a future's done callbacks, a task's next step) joins the
 * ready queue.
 *
 * <p>Beside the loop, from any thread: {@link #controls()} pause, step and resume it and take
 * its snapshots; {@link #signals()} hand the process's signals to it; {@link #io()} lists what it
 * waits on.
 */
public final class EventLoop implements AutoCloseable {
    private final EventStream events;
    private final NettyTransport transport;
    private final MultiThreadIoEventLoopGroup group;
    private final io.netty.channel.EventLoop netty;
    private final long startNanos = System.nanoTime();
    private final ReadyQueue ready = new ReadyQueue(this);
    private final Timers timers = new Timers(this, ready::iterateUnlessHeld);
    private final LoopLag lag = new LoopLag();
    private final IoWatches io = new IoWatches(this);
    private final ProgramResources programResources = new ProgramResources();
    private final LoopContext context;
    private final TaskRegistry tasks;
    private final FutureRegistry futures = new FutureRegistry();
    private final LoopControls controls = new LoopControls(this);
    private final Signals signals = new Signals(this);
    private final BlockingWork blockingWork = new BlockingWork(this);
    private final Object stopLock = new Object();
    private boolean stopRequested;
    private volatile boolean closed;

    public EventLoop(EventStream events) {
        this(events, NettyTransport.best());
    }

    public EventLoop(EventStream events, NettyTransport transport) {
        this(events, transport, new TaskRegistry());
    }

    /**
     * A loop beside {@code sibling} (another program of the same lab): its own thread, the same
     * event stream, and task numbers that go on from the sibling's count.
     */
    public EventLoop(EventLoop sibling, NettyTransport transport) {
        this(sibling.events, transport, new TaskRegistry(sibling.tasks.numbers()));
    }

    private EventLoop(EventStream events, NettyTransport transport, TaskRegistry tasks) {
        this.tasks = tasks;
        this.events = events;
        this.context = new LoopContext(events);
        this.transport = transport;
        this.group = new MultiThreadIoEventLoopGroup(1, new LoopThread.Factory(this), transport.ioHandlerFactory());
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

    /** What programs started that must not outlive them (their child processes). Loop thread only. */
    public ProgramResources programResources() {
        return programResources;
    }

    /** What the loop waits on for I/O; transports register here. Loop thread only. */
    public IoWatches io() {
        return io;
    }

    /** Pause, step, resume, tracing, snapshots, the lag probe: from any thread. */
    public LoopControls controls() {
        return controls;
    }

    /** The process's signals, handled on this loop ({@code add_signal_handler}): from any thread. */
    public Signals signals() {
        return signals;
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
        Handle handle = new Handle(callback, label, context.origin());
        ready.add(handle);
        return handle;
    }

    /** {@code call_soon} from any thread. */
    public Handle callSoonThreadsafe(Runnable callback) {
        Handle handle = new Handle(callback, null, null);
        try {
            netty.execute(() -> ready.add(handle));
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the event loop is closed", e);
        }
        return handle;
    }

    /** Whether an iteration is running now (loop thread only). */
    boolean inIteration() {
        return ready.inIteration();
    }

    /** Iterations run so far: what happens within one iteration (or between two) shares the figure. */
    public long iterations() {
        return ready.iterations();
    }

    ReadyQueue readyQueue() {
        return ready;
    }

    // ---- timers ----

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
        TimerHandle t = timers.add(callback, label, context.origin(), dueNanos);
        if (!ready.inIteration()) {
            timers.armWakeup(controls.paused());
        }
        return t;
    }

    Timers timers() {
        return timers;
    }

    // ---- futures and tasks ----

    public <T> LoopFuture<T> createFuture() {
        return new LoopFuture<>(this);
    }

    /** Wraps {@code body} in a task that starts on the next loop iteration. Loop thread only. */
    public <T> Task<T> createTask(String name, Coroutine<T> body) {
        checkThread("create_task");
        return new Task<>(this, name, context.origin(), body);
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

    /** Tasks not done yet ({@code asyncio.all_tasks()}). Loop thread only. */
    public Set<Task<?>> allTasks() {
        checkThread("all_tasks");
        return Collections.unmodifiableSet(new LinkedHashSet<>(tasks.live()));
    }

    TaskRegistry tasks() {
        return tasks;
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
        return blockingWork.run(work);
    }

    /** The loop's helper threads, for blocking work that must not hold the loop. */
    public ExecutorService executor() {
        return blockingWork.executor();
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
        return inLoop() ? context.task() : null;
    }

    /** The origin log lines are attributed to right now: the running task's or the dispatching connection's. */
    public Origin currentOrigin() {
        return inLoop() ? context.origin() : null;
    }

    /** Whether what runs now on this loop's thread belongs to a connection (false off it). */
    public boolean currentOriginIsConnection() {
        return inLoop() && context.originIsConnection();
    }

    LoopContext context() {
        return context;
    }

    /** Runs {@code action} with log lines attributed to {@code origin} (a protocol callback, say). */
    public void withOrigin(Origin origin, Runnable action) {
        context.withOrigin(origin, action);
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
        blockingWork.shutdownNow();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
