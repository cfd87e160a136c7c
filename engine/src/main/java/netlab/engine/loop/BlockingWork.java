package netlab.engine.loop;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * {@code run_in_executor}: blocking work (a DNS lookup, say) on helper threads made when first
 * needed, its result handed back on the loop. Any thread.
 */
final class BlockingWork {
    private final EventLoop loop;
    private volatile ExecutorService executor;

    BlockingWork(EventLoop loop) {
        this.loop = loop;
    }

    /** Runs {@code work} on a helper thread; the future is completed on the loop. */
    <T> LoopFuture<T> run(Callable<T> work) {
        LoopFuture<T> f = new LoopFuture<>(loop);
        executor().execute(() -> {
            T value;
            try {
                value = work.call();
            } catch (Throwable t) {
                onLoopIfOpen(() -> f.trySetException(t));
                return;
            }
            onLoopIfOpen(() -> f.trySetResult(value));
        });
        return f;
    }

    private void onLoopIfOpen(Runnable r) {
        if (!loop.isClosed()) {
            try {
                loop.callSoonThreadsafe(r);
            } catch (IllegalStateException ignored) {
                // the loop closed while the work ran; nobody is left to tell
            }
        }
    }

    /** The helper threads. */
    ExecutorService executor() {
        ExecutorService e = executor;
        if (e == null) {
            synchronized (this) {
                e = executor;
                if (e == null) {
                    e = Executors.newCachedThreadPool(new DefaultThreadFactory("netlab-executor", true));
                    executor = e;
                }
            }
        }
        return e;
    }

    /** Stops the helper threads (the loop is closing): work still running is interrupted. */
    void shutdownNow() {
        ExecutorService e = executor;
        if (e != null) {
            e.shutdownNow();
        }
    }
}
