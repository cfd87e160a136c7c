package netlab.engine.subprocess;

import java.time.Duration;
import java.util.function.Supplier;

import netlab.engine.bytes.Bytes;
import netlab.engine.errors.FileNotFoundError;
import netlab.engine.errors.PermissionError;
import netlab.engine.event.ErrorInfo;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.Origin;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.LoopSnapshot;
import netlab.engine.loop.TimerHandle;

/**
 * asyncio's {@code SubprocessTransport} over a real child process: its pipes are read and written
 * on threads of their own and everything they see is brought to the loop, where the protocol is
 * called and every read, write, close and the exit are reported as events. The returncode is
 * asyncio's: the exit status, or {@code -N} when signal N ended the child.
 *
 * <p>{@link #stop(Duration)} is how a person's Stop button ends a child: SIGTERM to it and its
 * descendants, and SIGKILL to whatever is left after the grace period.
 */
public final class SubprocessTransport {
    /** How long process_exited waits for the output pipes' EOF after the exit (a grandchild may hold them). */
    static final Duration PIPES_GRACE = Duration.ofSeconds(2);
    /** How long a child left running by a program that closed its loop gets between SIGTERM and SIGKILL. */
    static final Duration PROGRAM_END_GRACE = Duration.ofSeconds(2);

    private final EventLoop loop;
    private final ProcessSpec spec;
    private final Origin origin;
    private final LoopFuture<Integer> exited;
    private final long[] received = new long[3];
    private final boolean[] pipeOpen = new boolean[3];
    private final ReadPipe[] readers = new ReadPipe[3];
    private java.lang.Process process;
    private ChildSignals signals;
    private SubprocessProtocol protocol;
    private WritePipe stdin;
    private Integer returncode;
    private Integer exitStatus;
    private TimerHandle pipesGrace;
    private boolean closed;
    private boolean finished;
    private long droppedWrites;
    private Runnable releaseFromProgram = () -> { };

    private SubprocessTransport(EventLoop loop, ProcessSpec spec, Origin origin) {
        this.loop = loop;
        this.spec = spec;
        this.origin = origin;
        this.exited = loop.<Integer>createFuture().label("process exit");
    }

    /**
     * Starts the child (on a helper thread: fork and exec may take a while), then, on the loop,
     * makes the protocol and calls its connection_made. Fails with FileNotFoundError or
     * PermissionError as Python would when the program cannot be run. Loop thread only.
     */
    static <P extends SubprocessProtocol> LoopFuture<SubprocessConnected<P>> start(EventLoop loop, Supplier<P> factory,
                                                                                 ProcessSpec spec, Origin origin) {
        SubprocessTransport transport = new SubprocessTransport(loop, spec, origin != null ? origin : EventStream.LAB_ORIGIN);
        LoopFuture<SubprocessConnected<P>> result = loop.createFuture();
        result.label("subprocess_exec(" + spec.display() + ")");
        LoopFuture<java.lang.Process> starting = loop.runInExecutor(() -> ProcessLaunch.builder(spec).start());
        starting.addDoneCallback(f -> {
            if (f.exception() != null) {
                result.trySetException(ProcessLaunch.translate(f.exception(), spec.argv().get(0)));
                return;
            }
            java.lang.Process p = f.result();
            if (result.done()) {
                p.destroyForcibly(); // the caller gave up while it started
                return;
            }
            P protocol;
            try {
                protocol = factory.get();
            } catch (RuntimeException e) {
                p.destroyForcibly();
                result.trySetException(e);
                return;
            }
            transport.attach(p, protocol);
            result.trySetResult(new SubprocessConnected<>(transport, protocol));
        });
        return result;
    }

    private void attach(java.lang.Process p, SubprocessProtocol protocol) {
        this.process = p;
        this.signals = new ChildSignals(loop, p);
        this.protocol = protocol;
        String name = "netlab-pipe-" + p.pid() + "-";
        loop.events().publish(origin, EventKind.PROCESS_STARTED, null, netlab.engine.event.EventTexts.processStarted(p.pid(), spec.display()),
                null, -1, p.pid(), null);
        if (spec.stdin() == Redirect.PIPE) {
            stdin = new WritePipe(this, p.getOutputStream(), name + "stdin");
            pipeOpen[0] = true;
        }
        if (spec.stdout() == Redirect.PIPE) {
            readers[1] = new ReadPipe(this, 1, p.getInputStream(), name + "stdout");
            pipeOpen[1] = true;
        }
        if (spec.stderr() == Redirect.PIPE) {
            readers[2] = new ReadPipe(this, 2, p.getErrorStream(), name + "stderr");
            pipeOpen[2] = true;
        }
        loop.io().add(this, this::describeIo);
        releaseFromProgram = loop.programResources().own(origin, this::stopWithProgram);
        call("connection_made", () -> protocol.connectionMade(this));
        if (stdin != null) {
            stdin.start();
        }
        for (ReadPipe r : readers) {
            if (r != null) {
                r.start();
            }
        }
        p.onExit().thenRun(() -> post(this::childExited));
    }

