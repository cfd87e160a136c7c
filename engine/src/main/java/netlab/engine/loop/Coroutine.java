package netlab.engine.loop;

/**
 * A task's body, the Java form of an {@code async def}: it runs on the loop thread and suspends
 * at each {@link LoopFuture#await()}.
 */
@FunctionalInterface
public interface Coroutine<T> {
    T run() throws Exception;
}
