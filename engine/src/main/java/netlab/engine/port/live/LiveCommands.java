package netlab.engine.port.live;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopControls;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import netlab.engine.bytes.Bytes;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.Endpoint;
import netlab.engine.lab.ExperimentSpec;
import netlab.engine.lab.InteractiveClientEndpoint;
import netlab.engine.lab.InteractiveClientSpec;
import netlab.engine.lab.Lab;
import netlab.engine.lab.ProcessEndpoint;
import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.ServerSpec;
import netlab.engine.load.LoadProgress;
import netlab.engine.load.LoadRun;
import netlab.engine.load.LoadSpec;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopControls;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.LoopSnapshot;
import netlab.engine.port.CommandRefused;
import netlab.engine.port.EndpointInfo;
import netlab.engine.port.LabCommands;
import netlab.engine.port.PresetOutcome;
import netlab.engine.port.RunningLoad;
import netlab.engine.port.RunningRecording;
import netlab.engine.port.Started;
import netlab.engine.preset.Preset;
import netlab.engine.preset.PresetRun;
import netlab.engine.record.RecordingHeader;
import netlab.engine.record.RecordingWriter;
import netlab.engine.subprocess.ProcessSpec;

/**
 * The commands of a running {@link Lab}: each is handed to the lab, which runs it on its loop,
 * and its outcome comes back as values. The lab belongs to whoever made it.
 */
public final class LiveCommands implements LabCommands {
    private final Lab lab;
    private final Map<String, PresetRun> runs = new ConcurrentHashMap<>();
    private final AtomicLong runIds = new AtomicLong();
    private final LiveClass classroom;

    public LiveCommands(Lab lab) {
        this.lab = lab;
        this.classroom = LiveClass.withShippedPage().admittingTo(lab::admitGuests);
    }