    // ---- from the pipe threads, on the loop ----

    /** Hands {@code r} to the loop; IllegalStateException once the loop is closed. */
    void post(Runnable r) {
        loop.callSoonThreadsafe(r);
    }

    void checkLoop(String what) {
        if (!loop.inLoop()) {
            throw new IllegalStateException(what + " must run on the loop thread");
        }
    }

    void pipeData(ReadPipe pipe, Bytes data) {
        pipe.delivered();
        int fd = pipe.fd();
        if (closed || !pipeOpen[fd]) {
            return;
        }
        loop.events().publish(origin, EventKind.PIPE_DATA_RECEIVED, null, Integer.toString(fd), data, received[fd], data.size(), null);
        received[fd] += data.size();
        call("pipe_data_received", () -> protocol.pipeDataReceived(fd, data));
    }

    void pipeEof(ReadPipe pipe, Throwable error) {
        pipeLost(pipe.fd(), error);
    }

    void stdinLost(WritePipe pipe, Throwable error) {
        pipeLost(0, error);
    }

    private void pipeLost(int fd, Throwable error) {
        if (!pipeOpen[fd]) {
            return;
        }
        pipeOpen[fd] = false;
        if (fd == 0) {
            stdin.lost();
        } else {
            readers[fd].stop();
        }
        ErrorInfo info = error == null ? null : ErrorInfo.of(error);
        loop.events().publish(origin, EventKind.PIPE_CONNECTION_LOST, null, Integer.toString(fd), null,
                fd == 0 ? -1 : received[fd], 0, info);
        call("pipe_connection_lost", () -> protocol.pipeConnectionLost(fd, error));
        if (exitStatus != null && returncode == null && !pipeOpen[1] && !pipeOpen[2]) {
            processExited();
        }
        tryFinish();
    }

    void pipeWritten(Bytes data, long offset) {
        loop.events().publish(origin, EventKind.PIPE_DATA_SENT, null, "0", data, offset, data.size(), null);
    }

    void writeDropped(Bytes data) {
        if (droppedWrites++ == 0) {
            loop.events().publish(origin, EventKind.ERROR, null, netlab.engine.event.LabSentences.STDIN_CLOSED.say(data.size()), data, -1, data.size(), null);
        }
    }

    void pauseWriting() {
        call("pause_writing", protocol::pauseWriting);
    }

    void resumeWriting() {
        call("resume_writing", protocol::resumeWriting);
    }

    /** The child is gone; process_exited waits for its output pipes' EOF, within a grace. */
    private void childExited() {
        exitStatus = process.exitValue();
        if (!pipeOpen[1] && !pipeOpen[2]) {
            processExited();
        } else {
            pipesGrace = loop.callLater(PIPES_GRACE, "process_exited after the pipes' grace", this::processExited);
        }
    }

    private void processExited() {
        if (returncode != null) {
            return;
        }
        if (pipesGrace != null) {
            pipesGrace.cancel();
        }
        returncode = signals.returncodeOf(exitStatus);
        String signal = returncode < 0 ? SignalNumbers.signalName(-returncode) : null;
        loop.events().publish(origin, EventKind.PROCESS_EXITED, null,
                netlab.engine.event.EventTexts.processExited(process.pid(), returncode, signal), null, -1, returncode, null);
        call("process_exited", protocol::processExited);
        exited.trySetResult(returncode);
        if (pipeOpen[0]) {
            pipeLost(0, null); // nobody reads the child's stdin any more
        }
        tryFinish();
    }

    private void tryFinish() {
        if (finished || returncode == null || pipeOpen[0] || pipeOpen[1] || pipeOpen[2]) {
            return;
        }
        finished = true;
        loop.io().remove(this);
        releaseFromProgram.run();
        call("connection_lost", () -> protocol.connectionLost(null));
    }

