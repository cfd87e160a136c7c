package netlab.engine.subprocess;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import netlab.engine.loop.EventLoop;
import netlab.engine.loop.TimerHandle;

/**
 * The signals one child is sent, and how: Java sends TERM and KILL itself, any other signal goes
 * by the system's {@code kill} on a helper thread. What was sent is remembered, so that the JDK's
 * exit status 128+N reads as asyncio's returncode {@code -N} when it was we who sent signal N.
 * Loop thread only.
 */
final class ChildSignals {
    private final EventLoop loop;
    private final Process process;
    private final Set<Integer> sent = new HashSet<>();

    ChildSignals(EventLoop loop, Process process) {
        this.loop = loop;
        this.process = process;
    }

    /** Sends signal {@code name} ({@code TERM}, {@code INT}, ... as {@link SignalNumbers#name} gives it). */
    void send(String name) {
        sent.add(SignalNumbers.number(name));
        switch (name) {
            case "TERM" -> process.destroy();
            case "KILL" -> process.destroyForcibly();
            default -> {
                long pid = process.pid();
                loop.runInExecutor(() -> new ProcessBuilder("kill", "-s", name, Long.toString(pid))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor());
            }
        }
    }

    /**
     * SIGTERM to the child and its descendants, and after {@code grace} SIGKILL to any of them
     * still alive, unless {@code over} says by then that the child is gone; returns the timer of
     * the SIGKILL, to cancel once it is.
     */
    TimerHandle stop(Duration grace, BooleanSupplier over) {
        List<ProcessHandle> family = process.descendants().toList();
        sent.add(15);
        // the child first: a shell whose children went first could finish its script and exit 0
        // before its own SIGTERM came, and a stop must end the child by the signal it says it sent
        process.destroy();
        family.forEach(ProcessHandle::destroy);
        return loop.callLater(grace, "SIGKILL after the grace", () -> {
            if (!over.getAsBoolean()) {
                sent.add(9);
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                family.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        });
    }

    /** asyncio's returncode: -N for signal N. Java reports a signal as 128+N; it is one if we sent it. */
    int returncodeOf(int status) {
        if (status > 128 && status < 128 + 65 && sent.contains(status - 128)) {
            return -(status - 128);
        }
        return status;
    }
}
