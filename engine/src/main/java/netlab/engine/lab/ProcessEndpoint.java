package netlab.engine.lab;

import java.time.Duration;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.loop.LoopFuture;
import netlab.engine.subprocess.ProcessSpec;
import netlab.engine.subprocess.SubprocessProtocol;
import netlab.engine.subprocess.SubprocessTransport;
import netlab.engine.subprocess.Subprocesses;

/**
 * A command run on the bench ("Run a command", {@code ./netlab exec}): its output, input and exit
 * are reported as events of its own pane; it is finished when it exits, however it exits, and
 * stopping it sends SIGTERM and, after the grace, SIGKILL. Its methods may be called from any thread.
 */
public final class ProcessEndpoint extends AbstractEndpoint {
    /** How long Stop waits after SIGTERM before SIGKILL. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(2);

    private final ProcessSpec spec;
    private final Duration grace;
    private SubprocessTransport transport;
    private volatile Integer returncode;
    private volatile long pid;

    ProcessEndpoint(Lab lab, String id, ProcessSpec spec, Duration grace) {
        super(lab, id, Origin.endpoint(id, Role.EXPERIMENT, label(spec)));
        this.spec = spec;
        this.grace = grace;
    }

    private static String label(ProcessSpec spec) {
        String program = spec.argv().get(0);
        return "$ " + program.substring(program.lastIndexOf('/') + 1);
    }

    public ProcessSpec spec() {
        return spec;
    }

    /** The returncode once it exited ({@code -N} for signal N), else null. */
    public Integer returncode() {
        return returncode;
    }

    /** Its pid once started, else 0. */
    public long pid() {
        return pid;
    }

    LoopFuture<ProcessEndpoint> start() {
        announce();
        LoopFuture<ProcessEndpoint> started = loop.createFuture();
        loop.withOrigin(origin(), () -> Subprocesses.subprocessExec(loop, () -> new SubprocessProtocol() {
            @Override
            public void connectionLost(Throwable cause) {
                ended();
            }
        }, spec).addDoneCallback(f -> {
            if (f.exception() != null) {
                lab.logging().getLogger(origin().label(), origin()).error("cannot run " + spec.display(), f.exception());
                setState(EndpointState.FAILED);
                started.trySetException(f.exception());
                return;
            }
            transport = f.result().transport();
            pid = transport.getPid();
            if (state() == EndpointState.STOPPING) {
                transport.stop(grace); // stopped while it started
            } else {
                setState(EndpointState.RUNNING);
            }
            started.trySetResult(this);
        }));
        return started;
    }

    private void ended() {
        returncode = transport.getReturncode();
        setState(state() == EndpointState.STOPPING ? EndpointState.STOPPED : EndpointState.FINISHED);
    }

    /** Writes to the child's stdin (if it is a pipe and still open); from any thread. */
    public LoopFuture<Void> write(Bytes data) {
        return lab.onLoop(() -> {
            LoopFuture<Void> done = loop.createFuture();
            if (transport != null && transport.stdin() != null) {
                transport.stdin().write(data);
            }
            done.setResult(null);
            return done;
        });
    }

    /** Closes the child's stdin: it reads EOF. From any thread. */
    public LoopFuture<Void> closeStdin() {
        return lab.onLoop(() -> {
            LoopFuture<Void> done = loop.createFuture();
            if (transport != null && transport.stdin() != null) {
                transport.stdin().close();
            }
            done.setResult(null);
            return done;
        });
    }

    /** Sends {@code signal} (SIGINT, SIGTERM, ...) to the child; from any thread. */
    public LoopFuture<Void> sendSignal(String signal) {
        return lab.onLoop(() -> {
            LoopFuture<Void> done = loop.createFuture();
            if (transport != null) {
                transport.sendSignal(signal);
            }
            done.setResult(null);
            return done;
        });
    }

    @Override
    protected void stopOnLoop() {
        setState(EndpointState.STOPPING);
        if (transport != null) {
            transport.stop(grace);
        }
    }
}
