package netlab.engine.loop;

import java.util.function.Consumer;

/**
 * {@code asyncio.sleep(0)}: awaited inside a task it is a bare {@code yield}, exactly one turn of
 * the loop and nothing else in the ready queue, as in CPython. Used as a plain future (gathered,
 * say) it is done one iteration after it was first looked at.
 */
final class YieldFuture<T> extends LoopFuture<T> {
    private final T value;
    private boolean scheduled;

    YieldFuture(EventLoop loop, T value) {
        super(loop);
        this.value = value;
        label("sleep(0)");
    }

    @Override
    public T await() {
        Task<?> task = loop.currentTask();
        if (task == null || done()) {
            return super.await();
        }
        task.yieldNow();
        trySetResult(value);
        return value;
    }

    @Override
    public void addDoneCallback(Consumer<? super LoopFuture<T>> callback) {
        if (!scheduled) {
            scheduled = true;
            loop.callSoon("sleep(0) completes", () -> trySetResult(value));
        }
        super.addDoneCallback(callback);
    }
}
