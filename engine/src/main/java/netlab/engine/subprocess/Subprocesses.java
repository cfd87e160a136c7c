package netlab.engine.subprocess;

import java.util.function.Supplier;

import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;

/**
 * {@code loop.subprocess_exec} (a protocol) and {@code asyncio.create_subprocess_exec} (streams).
 * The arguments are a list handed to the system as they are; {@link ProcessSpec#shell} is the
 * only way to a shell. Events go to the pane of whoever starts the child (the running task's or
 * connection's origin). Loop thread only.
 */
public final class Subprocesses {
    private Subprocesses() {
    }

    /** {@code transport, protocol = await loop.subprocess_exec(factory, *argv, stdin=..., ...)}. */
    public static <P extends SubprocessProtocol> LoopFuture<SubprocessConnected<P>> subprocessExec(EventLoop loop,
                                                                                                  Supplier<P> factory,
                                                                                                  ProcessSpec spec) {
        if (!loop.inLoop()) {
            throw new IllegalStateException("subprocess_exec must run on the loop thread");
        }
        return SubprocessTransport.start(loop, factory, spec, loop.currentOrigin());
    }

    /** {@code proc = await asyncio.create_subprocess_exec(*argv, stdout=PIPE, ...)}. */
    public static LoopFuture<ChildProcess> createSubprocessExec(EventLoop loop, ProcessSpec spec) {
        LoopFuture<ChildProcess> result = loop.<ChildProcess>createFuture().label("create_subprocess_exec(" + spec.display() + ")");
        subprocessExec(loop, () -> new SubprocessStreamProtocol(loop, spec.limit()), spec).addDoneCallback(f -> {
            if (f.cancelled()) {
                result.cancel();
            } else if (f.exception() != null) {
                result.trySetException(f.exception());
            } else if (!result.trySetResult(new ChildProcess(loop, f.result().transport(), f.result().protocol()))) {
                f.result().transport().close(); // cancelled meanwhile: as asyncio, what was started is not left running
            }
        });
        return result;
    }
}
