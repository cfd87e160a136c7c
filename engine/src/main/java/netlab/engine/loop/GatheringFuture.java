package netlab.engine.loop;

import java.util.List;

/**
 * The future {@code asyncio.gather} returns. Cancelling it cancels every child that is not done;
 * it then ends with CancelledError whatever {@code return_exceptions} says (CPython's
 * {@code _GatheringFuture}, issue 32684).
 */
final class GatheringFuture extends LoopFuture<List<Object>> {
    private final List<LoopFuture<?>> children;
    boolean cancelRequested;

    GatheringFuture(EventLoop loop, List<LoopFuture<?>> children) {
        super(loop);
        this.children = List.copyOf(children);
        label("gather(" + children.size() + ")");
    }

    @Override
    public boolean cancel(String message) {
        loop.checkThread("gather().cancel");
        if (done()) {
            return false;
        }
        boolean any = false;
        for (LoopFuture<?> child : children) {
            if (child.cancel(message)) {
                any = true;
            }
        }
        if (any) {
            cancelRequested = true;
        }
        return any;
    }
}
