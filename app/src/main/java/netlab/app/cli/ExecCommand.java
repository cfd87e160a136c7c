package netlab.app.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import netlab.engine.bytes.Bytes;
import netlab.engine.errors.FileNotFoundError;
import netlab.engine.errors.PermissionError;
import netlab.engine.errors.PyErrors;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.subprocess.ProcessSpec;
import netlab.engine.subprocess.Redirect;
import netlab.engine.subprocess.SubprocessConnected;
import netlab.engine.subprocess.SubprocessProtocol;
import netlab.engine.subprocess.SubprocessTransport;
import netlab.engine.subprocess.Subprocesses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "exec", sortOptions = false,
        description = {"Run a command as a child of NetLab's loop (subprocess_exec): its stdout and stderr are copied to ours",
                "byte for byte, our stdin to its stdin, and its exit status is ours. The arguments go to the program as",
                "they are, never through a shell unless --shell asks for one. SIGINT or SIGTERM stop it (SIGTERM, then",
                "SIGKILL after --grace). -v prints the event log instead (subprocess_exec, pipe_data_received, process_exited)."})
final class ExecCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--shell", description = "Run the words as one command line of /bin/sh -c.")
    boolean shell;

    @Option(names = "--grace", defaultValue = "2", paramLabel = "SECONDS", description = "After SIGTERM, how long before SIGKILL (default: ${DEFAULT-VALUE}).")
    double graceSeconds;

    @Option(names = "--no-stdin", description = "Give the child /dev/null as its stdin instead of ours.")
    boolean noStdin;

    @Mixin
    OutputOptions output;

    @Parameters(paramLabel = "CMD", arity = "1..*", description = "The program and its arguments (after --).")
    List<String> command = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (!(graceSeconds >= 0 && graceSeconds <= 3600)) {
            throw new CliException("--grace must be 0..3600 seconds, was " + graceSeconds);
        }
        ProcessSpec process;
        try {
            process = (shell ? ProcessSpec.shell(String.join(" ", command)) : ProcessSpec.exec(command))
                    .withStdin(noStdin ? Redirect.DEVNULL : Redirect.PIPE);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        boolean verbose = output.verbosity() == Verbosity.VERBOSE;
        // the raw file descriptors, not System.out: a PrintStream hides a closed pipe (`| head`) from us
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        OutputStream stderr = new FileOutputStream(FileDescriptor.err);
        PrintStream messages = System.err;
        int status;
        try (Session session = new Session(spec.commandLine().getOut(), verbose ? Verbosity.VERBOSE : Verbosity.QUIET, output.recording(spec));
             ConsolePipes console = new ConsolePipes(stdout, stderr)) {
            EventLoop loop = session.lab().loop();
            ExecProtocol protocol = new ExecProtocol(verbose ? null : console);
            // before the child starts: a signal that comes as soon as it runs must find the handlers
            session.handleSignals();
            LoopFuture<SubprocessConnected<ExecProtocol>> starting = session.lab().onLoop(
                    () -> Subprocesses.subprocessExec(loop, () -> protocol, process));
            SubprocessTransport transport;
            try {
                transport = starting.get(Duration.ofSeconds(30)).transport();
            } catch (FileNotFoundError | PermissionError e) {
                messages.println("netlab exec: " + process.argv().get(0) + ": " + PyErrors.typeName(e) + ": " + e.getMessage());
                return e instanceof FileNotFoundError ? ExitCodes.NOT_FOUND : ExitCodes.NOT_EXECUTABLE;
            }
            console.pressure(new ConsolePipes.Pressure() {
                @Override
                public void pause() {
                    loop.callSoonThreadsafe(() -> pipes(transport, false));
                }

                @Override
                public void resume() {
                    loop.callSoonThreadsafe(() -> pipes(transport, true));
                }

                @Override
                public void broken() {
                    loop.callSoonThreadsafe(() -> transport.sendSignal("SIGPIPE"));
                }
            });
            if (!noStdin) {
                forwardStdin(loop, transport, protocol);
            }
            LoopFuture<Integer> exited = transport.exited();
            Duration grace = Duration.ofMillis((long) (graceSeconds * 1000));
            if (!session.awaitDoneOrSignal(exited)) {
                session.lab().onLoop(() -> transport.stop(grace));
                exited.get(grace.plusSeconds(10));
            }
            int returncode = exited.get(Duration.ofSeconds(5));
            // stopped by a signal we got: 128 + its number, as a shell reports it (SIGINT 130, SIGTERM 143)
            status = session.wasInterrupted() ? ExitCodes.bySignal(session.awaitSignal())
                    : returncode >= 0 ? returncode : 128 - returncode;
        }
        return status;
    }

    private static void pipes(SubprocessTransport transport, boolean reading) {
        for (int fd = 1; fd <= 2; fd++) {
            var pipe = transport.getPipeTransport(fd);
            if (pipe != null) {
                if (reading) {
                    pipe.resumeReading();
                } else {
                    pipe.pauseReading();
                }
            }
        }
    }

    /** Copies our stdin to the child's, waiting whenever the child's pipe is full; closes it at our EOF. */
    private static void forwardStdin(EventLoop loop, SubprocessTransport transport, ExecProtocol protocol) {
        InputStream in = System.in;
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    Bytes data = Bytes.of(buf, 0, n);
                    protocol.awaitWritable();
                    loop.callSoonThreadsafe(() -> {
                        if (!transport.stdin().isClosing()) {
                            transport.stdin().write(data);
                        }
                    });
                }
            } catch (IOException | InterruptedException | IllegalStateException e) {
                // our stdin or the loop is gone: the child gets EOF below, if anyone is left
            }
            try {
                loop.callSoonThreadsafe(() -> transport.stdin().close());
            } catch (IllegalStateException closed) {
                // the run is over
            }
        }, "netlab-exec-stdin");
        t.setDaemon(true);
        t.start();
    }

    /** Hands the child's output to the console and keeps the stdin pipe's flow control for the forwarder. */
    static final class ExecProtocol implements SubprocessProtocol {
        private final ConsolePipes console;
        private boolean paused;

        ExecProtocol(ConsolePipes console) {
            this.console = console;
        }

        @Override
        public void pipeDataReceived(int fd, Bytes data) {
            if (console != null) {
                console.offer(fd, data);
            }
        }

        @Override
        public synchronized void pauseWriting() {
            paused = true;
        }

        @Override
        public synchronized void resumeWriting() {
            paused = false;
            notifyAll();
        }

        @Override
        public synchronized void pipeConnectionLost(int fd, Throwable cause) {
            if (fd == 0) {
                paused = false;
                notifyAll();
            }
        }

        synchronized void awaitWritable() throws InterruptedException {
            while (paused) {
                wait();
            }
        }
    }
}
