package netlab.engine.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real child process (a Python peer, socat, nc) whose stdout and stderr are collected line by
 * line on their own threads, with bounded waits. Closing it kills it if it is still running.
 */
public final class ExternalProcess implements AutoCloseable {
    private final List<String> command;
    private final Process process;
    private final List<String> stdout = new ArrayList<>();
    private final List<String> stderr = new ArrayList<>();
    private final Thread outPump;
    private final Thread errPump;

    private ExternalProcess(List<String> command, Path dir) throws IOException {
        this.command = List.copyOf(command);
        ProcessBuilder pb = new ProcessBuilder(command);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        pb.environment().put("PYTHONUNBUFFERED", "1");
        this.process = pb.start();
        this.outPump = pump(process.getInputStream(), stdout, "stdout");
        this.errPump = pump(process.getErrorStream(), stderr, "stderr");
    }

    public static ExternalProcess start(List<String> command) throws IOException {
        return new ExternalProcess(command, null);
    }

    private Thread pump(InputStream in, List<String> into, String what) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (this) {
                        into.add(line);
                        notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // the process went away; what was read is kept
            }
        }, "pump-" + what + "-" + command.get(0));
        t.setDaemon(true);
        t.start();
        return t;
    }

    public long pid() {
        return process.pid();
    }

    public OutputStream stdin() {
        return process.getOutputStream();
    }

    /** Writes {@code text} to the child's stdin and closes it (the child reads EOF). */
    public void sendAndCloseStdin(String text) throws IOException {
        try (OutputStream in = process.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Waits for a stdout or stderr line that matches, and returns it. */
    public String awaitLine(Predicate<String> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                for (String line : all()) {
                    if (match.test(line)) {
                        return line;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !outPump.isAlive() && !errPump.isAlive())) {
                    throw new AssertionError("no matching line from " + command + " within " + timeout
                            + (process.isAlive() ? "" : " (it exited " + process.exitValue() + ")") + "; it printed:\n" + describe());
                }
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    /** Waits for the process to exit and its output to be read; returns the exit code. */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(command + " did not exit within " + timeout + "; it printed:\n" + describe());
        }
        outPump.join(timeout.toMillis());
        errPump.join(timeout.toMillis());
        return process.exitValue();
    }

    /**
     * Sends SIGTERM and keeps reading what the process prints as it stops. (Process.destroy()
     * would also close its pipes, losing its last words.)
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    public synchronized List<String> stdoutLines() {
        return List.copyOf(stdout);
    }

    public synchronized List<String> stderrLines() {
        return List.copyOf(stderr);
    }

    private List<String> all() {
        List<String> lines = new ArrayList<>(stdout);
        lines.addAll(stderr);
        return lines;
    }

    public synchronized String describe() {
        return "  stdout: " + stdout + "\n  stderr: " + stderr;
    }

    /** Stops the process if it still runs: SIGTERM, then SIGKILL after 2 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
