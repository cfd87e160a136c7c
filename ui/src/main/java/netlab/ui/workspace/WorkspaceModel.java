package netlab.ui.workspace;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.EndpointState;
import netlab.engine.port.EndpointInfo;
import netlab.engine.port.LabCommands;
import netlab.engine.port.LabFiles;
import netlab.engine.workspace.Workspace;
import netlab.engine.workspace.WorkspaceLayout;
import netlab.ui.script.ScriptModel;
import netlab.ui.settings.Settings;

/**
 * Save and Open workspace, through the ports only: the bench's specs come from the command port,
 * the file is read and written by the file port, and an opened workspace is started by commands
 * (its servers, then its relays, then its clients, each after the one before has started).
 * What went wrong is {@link #problemProperty()}, to show; the recent workspaces are remembered.
 */
public final class WorkspaceModel {
    private final LabCommands commands;
    private final LabFiles files;
    private final Settings settings;
    private final Executor ui;
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> done = new ReadOnlyObjectWrapper<>();
    /** The window's Script tab's state: its script goes into the workspace, and comes back with it. */
    private final ScriptModel script;
    private java.util.function.Supplier<WorkspaceLayout> layoutNow = () -> null;
    private java.util.function.Consumer<WorkspaceLayout> showLayout = l -> { };

    public WorkspaceModel(LabCommands commands, LabFiles files, Settings settings, Executor ui) {
        this.commands = commands;
        this.files = files;
        this.settings = settings;
        this.ui = ui;
        this.script = new ScriptModel(commands, files, ui);
        recent.setAll(settings.recentWorkspaces());
    }

    /**
     * The window's part in a workspace: {@code now} says how it looks (saved with the bench), {@code show}
     * puts it back that way (before an opened bench starts). FX thread.
     */
    public void setLayout(java.util.function.Supplier<WorkspaceLayout> now, java.util.function.Consumer<WorkspaceLayout> show) {
        this.layoutNow = now;
        this.showLayout = show;
    }

    /**
     * The bench as it is: every server, relay and client the lab has started, and the Script tab's
     * script. A server or relay that failed (its port refused, say) is left out: reopened, it
     * would fail the same way. FX thread.
     */
    public Workspace current() {
        return Workspace.of(commands.endpoints().stream().filter(e -> !failedToListen(e)).map(EndpointInfo::spec).toList(),
                script.forWorkspace());
    }

    private static boolean failedToListen(EndpointInfo e) {
        return e.state() == EndpointState.FAILED && (e.spec() instanceof ServerSpec || e.spec() instanceof RelaySpec);
    }

    /** The Script tab's model: one per window, whether or not the tab was opened yet. */
    public ScriptModel script() {
        return script;
    }

    /** Writes the bench to {@code file}; done when it is written (a failure is also the problem to show). */
    public CompletableFuture<Void> save(Path file) {
        WorkspaceLayout layout = layoutNow.get();
        Workspace workspace = layout == null ? current() : current().withLayout(layout);
        return files.writeWorkspace(file, workspace).whenCompleteAsync((ok, error) -> {
            if (error != null) {
                problem.set(message(error));
            } else {
                used(file);
                done.set("saved " + file.getFileName() + ": " + summary(workspace));
            }
        }, ui);
    }

    /** Reads {@code file} and starts its bench; done with the workspace once everything in it has started. */
    public CompletableFuture<Workspace> open(Path file) {
        return files.readWorkspace(file).thenApplyAsync(w -> {
            w.layout().ifPresent(showLayout);
            script.restore(w.scripts(), file.getFileName().toString());
            return w;
        }, ui).thenCompose(this::start).whenCompleteAsync((w, error) -> {
            if (error != null) {
                problem.set(message(error));
            } else {
                used(file);
                done.set("opened " + file.getFileName() + ": " + summary(w));
            }
        }, ui);
    }

    private CompletableFuture<Workspace> start(Workspace w) {
        CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
        for (ServerSpec s : w.servers()) {
            chain = chain.thenCompose(x -> commands.startServer(s));
        }
        for (RelaySpec r : w.relays()) {
            chain = chain.thenCompose(x -> commands.startRelay(r));
        }
        for (ClientSpec c : w.clients()) {
            chain = chain.thenCompose(x -> commands.startClient(c));
        }
        return chain.thenApply(x -> w);
    }

    private void used(Path file) {
        settings.workspaceUsed(file.toAbsolutePath().toString());
        recent.setAll(settings.recentWorkspaces());
    }

    private static String summary(Workspace w) {
        return w.servers().size() + " server(s), " + w.relays().size() + " relay(s), " + w.clients().size() + " client(s)"
                + (w.scripts().isEmpty() ? "" : ", " + w.scripts().size() + " script(s)");
    }

    private static String message(Throwable error) {
        Throwable t = error;
        while (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** Paths of the workspaces used lately, the latest first. */
    public ObservableList<String> recent() {
        return recent;
    }

    /** The last failure to show (a file's line and field, a newer version's reason); null when none. */
    public ReadOnlyObjectProperty<String> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the last save or open did, in words. */
    public ReadOnlyObjectProperty<String> doneProperty() {
        return done.getReadOnlyProperty();
    }
}
