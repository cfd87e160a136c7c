package netlab.engine.loop;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;

/**
 * A heartbeat timer that measures loop lag while someone watches (a gauge): every beat it
 * reports how late it ran as a LOOP_LAG event. A loop that blocks shows it at the next beat.
 * Loop thread only; shared by every watcher, counted.
 */
final class LagProbe {
    static final String LABEL = "loop-lag probe";

    private final EventLoop loop;
    private final Duration interval;
    private int users;
    private TimerHandle beat;

    LagProbe(EventLoop loop, Duration interval) {
        this.loop = loop;
        this.interval = interval;
    }

    void acquire() {
        if (users++ == 0) {
            schedule();
        }
    }

    /** True once the last watcher has gone and the probe stopped. */
    boolean release() {
        if (--users > 0) {
            return false;
        }
        if (beat != null) {
            beat.cancel();
        }
        return true;
    }

    boolean owns(TimerHandle t) {
        return t == beat;
    }

    private void schedule() {
        beat = loop.callLater(interval, LABEL, this::tick);
    }

    private void tick() {
        report(loop, System.nanoTime() - beat.dueNanos(), "heartbeat");
        if (users > 0) {
            schedule();
        }
    }

    static void report(EventLoop loop, long lateNanos, String what) {
        long late = Math.max(0, lateNanos);
        loop.events().publish(EventStream.LAB_ORIGIN, EventKind.LOOP_LAG, "asyncio",
                netlab.engine.event.EventTexts.late(what, late), null, -1, late, null);
    }

    /** What a watcher holds; closing it twice is harmless. */
    static final class Lease implements AutoCloseable {
        private final LoopControls controls;
        private final EventLoop loop;
        private final AtomicBoolean closed = new AtomicBoolean();

        Lease(LoopControls controls, EventLoop loop) {
            this.controls = controls;
            this.loop = loop;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true) && !loop.isClosed()) {
                controls.releaseLagProbe();
            }
        }
    }
}
