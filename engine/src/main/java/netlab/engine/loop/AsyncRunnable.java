package netlab.engine.loop;

/**
 * A task body that returns nothing: the Java form of an {@code async def} without a
 * {@code return} value. It runs on the loop thread and suspends at each {@link LoopFuture#await()}.
 */
@FunctionalInterface
public interface AsyncRunnable extends java.io.Serializable {
    void run() throws Exception;

    /** As a {@link Coroutine} whose result is {@code None}. */
    default Coroutine<Void> asCoroutine() {
        AsyncRunnable body = this;
        return new Coroutine<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Void run() throws Exception {
                body.run();
                return null;
            }

            @Override
            public String toString() {
                return Callbacks.describe(body);
            }
        };
    }
}
