package netlab.engine.loop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The pending futures (not tasks) made on the loop while tracing is on, for the scheduler view.
 * Held weakly: a future nobody refers to any more is forgotten without being completed. Loop
 * thread only.
 */
final class FutureRegistry {
    private final Map<LoopFuture<?>, Long> pending = new WeakHashMap<>();
    private long ids;

    long track(LoopFuture<?> future) {
        long id = ++ids;
        pending.put(future, id);
        return id;
    }

    void done(LoopFuture<?> future) {
        pending.remove(future);
    }

    /** The pending futures, oldest first. */
    List<LoopFuture<?>> pending() {
        List<Map.Entry<LoopFuture<?>, Long>> entries = new ArrayList<>(pending.entrySet());
        entries.sort(Comparator.comparingLong(Map.Entry::getValue));
        List<LoopFuture<?>> out = new ArrayList<>(entries.size());
        for (Map.Entry<LoopFuture<?>, Long> e : entries) {
            out.add(e.getKey());
        }
        return out;
    }
}
