package netlab.engine.lab;

import netlab.engine.loop.LoopFuture;

/**
 * Passing a future's outcome from one loop to another. asyncio refuses to await a future of
 * another loop (a future's state and callbacks belong to its loop's thread); the lab's own loop
 * awaits what its program loops do through a copy made on its own thread.
 */
final class CrossLoop {
    private CrossLoop() {
    }

    /**
     * Copies {@code from}'s outcome (result, exception or cancellation) into {@code to} once
     * {@code from} is done. Must run on {@code from}'s loop; {@code to} is completed on its own.
     */
    static <T> void passOn(LoopFuture<T> from, LoopFuture<T> to) {
        from.addDoneCallback(f -> {
            boolean cancelled = f.cancelled();
            Throwable error = cancelled ? null : f.exception();
            T result = cancelled || error != null ? null : f.result();
            Runnable copy = () -> {
                if (cancelled) {
                    to.cancel();
                } else if (error != null) {
                    to.trySetException(error);
                } else {
                    to.trySetResult(result);
                }
            };
            if (to.loop().inLoop()) {
                copy.run();
            } else {
                to.loop().callSoonThreadsafe(copy);
            }
        });
    }
}
