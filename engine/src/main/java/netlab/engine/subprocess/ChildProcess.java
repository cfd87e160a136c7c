package netlab.engine.subprocess;

import java.time.Duration;

import netlab.engine.bytes.Bytes;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.stream.StreamReader;

/**
 * asyncio's {@code asyncio.subprocess.Process}: a child with stream readers on its stdout and
 * stderr and a writer on its stdin (each null unless that stream is a pipe), its returncode once
 * it exited, and {@code wait}, {@code communicate}, {@code send_signal}, {@code terminate},
 * {@code kill}; plus {@link #stop(Duration)}, SIGTERM then SIGKILL.
 */
public final class ChildProcess {
    private final EventLoop loop;
    private final SubprocessTransport transport;
    private final SubprocessStreamProtocol protocol;
    private final PipeWriter stdin;

    ChildProcess(EventLoop loop, SubprocessTransport transport, SubprocessStreamProtocol protocol) {
        this.loop = loop;
        this.transport = transport;
        this.protocol = protocol;
        this.stdin = transport.stdin() == null ? null : new PipeWriter(transport.stdin(), protocol, transport);
    }

    public long pid() {
        return transport.getPid();
    }

    /** {@code proc.stdout}: null unless stdout is a pipe. */
    public StreamReader stdout() {
        return protocol.stdout();
    }

    public StreamReader stderr() {
        return protocol.stderr();
    }

    public PipeWriter stdin() {
        return stdin;
    }

    /** The returncode once the child exited ({@code -N} for signal N), else null. */
    public Integer returncode() {
        return transport.getReturncode();
    }

    /** {@code await proc.wait()}: done with the returncode once the child exited. */
    public LoopFuture<Integer> waitExit() {
        return transport.exited();
    }

    /** Output of {@link #communicate}: what the child wrote to stdout and stderr (null where not a pipe). */
    public record Output(Bytes stdout, Bytes stderr, int returncode) {
    }

    /**
     * {@code proc.communicate(input)}: writes {@code input} (may be null) to stdin and closes it,
     * reads stdout and stderr to EOF, and waits for the exit. Inside a task, or as a future to await.
     */
    public LoopFuture<Output> communicate(Bytes input) {
        return loop.createTask("communicate pid " + pid(), () -> {
            if (stdin != null) {
                if (input != null && !input.isEmpty()) {
                    stdin.write(input);
                    try {
                        stdin.drain().await();
                    } catch (netlab.engine.errors.BrokenPipeError ignored) {
                        // as asyncio: a child that does not read its input is not an error here
                    }
                }
                stdin.close();
            }
            LoopFuture<Bytes> out = stdout() != null ? stdout().read(-1) : null;
            LoopFuture<Bytes> err = stderr() != null ? stderr().read(-1) : null;
            Bytes o = out == null ? null : out.await();
            Bytes e = err == null ? null : err.await();
            int code = waitExit().await();
            return new Output(o, e, code);
        });
    }

    public void sendSignal(String signal) {
        transport.sendSignal(signal);
    }

    public void terminate() {
        transport.terminate();
    }

    public void kill() {
        transport.kill();
    }

    /** SIGTERM to the child and its descendants, SIGKILL after {@code grace}; done with the returncode. */
    public LoopFuture<Integer> stop(Duration grace) {
        return transport.stop(grace);
    }

    public SubprocessTransport transport() {
        return transport;
    }

    @Override
    public String toString() {
        return "<Process " + pid() + (returncode() == null ? "" : " returncode=" + returncode()) + ">";
    }
}
