package netlab.ui.events;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/** Bringing a command's outcome back to the UI thread: one hop per command, never per event. */
public final class Completions {
    private Completions() {
    }

    /** Calls {@code then(result, error)} on {@code ui} once {@code future} is done; the error unwrapped. */
    public static <T> void onDone(CompletionStage<T> future, Executor ui, BiConsumer<T, Throwable> then) {
        future.whenComplete((result, error) -> ui.execute(() -> then.accept(result, unwrap(error))));
    }

    public static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
