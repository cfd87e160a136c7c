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
import netlab.engine.script.Script;
import netlab.engine.script.ScriptListener;
import netlab.engine.script.ScriptResult;
import netlab.engine.subprocess.ProcessSpec;

/**
 * What a front end may ask of the lab. Every command returns at once, from any thread; what it
 * starts runs on the lab's loop, and the future says how it went (failed with
 * {@link CommandRefused} when the lab behind the port will not do it, with the reason to show).
 * What the commands do is seen on the {@link netlab.engine.event.EventSource}; the few queries here read values and
 * never wait.
 */
public interface LabCommands {
    /** How long a command stopped by {@link #stop} has between SIGTERM and SIGKILL. */
    java.time.Duration PROCESS_STOP_GRACE = java.time.Duration.ofSeconds(2);

    CompletableFuture<Started> startServer(ServerSpec spec);

    CompletableFuture<Started> startRelay(RelaySpec spec);

    CompletableFuture<Started> startClient(ClientSpec spec);

    /** A client a person types into: {@link #send} and {@link #writeEof} write to it. */
    CompletableFuture<Started> startInteractiveClient(InteractiveClientSpec spec);

    CompletableFuture<Started> startExperiment(ExperimentSpec spec);

    /** A command on the bench: {@link #send} writes its stdin, {@link #writeEof} closes it, stop sends SIGTERM (SIGKILL after {@link #PROCESS_STOP_GRACE}). */
    CompletableFuture<Started> startProcess(ProcessSpec spec);

    /** Stops an endpoint; done when it has stopped. One that is over stays over. */
    CompletableFuture<Void> stop(String endpointId);

    /**
     * Stops it (when running) and starts the same again: a server on the port it had, a relay with
     * the seed it drew, so that a run repeats.
     */
    CompletableFuture<Started> restart(String endpointId);

    /** Starts another like it beside it: a server or a relay on a free port, since the original keeps its own. */
    CompletableFuture<Started> duplicate(String endpointId);

    /** Writes to an interactive client's connection, or to a process's stdin. */
    CompletableFuture<Void> send(String endpointId, Bytes data);

    /** Half-closes an interactive client's connection ({@code write_eof()}), or closes a process's stdin. */
    CompletableFuture<Void> writeEof(String endpointId);

    /** The endpoint now, when the lab still knows it. */
    Optional<EndpointInfo> endpoint(String endpointId);

    /** Every endpoint the lab knows: those running and the last that ended. */
    List<EndpointInfo> endpoints();

    /**
     * Runs a preset: its servers, its relays, then each client run and experiment in turn; done
     * when every client run and experiment is over. {@code anyFreePort} moves its first server
     * (and its relays) off the seed's ports, for a machine where they are taken.
     */
    CompletableFuture<PresetOutcome> runPreset(Preset preset, boolean anyFreePort);

    /** Stops everything a preset's run started (its servers keep listening after its clients, until this). */
    CompletableFuture<Void> stopPreset(String runId);

    /** Raises a signal in NetLab's own process, as {@code kill -INT} would: handlers added with add_signal_handler run. */
    CompletableFuture<Void> raiseSignal(String signal);

    /** The loop's ready queue, timers, I/O, tasks and futures, taken on the loop. */
    CompletableFuture<LoopSnapshot> loopSnapshot();

    /** The name of the lab's own loop (its servers', its bench's) among {@link #loopSnapshots()}. */
    String LAB_LOOP = "lab";

    /**
     * A snapshot of every loop, by name, each taken on its own loop and each its own future (a loop
     * blocked in a callback holds back its own snapshot only): the lab's ({@value #LAB_LOOP}) first,
     * then the loops a preset's programs run on, in name order ("client", "relay"). Returns at once.
     */
    default java.util.Map<String, CompletableFuture<LoopSnapshot>> loopSnapshots() {
        return java.util.Map.of(LAB_LOOP, loopSnapshot());
    }

    /** Holds the loop's ready queue and timers (I/O still arrives, and waits). */
    CompletableFuture<LoopSnapshot> pauseLoop();

    /** Runs one iteration of the loop, pausing it first if it runs. */
    CompletableFuture<LoopSnapshot> stepLoop();

    CompletableFuture<LoopSnapshot> resumeLoop();

    /**
     * How late the loop runs what is due, in nanoseconds: the stall of an iteration that runs now,
     * or how late the last timer ran if that was within {@code windowNanos}. 0 when nothing runs.
     */
    long loopLagNanos(long windowNanos);

    /** The lab's clock now: nanoseconds since the lab started, as its events are stamped. */
    long clockNanos();

    /** Records every event from now on into {@code file}, written on a thread of its own. */
    CompletableFuture<RunningRecording> record(Path file, String source);

    /**
     * Runs a client script on a thread of its own (a script blocks where a person would wait);
     * {@code listener} hears each step start and end, and each write and read, on that thread.
     * Done with how it ended: all passed, or the failed step and what arrived instead.
     */
    CompletableFuture<ScriptResult> runScript(Script script, ScriptListener listener);

    /** Loads a server with many connections on a loop of its own; {@code progress} hears twice a second, on that loop. */
    CompletableFuture<RunningLoad> startLoad(LoadSpec spec, Consumer<LoadProgress> progress);

    /** The class taking part: a session students join from their browsers. A lab that runs nothing refuses it. */
    default ClassPort classroom() {
        return ClassPort.refusing("this lab runs no class");
    }

    /**
     * Runs a split test of a server (on a loop and a thread of its own): {@code conversation} sent
     * under a grid of re-segmentations, its first failure shrunk and saved as {@code options} say;
     * {@code learn} takes the responses from the server first. {@code progress} hears each case, on the test's thread.
     */
    CompletableFuture<RunningSplitTest> startSplitTest(netlab.engine.splittest.SplitTestOptions options,
                                                       netlab.engine.splittest.Conversation conversation, boolean learn,
                                                       Consumer<netlab.engine.splittest.SplitTestProgress> progress);
}
