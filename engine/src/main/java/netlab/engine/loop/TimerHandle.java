package netlab.engine.loop;

import java.util.concurrent.ScheduledFuture;

/** A callback scheduled for a time (asyncio's {@code TimerHandle}); {@link #when()} is in loop time. */
public final class TimerHandle extends Handle {
    private final double when;
    private volatile ScheduledFuture<?> scheduled;

    TimerHandle(Runnable callback, double when) {
        super(callback);
        this.when = when;
    }

    /** When the callback is due, in {@link EventLoop#time()} seconds. */
    public double when() {
        return when;
    }

    void scheduled(ScheduledFuture<?> future) {
        this.scheduled = future;
    }

    @Override
    public void cancel() {
        super.cancel();
        ScheduledFuture<?> f = scheduled;
        if (f != null) {
            f.cancel(false);
        }
    }
}
