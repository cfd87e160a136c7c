package netlab.ui.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import netlab.engine.event.ErrorInfo;
import netlab.engine.port.LabCommands;
import netlab.ui.events.Completions;
import netlab.ui.i18n.Problem;

/**
 * Stop, restart and duplicate for what is selected in the bench. Each is a command to the lab and
 * comes back on the UI thread; what fails is said in {@link #problemProperty()} (and, by the
 * engine, in the endpoint's pane).
 */
public final class BenchActions {
    private final LabCommands commands;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();

    public BenchActions(LabCommands commands, Executor ui) {
        this.commands = commands;
        this.ui = ui;
    }

    private static boolean isEndpoint(BenchItem item) {
        return item != null && item.type() == BenchItem.Type.ENDPOINT;
    }

    public boolean canStop(BenchItem item) {
        return isEndpoint(item) && !item.isOver() && commands.endpoint(item.id()).isPresent();
    }

    /** Whether the lab still knows it well enough to start it again (not in a replay, not long forgotten). */
    public boolean canStartAgain(BenchItem item) {
        return isEndpoint(item) && commands.endpoint(item.id()).isPresent();
    }

    public void stop(BenchItem item) {
        if (canStop(item)) {
            problem.set(null);
            said(commands.stop(item.id()));
        }
    }

    /** Stops it (when running), then starts the same again: a server comes back on its own port. */
    public void restart(BenchItem item) {
        if (canStartAgain(item)) {
            problem.set(null);
            said(commands.restart(item.id()));
        }
    }

    /** Starts another like it, beside it. */
    public void duplicate(BenchItem item) {
        if (canStartAgain(item)) {
            problem.set(null);
            said(commands.duplicate(item.id()));
        }
    }

    private void said(CompletableFuture<?> command) {
        Completions.onDone(command, ui, (result, error) -> {
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
