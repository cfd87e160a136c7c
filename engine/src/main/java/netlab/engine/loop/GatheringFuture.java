package netlab.engine.loop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import netlab.engine.errors.CancelledError;

/**
 * The future {@code asyncio.gather} returns. Cancelling it cancels every child that is not done;
 * it then ends with CancelledError whatever {@code return_exceptions} says (CPython's
 * {@code _GatheringFuture}, issue 32684). {@link #gather} makes one, as {@code asyncio.gather} does.
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

    /** {@link Asyncio#gather(Collection, boolean)}. */
    static LoopFuture<List<Object>> gather(Collection<? extends LoopFuture<?>> fs, boolean returnExceptions) {
        if (fs.isEmpty()) {
            LoopFuture<List<Object>> outer = Asyncio.getRunningLoop().createFuture();
            outer.setResult(List.of());
            return outer;
        }
        Map<LoopFuture<?>, Boolean> seen = new IdentityHashMap<>();
        List<LoopFuture<?>> children = new ArrayList<>(fs.size());
        List<LoopFuture<?>> distinct = new ArrayList<>(fs.size());
        for (LoopFuture<?> f : fs) {
            if (seen.put(f, Boolean.TRUE) == null) {
                distinct.add(f);
            }
            children.add(f);
        }
        EventLoop loop = children.get(0).loop();
        GatheringFuture outer = new GatheringFuture(loop, children);
        int nfuts = distinct.size();
        int[] nfinished = {0};
        Consumer<LoopFuture<?>> doneCallback = new Consumer<>() {
            @Override
            public void accept(LoopFuture<?> fut) {
                nfinished[0]++;
                if (outer.done()) {
                    return;
                }
                if (!returnExceptions) {
                    if (fut.cancelled()) {
                        outer.setException(fut.makeCancelledError());
                        return;
                    }
                    Throwable exc = fut.exception();
                    if (exc != null) {
                        outer.setException(exc);
                        return;
                    }
                }
                if (nfinished[0] == nfuts) {
                    List<Object> results = new ArrayList<>(children.size());
                    for (LoopFuture<?> child : children) {
                        if (child.cancelled()) {
                            results.add(new CancelledError(child.cancelMessage() == null ? "" : child.cancelMessage()));
                        } else {
                            Throwable e = child.exception();
                            results.add(e != null ? e : child.result());
                        }
                    }
                    if (outer.cancelRequested) {
                        // as CPython: the message is that of the last child looked at
                        outer.setException(children.get(children.size() - 1).makeCancelledError());
                    } else {
                        outer.setResult(java.util.Collections.unmodifiableList(results));
                    }
                }
            }

            @Override
            public String toString() {
                return "gather._done_callback";
            }
        };
        for (LoopFuture<?> f : distinct) {
            f.addDoneCallback(doneCallback);
        }
        return outer;
    }
}
