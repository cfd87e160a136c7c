package netlab.engine.loop;

import netlab.engine.event.Origin;

/**
 * A callback scheduled for a time (asyncio's {@code TimerHandle}); {@link #when()} is in loop
 * time. It sits in the loop's timer heap until it is due; then it joins the ready queue.
 */
public final class TimerHandle extends Handle implements Comparable<TimerHandle> {
    private final EventLoop loop;
    private final long dueNanos;
    private final long sequence;
    /** Loop thread only: whether it is still in the heap (cancelled ones stay until purged). */
    boolean inHeap;

    TimerHandle(EventLoop loop, Runnable callback, Object label, Origin origin, long dueNanos, long sequence) {
        super(callback, label, origin);
        this.loop = loop;
        this.dueNanos = dueNanos;
        this.sequence = sequence;
    }

    /** When the callback is due, in {@link EventLoop#time()} seconds. */
    public double when() {
        return loop.toLoopTime(dueNanos);
    }

    long dueNanos() {
        return dueNanos;
    }

    @Override
    public void cancel() {
        if (cancelled()) {
            return;
        }
        super.cancel();
        loop.timers().cancelled(this);
    }

    /** Due order; timers due at the same instant run in the order they were scheduled. */
    @Override
    public int compareTo(TimerHandle o) {
        int c = Long.compare(dueNanos - loop.startNanos(), o.dueNanos - loop.startNanos());
        return c != 0 ? c : Long.compare(sequence, o.sequence);
    }
}
