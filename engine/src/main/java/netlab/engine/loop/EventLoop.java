package netlab.engine.loop;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
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
 * <p>{@code call_soon} callbacks go to a ready queue that is run in batches: callbacks scheduled
 * while a batch runs wait for the next batch, after Netty has polled for I/O, as in asyncio's
 * {@code _run_once}.
 */
public final class EventLoop implements AutoCloseable {
    private final EventStream events;
    private final NettyTransport transport;
    private final MultiThreadIoEventLoopGroup group;
    private final io.netty.channel.EventLoop netty;
    private final long startNanos = System.nanoTime();
    private final ArrayDeque<Handle> ready = new ArrayDeque<>();
    private final Runnable runReady = this::runReady;
    private final LoopLag lag = new LoopLag();
    private final Object stopLock = new Object();
    private boolean stopRequested;
    private boolean drainScheduled;
    private Task<?> currentTask;
    private Origin currentOrigin;
    private volatile boolean closed;
    private volatile ExecutorService executor;
    private final Signals signals = new Signals(this);

    public EventLoop(EventStream events) {
        this(events, NettyTransport.best());
    }

    public EventLoop(EventStream events, NettyTransport transport) {
        this.events = events;
        this.transport = transport;
        this.group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("netlab-loop", true), transport.ioHandlerFactory());
        this.netty = group.next();
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
        return (System.nanoTime() - startNanos) / 1e9;
    }

    public LoopLag lag() {
        return lag;
    }

    /** Schedules {@code callback} to run soon, after those already scheduled. Loop thread only. */
    public Handle callSoon(Runnable callback) {
        checkThread("call_soon");
        Handle handle = new Handle(callback);
        enqueue(handle);
        return handle;
    }

    /** {@code call_soon} from any thread. */
    public Handle callSoonThreadsafe(Runnable callback) {
        Handle handle = new Handle(callback);
        try {
            netty.execute(() -> enqueue(handle));
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the event loop is closed", e);
        }
        return handle;
    }

    private void enqueue(Handle handle) {
        ready.add(handle);
        if (!drainScheduled) {
            drainScheduled = true;
            netty.execute(runReady);
        }
    }

    private void runReady() {
        int batch = ready.size();
        for (int i = 0; i < batch; i++) {
            Handle handle = ready.poll();
            if (!handle.cancelled()) {
                runCallback(handle.callback());
            }
        }
        if (ready.isEmpty()) {
            drainScheduled = false;
        } else {
            // What this batch scheduled waits until Netty has polled I/O and taken due timers, as
            // in asyncio's _run_once. execute() would not do that: Netty runs queued tasks for up
            // to a second (its task quantum) before it looks at sockets or timers again.
            netty.schedule(runReady, 0, TimeUnit.NANOSECONDS);
        }
    }

    private void runCallback(Runnable callback) {
        try {
            callback.run();
        } catch (Throwable t) {
            events.error(currentOrigin != null ? currentOrigin : EventStream.LAB_ORIGIN, "asyncio",
                    new CallbackException("Exception in callback " + callback, t));
        }
    }

    /** Runs {@code callback} after {@code delay}. Loop thread only. */
    public TimerHandle callLater(Duration delay, Runnable callback) {
        checkThread("call_later");
        long nanos = Math.max(0, delay.toNanos());
        TimerHandle handle = new TimerHandle(callback, time() + nanos / 1e9);
        long due = System.nanoTime() + nanos;
        handle.scheduled(netty.schedule(() -> {
            lag.record(System.nanoTime() - due);
            if (!handle.cancelled()) {
                runCallback(callback);
            }
        }, nanos, TimeUnit.NANOSECONDS));
        return handle;
    }

    /** {@code call_later(seconds, ...)}. */
    public TimerHandle callLater(double seconds, Runnable callback) {
        return callLater(Duration.ofNanos((long) (seconds * 1e9)), callback);
    }

    /** Runs {@code callback} at loop time {@code when} (seconds, as {@link #time()}). */
    public TimerHandle callAt(double when, Runnable callback) {
        return callLater(Math.max(0, when - time()), callback);
    }

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

    /** A future done after {@code delay} ({@code asyncio.sleep}). */
    public LoopFuture<Void> sleep(Duration delay) {
        LoopFuture<Void> f = createFuture();
        TimerHandle timer = callLater(delay, () -> f.trySetResult(null));
        f.addDoneCallback(done -> {
            if (done.cancelled()) {
                timer.cancel();
            }
        });
        return f;
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

    private ExecutorService executor() {
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

    /**
     * {@code add_signal_handler}: runs {@code callback} on the loop when the process gets the
     * signal ({@code SIGINT}, {@code SIGTERM}, ...), instead of the JVM's default action.
     */
    public void addSignalHandler(String signal, Runnable callback) {
        signals.add(signal, callback);
    }

    /** Restores the default action for {@code signal}; false if no handler was set. */
    public boolean removeSignalHandler(String signal) {
        return signals.remove(signal);
    }

    /** Blocks the calling thread (never the loop's) until {@link #stop()} is called. */
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

    void leaveTask(Task<?> previous) {
        currentTask = previous;
        currentOrigin = previous == null ? null : previous.context();
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
}
