package netlab.engine.loop;

/**
 * The future {@code asyncio.sleep(delay)} awaits: done by a timer; cancelling it cancels the
 * timer too (CPython cancels the timer handle in the coroutine's {@code finally}).
 */
final class SleepFuture<T> extends LoopFuture<T> {
    private TimerHandle timer;

    SleepFuture(EventLoop loop, String label) {
        super(loop);
        label(label);
    }

    void timer(TimerHandle timer) {
        this.timer = timer;
    }

    @Override
    public boolean cancel(String message) {
        boolean cancelled = super.cancel(message);
        if (cancelled && timer != null) {
            timer.cancel();
        }
        return cancelled;
    }
}
