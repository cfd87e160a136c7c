package netlab.engine.loop;

/** A callback scheduled on the loop (asyncio's {@code Handle}); cancelling it before it runs skips it. */
public class Handle {
    private final Runnable callback;
    private volatile boolean cancelled;

    Handle(Runnable callback) {
        this.callback = callback;
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    Runnable callback() {
        return callback;
    }
}
