package netlab.ui.bench;

import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import netlab.engine.lab.Endpoint;
import netlab.engine.lab.Lab;
import netlab.engine.event.ErrorInfo;
import netlab.engine.loop.LoopFuture;
import netlab.ui.events.Completions;
import netlab.ui.i18n.Problem;

/**
 * Stop, restart and duplicate for what is selected in the bench. Each asks the engine and comes
 * back on the UI thread; what fails is said in {@link #problemProperty()} (and, by the engine, in
 * the endpoint's pane).
 */
public final class BenchActions {
    private final Lab lab;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();

    public BenchActions(Lab lab, Executor ui) {
        this.lab = lab;
        this.ui = ui;
    }

    private static Endpoint endpointOf(BenchItem item) {
        return item == null || item.type() == BenchItem.Type.GROUP ? null : item.endpoint();
    }

    public boolean canStop(BenchItem item) {
        Endpoint e = endpointOf(item);
        return e != null && item.type() == BenchItem.Type.ENDPOINT && !e.state().isOver();
    }

    public boolean canStartAgain(BenchItem item) {
        return endpointOf(item) != null && item.type() == BenchItem.Type.ENDPOINT;
    }

    public void stop(BenchItem item) {
        if (canStop(item)) {
            problem.set(null);
            endpointOf(item).stop();
        }
    }

    /** Stops it (when running), then starts the same again: a server comes back on its own port. */
    public void restart(BenchItem item) {
        if (!canStartAgain(item)) {
            return;
        }
        Endpoint endpoint = endpointOf(item);
        problem.set(null);
        Completions.onDone(endpoint.stop(), ui, (v, e) -> start(() -> item.kind().again(lab, endpoint)));
    }

    /** Starts another like it, beside it. */
    public void duplicate(BenchItem item) {
        if (canStartAgain(item)) {
            problem.set(null);
            Endpoint endpoint = endpointOf(item);
            start(() -> item.kind().duplicate(lab, endpoint));
        }
    }

    private void start(java.util.function.Supplier<LoopFuture<? extends Endpoint>> how) {
        LoopFuture<? extends Endpoint> started;
        try {
            started = how.get();
        } catch (RuntimeException e) {
            // a closed lab refuses new work; the spec was valid once, so that is the only way here
            problem.set(Problem.raw(ErrorInfo.of(e).toString()));
            return;
        }
        if (started == null) {
            problem.set(Problem.of("bench.cannotStartAgain"));
            return;
        }
        Completions.onDone(started, ui, (endpoint, error) -> {
            if (error != null) {
                problem.set(Problem.raw(ErrorInfo.of(error).toString()));
            }
        });
    }

    /** Why the last action did not work; null when it did. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
