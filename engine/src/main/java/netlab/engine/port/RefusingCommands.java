package netlab.engine.port;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import netlab.engine.bytes.Bytes;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.ExperimentSpec;
import netlab.engine.lab.InteractiveClientSpec;
import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.ServerSpec;
import netlab.engine.load.LoadProgress;
import netlab.engine.load.LoadSpec;
import netlab.engine.loop.LoopSnapshot;
import netlab.engine.preset.Preset;
import netlab.engine.subprocess.ProcessSpec;

/**
 * The commands of a lab that runs nothing, a replay's: each one fails with the same reason, said
 * to the person who asked; the queries find nothing.
 */
public final class RefusingCommands implements LabCommands {
    private final String reason;

    /** @param reason what a person is told, e.g. "a replay shows a recording: it runs nothing" */
    public RefusingCommands(String reason) {
        this.reason = reason;
    }

    private <T> CompletableFuture<T> refused() {
        return CompletableFuture.failedFuture(new CommandRefused(reason));
    }

    @Override
    public CompletableFuture<Started> startServer(ServerSpec spec) {
        return refused();
    }

    @Override
    public CompletableFuture<Started> startRelay(RelaySpec spec) {
        return refused();
    }

    @Override
    public CompletableFuture<Started> startClient(ClientSpec spec) {
        return refused();
    }

    @Override
    public CompletableFuture<Started> startInteractiveClient(InteractiveClientSpec spec) {
        return refused();
    }

    @Override
    public CompletableFuture<Started> startExperiment(ExperimentSpec spec) {
        return refused();
    }

    @Override
    public CompletableFuture<Started> startProcess(ProcessSpec spec) {
        return refused();
    }

    @Override
    public CompletableFuture<Void> stop(String endpointId) {
        return refused();
    }

    @Override
    public CompletableFuture<Started> restart(String endpointId) {
        return refused();
    }

    @Override
    public CompletableFuture<Started> duplicate(String endpointId) {
        return refused();
    }

    @Override
    public CompletableFuture<Void> send(String endpointId, Bytes data) {
        return refused();
    }

    @Override
    public CompletableFuture<Void> writeEof(String endpointId) {
        return refused();
    }

    @Override
    public Optional<EndpointInfo> endpoint(String endpointId) {
        return Optional.empty();
    }

    @Override
    public List<EndpointInfo> endpoints() {
        return List.of();
    }

    @Override
    public CompletableFuture<PresetOutcome> runPreset(Preset preset, boolean anyFreePort) {
        return refused();
    }

    @Override
    public CompletableFuture<Void> stopPreset(String runId) {
        return refused();
    }

    @Override
    public CompletableFuture<Void> raiseSignal(String signal) {
        return refused();
    }

    @Override
    public CompletableFuture<LoopSnapshot> loopSnapshot() {
        return refused();
    }

    @Override
    public CompletableFuture<LoopSnapshot> pauseLoop() {
        return refused();
    }

    @Override
    public CompletableFuture<LoopSnapshot> stepLoop() {
        return refused();
    }

    @Override
    public CompletableFuture<LoopSnapshot> resumeLoop() {
        return refused();
    }

    @Override
    public long loopLagNanos(long windowNanos) {
        return 0;
    }

    /** A lab that runs nothing has no clock of its own: 0. */
    @Override
    public long clockNanos() {
        return 0;
    }

    @Override
    public CompletableFuture<RunningRecording> record(Path file, String source) {
        return refused();
    }

    @Override
    public CompletableFuture<RunningLoad> startLoad(LoadSpec spec, Consumer<LoadProgress> progress) {
        return refused();
    }

    @Override
    public CompletableFuture<RunningSplitTest> startSplitTest(netlab.engine.splittest.SplitTestOptions options,
                                                              netlab.engine.splittest.Conversation conversation, boolean learn,
                                                              Consumer<netlab.engine.splittest.SplitTestProgress> progress) {
        return refused();
    }

    @Override
    public CompletableFuture<netlab.engine.script.ScriptResult> runScript(netlab.engine.script.Script script,
                                                                       netlab.engine.script.ScriptListener listener) {
        return refused();
    }

    /** Why every command is refused. */
    public String reason() {
        return reason;
    }
}
