package netlab.ui.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.testfx.util.WaitForAsyncUtils;

/** Reading the window from a test: on the FX thread, and waiting bounded in time (generously: on a busy 2-CPU machine the FX thread can be starved for seconds). */
public final class Fx {
    public static final Duration T = Duration.ofSeconds(30);

    private Fx() {
    }

    /** {@code read} on the FX thread, its result brought back. */
    public static <T> T on(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the window failed", e);
        }
    }

    public static void run(Runnable action) {
        on(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until {@code condition}, checked on the FX thread, holds; fails after {@link #T} with {@code what}. */
    public static void await(Callable<Boolean> condition, String what) {
        await(condition, T, () -> what);
    }

    public static void await(Callable<Boolean> condition, Duration timeout, java.util.function.Supplier<String> what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!on(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what.get());
            }
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
    }
}
