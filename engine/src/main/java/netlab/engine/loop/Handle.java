package netlab.engine.loop;

import netlab.engine.event.Origin;

/**
 * A callback scheduled on the loop (asyncio's {@code Handle}); cancelling it before it runs skips
 * it. It remembers whose it is (the origin that was current when it was scheduled), so that what
 * it logs lands in the same pane, as asyncio's handles carry their context along.
 */
public class Handle {
    private final Runnable callback;
    private final Object label;
    private final Origin origin;
    private volatile boolean cancelled;

    Handle(Runnable callback, Object label, Origin origin) {
        this.callback = callback;
        this.label = label;
        this.origin = origin;
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

    Origin origin() {
        return origin;
    }

    /** What the callback is, for the scheduler view: {@code hello_world(<loop>)}, {@code Task-2.__step()}. */
    public String describe() {
        return Callbacks.describe(label != null ? label : callback);
    }

    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + (cancelled ? " cancelled " : " ") + describe() + ">";
    }
}
