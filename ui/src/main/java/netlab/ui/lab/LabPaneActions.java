package netlab.ui.lab;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.ErrorInfo;
import netlab.engine.event.LabEvent;
import netlab.engine.lab.InteractiveClientSpec;
import netlab.engine.pcap.PcapExport;
import netlab.engine.port.LabCommands;
import netlab.engine.port.LabFiles;
import netlab.ui.events.Completions;
import netlab.ui.i18n.Problem;
import netlab.ui.panes.PaneActions;
import netlab.ui.recording.RecordingModel;

/**
 * What a person does from a pane, carried out through the window's ports: commands to the lab,
 * files written off the FX thread. Each outcome comes back on the FX thread as a problem (null: it
 * worked), never dropped.
 */
final class LabPaneActions implements PaneActions {
    private final LabCommands commands;
    private final LabFiles files;
    private final Executor ui;
    private final ObjectProperty<LabEvent> focused;
    private final RecordingModel recording;
    private List<LabEvent> replayed;
    private Instant replayedLabStarted;

    LabPaneActions(LabCommands commands, LabFiles files, Executor ui, ObjectProperty<LabEvent> focused, RecordingModel recording) {
        this.commands = commands;
        this.files = files;
        this.ui = ui;
        this.focused = focused;
        this.recording = recording;
    }

    /** A replay window's events: where its pcap exports come from. */
    void replaying(List<LabEvent> events, Instant labStarted) {
        this.replayed = List.copyOf(events);
        this.replayedLabStarted = labStarted;
    }

    private <T> void then(CompletableFuture<T> f, Consumer<Problem> then, java.util.function.Function<T, Problem> ok,
                          java.util.function.Function<Throwable, Problem> failed) {
        f.whenComplete((result, error) -> ui.execute(() ->
                then.accept(error == null ? ok.apply(result) : failed.apply(Completions.unwrap(error)))));
    }

    private static Problem said(Throwable error) {
        return Problem.raw(ErrorInfo.of(error).toString());
    }

    @Override
    public void stopEndpoint(String endpointId) {
        // an endpoint the lab forgot is over already: nothing to say
        commands.stop(endpointId);
    }

    @Override
    public boolean isInteractive(String endpointId) {
        return commands.endpoint(endpointId).map(e -> e.spec() instanceof InteractiveClientSpec).orElse(false);
    }

    @Override
    public void send(String endpointId, Bytes data, Consumer<Problem> then) {
        if (!isInteractive(endpointId)) {
            then.accept(Problem.of("pane.input.unavailable"));
            return;
        }
        then(commands.send(endpointId, data), then, v -> null, LabPaneActions::said);
    }

    @Override
    public void writeEof(String endpointId, Consumer<Problem> then) {
        if (!isInteractive(endpointId)) {
            then.accept(Problem.of("pane.input.unavailable"));
            return;
        }
        then(commands.writeEof(endpointId), then, v -> null, LabPaneActions::said);
    }

    @Override
    public void focus(LabEvent event) {
        focused.set(event);
    }

    @Override
    public void save(Path file, String content, Consumer<Problem> then) {
        then(files.writeText(file, content), then, v -> null,
                error -> Problem.of("pane.export.failed", file.toString(), message(error)));
    }

    @Override
    public boolean canExportPcap(String connection) {
        return connection != null && (replayed != null || recording.kept() != null);
    }

    /**
     * Writes {@code connection} as pcap: from the replayed recording, or from this window's
     * recording (every byte is in its file; the panes keep only the first KiB).
     */
    @Override
    public void exportPcap(String connection, Path file, Consumer<Problem> then) {
        Path kept = recording.kept();
        if (replayed == null && kept == null) {
            then.accept(Problem.of("pane.pcap.needsRecording"));
            return;
        }
        CompletableFuture<PcapExport.Result> written = replayed != null
                ? files.exportPcap(replayed, replayedLabStarted, connection, file)
                : files.exportPcap(kept, connection, file);
        then(written, then, result -> Problem.of("pane.pcap.done", result.packets(), file.toString()),
                error -> Problem.of("pane.pcap.failed", message(error)));
    }

    static String message(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}
