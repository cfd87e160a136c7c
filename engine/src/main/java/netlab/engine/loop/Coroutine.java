package netlab.engine.loop;

/**
 * A task's body, the Java form of an {@code async def}: it runs on the loop thread and suspends
 * at each {@link LoopFuture#await()}. Serializable only so that a task can name the method a
 * reference points at, as asyncio's {@code coro=<cor1() running>} does.
 */
@FunctionalInterface
public interface Coroutine<T> extends java.io.Serializable {
    T run() throws Exception;
}
