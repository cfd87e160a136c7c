package netlab.engine.loop;

import java.util.ArrayDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * asyncio's ready queue ({@code call_soon}) and one iteration of the loop ({@code _run_once}):
 * the timers that are due move, earliest first, to the end of the queue; then the callbacks that
 * are in the queue at that moment run, in order. What they schedule waits for the next iteration,
 * after Netty has polled the sockets. Nothing runs while the loop is paused, but a step. Loop
 * thread only, but {@link #iterations()}'s glance.
 */
final class ReadyQueue {
    private final EventLoop loop;
    private final ArrayDeque<Handle> ready = new ArrayDeque<>();
    private final Runnable runReady = this::runReady;
    private boolean scheduled;
    private boolean inIteration;
    private long iterations;

    ReadyQueue(EventLoop loop) {
        this.loop = loop;
    }

    /** Queues {@code handle}; an iteration is asked for unless one runs, one is asked for, or the loop is paused. */
    void add(Handle handle) {
        ready.add(handle);
        if (!scheduled && !loop.controls().paused() && !inIteration) {
            scheduled = true;
            try {
                loop.netty().execute(runReady);
            } catch (RejectedExecutionException e) {
                scheduled = false; // shutting down: what is left will never run
            }
        }
    }

    private void runReady() {
        scheduled = false;
        iterateUnlessHeld();
    }

    /** Netty woke the loop for a timer. */
    void iterateUnlessHeld() {
        if (loop.controls().paused() || loop.isClosed()) {
            return;
        }
        iterate();
        afterIteration();
    }

    /** One iteration right after a connection's ready event was handled, when that woke anything. */
    void iterateAfterChannelIo() {
        if (ready.isEmpty() || inIteration || loop.controls().paused() || loop.isClosed()) {
            return;
        }
        iterate();
    }

    /** One iteration while paused ({@link LoopControls#step()}). */
    void step() {
        iterate();
        loop.timers().armWakeup(loop.controls().paused());
    }

    /** asyncio's {@code _run_once}, without the I/O poll Netty does around it. */
    private void iterate() {
        inIteration = true;
        long now = System.nanoTime();
        loop.lag().iterationStarted(now);
        iterations++;
        try {
            loop.timers().moveDue(now, ready);
            int n = ready.size();
            for (int i = 0; i < n; i++) {
                Handle h = ready.poll();
                if (h.cancelled()) {
                    continue;
                }
                if (h instanceof TimerHandle t) {
                    loop.timers().runs(t, loop.controls().isLagBeat(t));
                }
                loop.context().run(h);
            }
        } finally {
            loop.lag().iterationEnded();
            inIteration = false;
        }
    }

    /** Asks for the next iteration when something is ready, and for a wakeup at the next timer. */
    void afterIteration() {
        if (!ready.isEmpty() && !scheduled && !loop.controls().paused() && !loop.isClosed()) {
            scheduled = true;
            // What this iteration scheduled waits until Netty has polled I/O, as in asyncio's
            // _run_once; execute() would not do that: Netty runs queued tasks for up to its task
            // quantum before it looks at sockets or timers again.
            try {
                loop.netty().schedule(runReady, 0, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                scheduled = false;
            }
        }
        loop.timers().armWakeup(loop.controls().paused());
    }

    /** Whether an iteration is running now. */
    boolean inIteration() {
        return inIteration;
    }

    long iterations() {
        return iterations;
    }

    ArrayDeque<Handle> handles() {
        return ready;
    }
}
