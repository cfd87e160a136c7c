package netlab.engine.experiments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The experiments a preset can name ({@code "experiment": {"id": "gather-factorial"}}), by id.
 * Each is one of the seeds' programs written in Java next to its Python original.
 */
public final class ExperimentCatalog {
    private static final Map<String, Experiment> EXPERIMENTS;

    static {
        Map<String, Experiment> all = new LinkedHashMap<>();
        // Add each experiment here, one line per seed program:
        all.put("socketpair", SocketPairs::run);
        all.put("half-close", HalfClose::run);
        all.put("call-soon", CallSoon::run);
        all.put("call-later", CallLater::run);
        all.put("signals", SignalHandlers::run);
        all.put("future", FutureRunUntilComplete::run);
        all.put("future-callback", FutureDoneCallback::run);
        all.put("gather-factorial", GatherFactorial::run);
        all.put("task-chain", TaskChain::run);
        all.put("cancel", CancelTask::run);
        all.put("gather", GatherResults::run);
        all.put("wait", WaitTasks::run);
        all.put("shield", ShieldTask::run);
        all.put("create-task", CreateTask::run);
        all.put("blocking-call", BlockingCall::run);
        all.put("subprocess-protocol", SubprocessProtocolDate::run);
        all.put("subprocess-stream", SubprocessStreamDate::run);
        all.put("http-head", HttpHeaders::run);
        EXPERIMENTS = Collections.unmodifiableMap(all);
    }

    private ExperimentCatalog() {
    }

    public static Optional<Experiment> find(String id) {
        return Optional.ofNullable(EXPERIMENTS.get(id));
    }

    /** Whether the experiment hands its loop Java sockets (add_reader, sock=), which only NIO adopts. */
    public static boolean adoptsJavaSockets(String id) {
        return id.equals("socketpair");
    }

    public static Set<String> ids() {
        return EXPERIMENTS.keySet();
    }
}
