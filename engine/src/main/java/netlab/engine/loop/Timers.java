package netlab.engine.loop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import netlab.engine.event.Origin;

/**
 * asyncio's timer heap ({@code call_later}, {@code call_at}), and how the loop wakes for it.
 * Timers wait in the order they are due, those due at the same instant in the order they were
 * made; the loop asks Netty to wake it when the earliest is due (never while paused). A cancelled
 * timer stays in the heap until it is due or purged, as in asyncio; once cancelled ones are more
 * than half the heap (and more than {@value #PURGE_ABOVE}), they are purged at once. A timer that
 * runs 50 ms late or more is reported as LOOP_LAG (even when no lag probe runs), at most every
 * 100 ms. Loop thread only, but {@link #cancelled}.
 */
final class Timers {
    private static final int PURGE_ABOVE = 100;
    /** A timer at least this late is reported as a LOOP_LAG event even when no probe runs. */
    static final long REPORT_LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /** Late timers are reported at most this often, so a loop under load does not flood the stream. */
    private static final long REPORT_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final EventLoop loop;
    private final PriorityQueue<TimerHandle> heap = new PriorityQueue<>();
    private final Runnable onWakeup;
    private long sequence;
    private int cancelledInHeap;
    private ScheduledFuture<?> wakeup;
    private long wakeupAt;
    private long lastLateReport = Long.MIN_VALUE;

    /** {@code onWakeup} runs an iteration when Netty wakes the loop for a timer. */
    Timers(EventLoop loop, Runnable onWakeup) {
        this.loop = loop;
        this.onWakeup = () -> {
            wakeup = null;
            onWakeup.run();
        };
    }

    /** A new timer, in the heap. */
    TimerHandle add(Runnable callback, Object label, Origin origin, long dueNanos) {
        TimerHandle t = new TimerHandle(loop, callback, label, origin, dueNanos, sequence++);
        t.inHeap = true;
        heap.add(t);
        return t;
    }

    /** Moves every timer due by {@code now}, earliest first, to the end of {@code ready}. */
    void moveDue(long now, ArrayDeque<Handle> ready) {
        while (!heap.isEmpty()) {
            TimerHandle t = heap.peek();
            if (t.cancelled()) {
                heap.poll();
                t.inHeap = false;
                cancelledInHeap--;
                continue;
            }
            if (t.dueNanos() - now > 0) {
                break;
            }
            heap.poll();
            t.inHeap = false;
            ready.add(t);
        }
    }

    /** Makes Netty wake the loop when the earliest timer is due, unless a wakeup at or before it is set. */
    void armWakeup(boolean paused) {
        TimerHandle earliest = earliest();
        if (earliest == null || paused || loop.isClosed()) {
            return;
        }
        long due = earliest.dueNanos();
        if (wakeup != null && wakeupAt - due <= 0) {
            return;
        }
        if (wakeup != null) {
            wakeup.cancel(false);
        }
        wakeupAt = due;
        try {
            wakeup = loop.netty().schedule(onWakeup, Math.max(0, due - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            wakeup = null;
        }
    }

    /** The earliest timer not cancelled, or null; the cancelled ones before it leave the heap. */
    private TimerHandle earliest() {
        while (!heap.isEmpty() && heap.peek().cancelled()) {
            heap.poll().inHeap = false;
            cancelledInHeap--;
        }
        return heap.peek();
    }

    /** {@code t} was cancelled, on any thread: it stays until due, unless the cancelled ones are worth a purge. */
    void cancelled(TimerHandle t) {
        if (!loop.inLoop()) {
            try {
                loop.netty().execute(() -> cancelled(t));
            } catch (RejectedExecutionException ignored) {
                // the loop is closed: there is no heap left to tidy
            }
            return;
        }
        if (!t.inHeap) {
            return;
        }
        cancelledInHeap++;
        if (cancelledInHeap > PURGE_ABOVE && cancelledInHeap * 2 > heap.size()) {
            List<TimerHandle> kept = new ArrayList<>(heap.size() - cancelledInHeap);
            for (TimerHandle h : heap) {
                if (h.cancelled()) {
                    h.inHeap = false;
                } else {
                    kept.add(h);
                }
            }
            heap.clear();
            heap.addAll(kept);
            cancelledInHeap = 0;
        }
    }

    /** Records how late {@code t} runs, and reports it when it is very late (not the lag probe's own beat). */
    void runs(TimerHandle t, boolean lagBeat) {
        long late = System.nanoTime() - t.dueNanos();
        loop.lag().record(late);
        if (late >= REPORT_LATE_NANOS && !lagBeat) {
            long now = System.nanoTime();
            if (lastLateReport == Long.MIN_VALUE || now - lastLateReport >= REPORT_EVERY_NANOS) {
                lastLateReport = now;
                LagProbe.report(loop, late, netlab.engine.event.EventTexts.timerLate(t.describe()));
            }
        }
    }

    /** The timers not cancelled, earliest first (a snapshot's list). */
    List<TimerHandle> live() {
        List<TimerHandle> all = new ArrayList<>(heap);
        all.removeIf(Handle::cancelled);
        all.sort(null);
        return all;
    }
}
