package netlab.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.ServerSpec;
import netlab.engine.workspace.Workspace;
import netlab.engine.workspace.WorkspaceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "open", sortOptions = false,
        description = {"Open a workspace headless: start its servers (with their rules), then its relays, and run until",
                "SIGINT or SIGTERM. Its clients and scripts are for the window (or ./netlab connect / script)."})
final class OpenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace file (.netlab-workspace.json).")
    Path file;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        Workspace workspace;
        try {
            workspace = WorkspaceFile.read(file);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        if (workspace.servers().isEmpty() && workspace.relays().isEmpty()) {
            throw new CliException(file + ": the workspace has no server and no relay to start");
        }
        try (Session session = new Session(spec.commandLine().getOut(), output.verbosity(), output.recording(spec))) {
            session.handleSignals();
            try {
                for (ServerSpec server : workspace.servers()) {
                    session.lab().startServer(server).get(Duration.ofSeconds(30));
                }
                for (RelaySpec relay : workspace.relays()) {
                    session.lab().startRelay(relay).get(Duration.ofSeconds(30));
                }
            } catch (RuntimeException e) {
                // nothing is left half-started: what did start is stopped before the message
                session.lab().stopAll().get(Duration.ofSeconds(10));
                session.close();
                spec.commandLine().getErr().println("netlab open: " + file + ": cannot start the workspace: " + e);
                spec.commandLine().getErr().flush();
                return ExitCodes.FAILED;
            }
            session.main().info("workspace " + file.getFileName() + ": " + workspace.servers().size() + " server(s), "
                    + workspace.relays().size() + " relay(s) running; Ctrl+C stops them");
            session.awaitSignal();
            session.lab().stopAll().get(Duration.ofSeconds(10));
            session.main().debug("closing event loop");
        }
        return ExitCodes.OK;
    }

}
