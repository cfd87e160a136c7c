package netlab.app.cli;

import java.time.Duration;
import java.util.concurrent.Callable;

import netlab.app.preset.PresetLibrary;
import netlab.engine.loop.LoopFuture;
import netlab.engine.preset.Preset;
import netlab.engine.preset.PresetRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", sortOptions = false,
        description = {"Run a preset headless and print its event log, as the seed's programs print theirs.",
                "`./netlab presets` lists them."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID|FILE", description = "The preset, e.g. stream-echo, or a preset file (netlab-preset/1 JSON).")
    String id;

    @Option(names = "--port", description = "Port of the preset's (first) server instead of its own; 0 picks a free one.")
    Integer port;

    @Option(names = "--timeout", defaultValue = "300", paramLabel = "SECONDS", description = "Give up after this long (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Mixin
    OutputOptions output;

    private final PresetLibrary library;

    RunCommand(PresetLibrary library) {
        this.library = library;
    }

    @Override
    public Integer call() throws Exception {
        Preset preset = PresetFiles.looksLikeFile(id) ? PresetFiles.load(java.nio.file.Path.of(id))
                : library.find(id).orElseThrow(() -> new CliException(
                        "unknown preset '" + id + "'; known: " + String.join(", ", library.ids())));
        if (port != null && (port < 0 || port > 65535)) {
            throw new CliException("--port must be 0..65535, was " + port);
        }
        int status;
        try (Session session = new Session(spec.commandLine().getOut(), output.verbosity(), output.recording(spec))) {
            session.handleSignals();
            LoopFuture<PresetRun> started = PresetRun.start(session.lab(), preset, port);
            if (!session.awaitDoneOrSignal(started, Duration.ofSeconds(timeoutSeconds))) {
                session.main().debug(session.wasInterrupted() ? "interrupted" : "timed out after " + timeoutSeconds + " s");
                status = session.wasInterrupted() ? ExitCodes.INTERRUPTED : ExitCodes.FAILED;
                session.lab().stopAll().get(Duration.ofSeconds(10));
            } else if (started.toCompletableFuture().isCompletedExceptionally()) {
                // the reason (a port in use, say) is already in the log
                status = ExitCodes.FAILED;
            } else {
                PresetRun run = started.get(Duration.ofSeconds(1));
                run.stop().get(Duration.ofSeconds(10));
                status = run.clientsSucceeded() ? ExitCodes.OK : ExitCodes.FAILED;
            }
            session.main().debug("closing event loop");
        }
        return status;
    }
}
