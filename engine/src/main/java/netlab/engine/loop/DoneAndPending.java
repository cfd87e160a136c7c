package netlab.engine.loop;

import java.util.Set;

/**
 * What {@code asyncio.wait} returns: {@code done, pending = await asyncio.wait(fs)}. Both sets
 * keep the order the futures were given in (Python's sets have no order a class could rely on).
 */
public record DoneAndPending(Set<LoopFuture<?>> done, Set<LoopFuture<?>> pending) {
    public DoneAndPending {
        done = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(done));
        pending = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(pending));
    }
}