    private void call(String name, Runnable callback) {
        loop.withOrigin(origin, () -> {
            try {
                callback.run();
            } catch (RuntimeException e) {
                loop.events().publish(origin, EventKind.ERROR, null, netlab.engine.event.LabSentences.CALL_FAILED.say(name, ErrorInfo.of(e)),
                        null, -1, 0, ErrorInfo.of(e));
            }
        });
    }

    private LoopSnapshot.Io describeIo() {
        StringBuilder state = new StringBuilder();
        for (int fd = 0; fd < 3; fd++) {
            if (pipeOpen[fd]) {
                state.append(state.isEmpty() ? "" : ", ").append(switch (fd) {
                    case 0 -> "write stdin" + (stdin.getWriteBufferSize() > 0 ? " " + stdin.getWriteBufferSize() + " bytes" : "");
                    case 1 -> readers[1].isReading() ? "read stdout" : "stdout paused";
                    default -> readers[2].isReading() ? "read stderr" : "stderr paused";
                });
            }
        }
        if (returncode == null) {
            state.append(state.isEmpty() ? "" : ", ").append("exit");
        }
        return new LoopSnapshot.Io("pipe", "pid " + process.pid() + ": " + spec.display(), state.toString(), origin.label());
    }

    // ---- the transport's API ----

    public long getPid() {
        return process.pid();
    }

    /** The returncode once process_exited has run, else null. */
    public Integer getReturncode() {
        return returncode;
    }

    /** Done with the returncode once process_exited has run. */
    public LoopFuture<Integer> exited() {
        return exited;
    }

    /** The stdin pipe, or null when stdin is not a pipe ({@code get_pipe_transport(0)}). */
    public WritePipe stdin() {
        return stdin;
    }

    /** The read side of fd 1 or 2 (pause_reading / resume_reading), or null when it is not a pipe. */
    public netlab.engine.transport.ReadTransport getPipeTransport(int fd) {
        if (fd != 1 && fd != 2) {
            throw new IllegalArgumentException("fd must be 1 or 2 for a read pipe (0 is stdin()), was " + fd);
        }
        return readers[fd];
    }

    public ProcessSpec spec() {
        return spec;
    }

    /** Where this child's events are reported. */
    public Origin origin() {
        return origin;
    }

    /** SIGTERM. */
    public void terminate() {
        sendSignal("SIGTERM");
    }

    /** SIGKILL. */
    public void kill() {
        sendSignal("SIGKILL");
    }

    /**
     * Sends {@code signal} (SIGINT, SIGTERM, SIGKILL, ...) to the child. Java sends TERM and KILL
     * itself; any other signal goes by the system's {@code kill}, on a helper thread.
     */
    public void sendSignal(String signal) {
        checkLoop("send_signal");
        String name = SignalNumbers.name(signal);
        if (returncode != null || !process.isAlive()) {
            return; // asyncio ignores a signal to a child that is gone
        }
        signals.send(name);
    }

    /**
     * Stops the child for good: SIGTERM to it and its descendants, and after {@code grace}
     * SIGKILL to any of them still alive. Done with the returncode.
     */
    public LoopFuture<Integer> stop(Duration grace) {
        checkLoop("stop");
        if (returncode != null || !process.isAlive()) {
            return exited;
        }
        TimerHandle hard = signals.stop(grace, () -> returncode != null);
        exited.addDoneCallback(f -> hard.cancel());
        return exited;
    }

    /**
     * The program that started the child closed its loop (it ended, or was stopped) and left the
     * child running: as asyncio closes a transport left open, the child goes — SIGTERM to it and
     * its descendants, SIGKILL after a grace — and its pipes are closed once it is gone.
     */
    private void stopWithProgram() {
        if (returncode == null && process.isAlive()) {
            stop(PROGRAM_END_GRACE).addDoneCallback(f -> close());
        } else {
            close();
        }
    }

    /**
     * {@code transport.close()}: closes the pipes, and kills the child if it is still running,
     * as asyncio does. Its exit is still reported.
     */
    public void close() {
        checkLoop("close");
        if (closed) {
            return;
        }
        closed = true;
        for (int fd = 0; fd < 3; fd++) {
            if (pipeOpen[fd]) {
                pipeLost(fd, null);
            }
        }
        if (returncode == null && process.isAlive()) {
            kill();
        }
    }

    public boolean isClosing() {
        return closed;
    }

    @Override
    public String toString() {
        return "<SubprocessTransport pid=" + (process == null ? "?" : process.pid())
                + (returncode != null ? " returncode=" + returncode : " running") + ">";
    }
}
