package netlab.engine.loop;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * What a person (the scheduler view, a gauge, the command line) does to a loop from outside, and
 * what it sees, beside the ready queue: every call works from any thread, even while the loop is
 * paused, and the ones that change the loop are done with a {@link LoopSnapshot} of it after.
 *
 * <h2>Stepping</h2>
 * {@link #pause()} holds the ready queue and the timers: nothing scheduled on the loop runs, so
 * no task moves. {@link #step()} runs exactly one iteration (asyncio's {@code _run_once}: the
 * timers that are due join the ready queue, then what is in it runs) and holds again;
 * {@link #resume()} lets the loop run on. While paused, I/O keeps arriving: Netty still accepts,
 * reads and writes, and calls the protocols, which only buffer bytes and complete futures; the
 * callbacks and task steps that wakes wait in the ready queue for the next step. Timers that come
 * due wait in the heap, overdue, until a step moves them. Anything that goes through the loop
 * waits too: starting or stopping a server from the window, for instance, happens on the next step.
 *
 * <h2>Tracing</h2>
 * Task events ({@code TASK_*}) and the list of pending futures are recorded while tracing is on
 * (the default); off, each task step costs one flag check more than without the feature.
 */
public final class LoopControls {
    private final EventLoop loop;
    /** Loop thread only, but for {@link #isPaused()}'s glance. */
    private boolean paused;
    private volatile boolean tracing = true;
    /** Loop thread only. */
    private LagProbe lagProbe;

    LoopControls(EventLoop loop) {
        this.loop = loop;
    }

    /** Whether task events and pending futures are recorded. */
    public boolean tracing() {
        return tracing;
    }

    /** Turns task events and the futures list on or off. */
    public void setTracing(boolean on) {
        tracing = on;
    }

    /** Holds the ready queue and the timers; done with the snapshot after. */
    public CompletableFuture<LoopSnapshot> pause() {
        return control(() -> paused = true);
    }

    /** Runs one iteration and holds again (pausing first if the loop runs); done with the snapshot after. */
    public CompletableFuture<LoopSnapshot> step() {
        return control(() -> {
            paused = true;
            loop.readyQueue().step();
        });
    }

    /** Lets the loop run on; done with the snapshot after. */
    public CompletableFuture<LoopSnapshot> resume() {
        return control(() -> {
            if (!paused) {
                return;
            }
            paused = false;
            loop.readyQueue().afterIteration();
        });
    }

    /** Whether the loop is paused for stepping: a moment's view. */
    public boolean isPaused() {
        return paused;
    }

    /** The scheduler as it is between two callbacks; taken on the loop, even while it is paused. */
    public CompletableFuture<LoopSnapshot> snapshot() {
        return control(() -> { });
    }

    /**
     * Starts measuring loop lag with a heartbeat timer every {@code interval}, each beat reported
     * as a LOOP_LAG event; it stops when every caller has closed what it got.
     */
    public AutoCloseable startLagProbe(Duration interval) {
        LagProbe.Lease lease = new LagProbe.Lease(this, loop);
        control(() -> {
            if (lagProbe == null) {
                lagProbe = new LagProbe(loop, interval);
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

    /** Whether {@code t} is the lag probe's own beat (reported by the probe, not as a late timer). Loop thread only. */
    boolean isLagBeat(TimerHandle t) {
        return lagProbe != null && lagProbe.owns(t);
    }

    /** Loop thread only. */
    boolean paused() {
        return paused;
    }

    private CompletableFuture<LoopSnapshot> control(Runnable action) {
        CompletableFuture<LoopSnapshot> out = new CompletableFuture<>();
        Runnable r = () -> {
            try {
                action.run();
                out.complete(LoopSnapshot.take(loop));
            } catch (Throwable t) {
                out.completeExceptionally(t);
            }
        };
        if (loop.inLoop() && !loop.inIteration()) {
            r.run();
        } else {
            try {
                loop.netty().execute(r);
            } catch (RejectedExecutionException e) {
                out.completeExceptionally(new IllegalStateException("the event loop is closed", e));
            }
        }
        return out;
    }
}