    /** A lab that was closed refuses new work: said as the command's failure, not thrown at the caller. */
    private static <T> CompletableFuture<T> attempt(java.util.function.Supplier<CompletableFuture<T>> command) {
        try {
            return command.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static <E extends Endpoint> CompletableFuture<Started> started(LoopFuture<E> start) {
        return start.toCompletableFuture().thenApply(Endpoints::started);
    }

    @Override
    public CompletableFuture<Started> startServer(ServerSpec spec) {
        return attempt(() -> started(lab.startServer(spec)));
    }

    @Override
    public CompletableFuture<Started> startRelay(RelaySpec spec) {
        return attempt(() -> started(lab.startRelay(spec)));
    }

    @Override
    public CompletableFuture<Started> startClient(ClientSpec spec) {
        return attempt(() -> started(lab.startClient(spec)));
    }

    @Override
    public CompletableFuture<Started> startInteractiveClient(InteractiveClientSpec spec) {
        return attempt(() -> started(lab.startInteractiveClient(spec)));
    }

    @Override
    public CompletableFuture<Started> startExperiment(ExperimentSpec spec) {
        return attempt(() -> started(lab.startExperiment(spec)));
    }

    @Override
    public CompletableFuture<Started> startProcess(ProcessSpec spec) {
        return attempt(() -> started(lab.startProcess(spec, PROCESS_STOP_GRACE)));
    }

    private Endpoint known(String endpointId) {
        Endpoint e = lab.endpoint(endpointId);
        if (e == null) {
            throw new CommandRefused("the lab no longer knows " + endpointId);
        }
        return e;
    }

    @Override
    public CompletableFuture<Void> stop(String endpointId) {
        return attempt(() -> known(endpointId).stop().toCompletableFuture());
    }

    @Override
    public CompletableFuture<Started> restart(String endpointId) {
        return attempt(() -> {
            Endpoint endpoint = known(endpointId);
            // what to start is read before the stop: a stopped relay still knows its seed and port
            Endpoints.Again again = Endpoints.again(endpoint);
            return endpoint.stop().toCompletableFuture().thenCompose(v -> again.start(lab));
        });
    }

    @Override
    public CompletableFuture<Started> duplicate(String endpointId) {
        return attempt(() -> Endpoints.duplicate(known(endpointId)).start(lab));
    }

    @Override
    public CompletableFuture<Void> send(String endpointId, Bytes data) {
        return attempt(() -> switch (known(endpointId)) {
            case InteractiveClientEndpoint c -> c.send(data).toCompletableFuture();
            case ProcessEndpoint p -> p.write(data).toCompletableFuture();
            default -> throw new CommandRefused(endpointId + " takes no input: only an interactive client or a command does");
        });
    }

    @Override
    public CompletableFuture<Void> writeEof(String endpointId) {
        return attempt(() -> switch (known(endpointId)) {
            case InteractiveClientEndpoint c -> c.writeEof().toCompletableFuture();
            case ProcessEndpoint p -> p.closeStdin().toCompletableFuture();
            default -> throw new CommandRefused(endpointId + " takes no input: only an interactive client or a command does");
        });
    }

    @Override
    public Optional<EndpointInfo> endpoint(String endpointId) {
        return Optional.ofNullable(lab.endpoint(endpointId)).map(Endpoints::info);
    }

    @Override
    public List<EndpointInfo> endpoints() {
        return lab.endpoints().stream().map(Endpoints::info).toList();
    }

    @Override
    public CompletableFuture<PresetOutcome> runPreset(Preset preset, boolean anyFreePort) {
        return attempt(() -> PresetRun.start(lab, preset, anyFreePort ? 0 : null).toCompletableFuture().thenApply(run -> {
            String id = "run-" + runIds.incrementAndGet();
            runs.put(id, run);
            return new PresetOutcome(id, run.clientsSucceeded(), run.servers().size());
        }));
    }

    @Override
    public CompletableFuture<Void> stopPreset(String runId) {
        PresetRun run = runs.remove(runId);
        return run == null ? CompletableFuture.completedFuture(null) : attempt(() -> run.stop().toCompletableFuture());
    }

    @Override
    public CompletableFuture<Void> raiseSignal(String signal) {
        return attempt(() -> {
            lab.loop().signals().raise(signal);
            return CompletableFuture.completedFuture(null);
        });
    }

    @Override
    public CompletableFuture<LoopSnapshot> loopSnapshot() {
        return attempt(() -> lab.loop().controls().snapshot());
    }

    @Override
    public java.util.Map<String, CompletableFuture<LoopSnapshot>> loopSnapshots() {
        java.util.Map<String, CompletableFuture<LoopSnapshot>> each = new java.util.LinkedHashMap<>();
        each.put(LAB_LOOP, loopSnapshot());
        try {
            lab.programLoops().forEach((name, loop) -> each.put(name, attempt(() -> loop.controls().snapshot())));
        } catch (RuntimeException e) {
            // the lab is closing: the lab's loop's own future says so
        }
        return each;
    }

    @Override
    public CompletableFuture<LoopSnapshot> pauseLoop() {
        return attempt(() -> onEveryLoop(LoopControls::pause));
    }

    @Override
    public CompletableFuture<LoopSnapshot> stepLoop() {
        return attempt(() -> onEveryLoop(LoopControls::step));
    }

    @Override
    public CompletableFuture<LoopSnapshot> resumeLoop() {
        return attempt(() -> onEveryLoop(LoopControls::resume));
    }

    /**
     * Pauses, steps or resumes the lab's loop and the program loops of a preset's clients and
     * relays alike (a paused server with a client running on would be no pause); done with the
     * lab's loop's snapshot once every loop did it.
     */
    private CompletableFuture<LoopSnapshot> onEveryLoop(Function<LoopControls, CompletableFuture<LoopSnapshot>> control) {
        List<EventLoop> loops = lab.loops();
        CompletableFuture<LoopSnapshot> main = control.apply(loops.get(0).controls());
        List<CompletableFuture<LoopSnapshot>> others = loops.subList(1, loops.size()).stream().map(l -> control.apply(l.controls())).toList();
        return CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).thenCombine(main, (ignored, snapshot) -> snapshot);
    }

    @Override
    public long loopLagNanos(long windowNanos) {
        return lab.loop().lag().recentNanos(windowNanos);
    }

    @Override
    public long clockNanos() {
        return lab.events().clock().nanos();
    }

    @Override
    public CompletableFuture<RunningRecording> record(Path file, String source) {
        return attempt(() -> {
            RecordingWriter writer = RecordingWriter.start(lab.events(), file,
                    RecordingHeader.now(lab.events().clock().startedAt(), source));
            return CompletableFuture.completedFuture(new RunningRecording() {
                @Override
                public RecordingWriter.Status status() {
                    return writer.status();
                }

                @Override
                public CompletableFuture<RecordingWriter.Status> stop(String reason) {
                    return writer.stop(reason);
                }
            });
        });
    }

    @Override
    public CompletableFuture<netlab.engine.script.ScriptResult> runScript(netlab.engine.script.Script script,
                                                                       netlab.engine.script.ScriptListener listener) {
        CompletableFuture<netlab.engine.script.ScriptResult> done = new CompletableFuture<>();
        Thread.ofVirtual().name("netlab-script").start(() -> {
            try {
                done.complete(new netlab.engine.script.ScriptRunner(script, listener).run());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    @Override
    public CompletableFuture<RunningLoad> startLoad(LoadSpec spec, Consumer<LoadProgress> progress) {
        return attempt(() -> {
            LoadRun run = LoadRun.start(spec, progress);
            return CompletableFuture.completedFuture(new RunningLoad() {
                @Override
                public CompletableFuture<netlab.engine.load.LoadResult> result() {
                    return run.result();
                }

                @Override
                public CompletableFuture<netlab.engine.load.LoadResult> stop() {
                    return run.stop();
                }
            });
        });
    }

    @Override
    public netlab.engine.port.ClassPort classroom() {
        return classroom;
    }

    @Override
    public CompletableFuture<netlab.engine.port.RunningSplitTest> startSplitTest(netlab.engine.splittest.SplitTestOptions options,
            netlab.engine.splittest.Conversation conversation, boolean learn,
            Consumer<netlab.engine.splittest.SplitTestProgress> progress) {
        return attempt(() -> {
            netlab.engine.splittest.SplitTestRun run = netlab.engine.splittest.SplitTestRun.start(options, conversation, learn, progress);
            return CompletableFuture.completedFuture(new netlab.engine.port.RunningSplitTest() {
                @Override
                public CompletableFuture<netlab.engine.splittest.SplitTestResult> result() {
                    return run.result();
                }

                @Override
                public CompletableFuture<netlab.engine.splittest.SplitTestResult> stop() {
                    return run.stop();
                }
            });
        });
    }
}
