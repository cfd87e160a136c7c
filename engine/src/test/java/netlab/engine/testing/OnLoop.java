package netlab.engine.testing;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import netlab.engine.loop.Coroutine;
import netlab.engine.loop.EventLoop;

/**
 * Drives an {@link EventLoop} from a test thread: everything the engine says is loop-thread-only
 * is done through here, and every wait is bounded.
 */
public final class OnLoop {
    /** The bound on any single wait in the engine tests. */
    public static final Duration T = Duration.ofSeconds(10);

    private OnLoop() {
    }

    /** Runs {@code action} on the loop thread and returns its value (or rethrows what it threw). */
    public static <V> V call(EventLoop loop, Supplier<V> action) {
        try {
            return loop.submit(action).get(T);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (TimeoutException e) {
            throw new AssertionError("the loop did not run the action within " + T, e);
        }
    }

    public static void run(EventLoop loop, Runnable action) {
        call(loop, () -> {
            action.run();
            return null;
        });
    }

    /** Runs {@code body} as a task and waits for its result. */
    public static <V> V task(EventLoop loop, Coroutine<V> body) throws Exception {
        return loop.runUntilComplete("test", body, T);
    }

    /**
     * Lets the loop run what is already scheduled and what that schedules, some rounds deep
     * (future done callbacks, task steps), so that a test sees a quiet loop.
     */
    public static void settle(EventLoop loop) {
        for (int i = 0; i < 12; i++) {
            run(loop, () -> { });
        }
    }
}
