package netlab.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real {@code netlab} process (the app's main class on this test's class path), its output
 * collected line by line, every wait bounded.
 */
final class NetlabProcess implements AutoCloseable {
    /**
     * The tests' class path has slf4j-api (ArchUnit brings it) and no provider, so Netty, which
     * logs through SLF4J when it finds it, would make SLF4J warn on every child's stderr; NetLab
     * itself ships no SLF4J.
     */
    static final String QUIET_SLF4J = "-Dslf4j.internal.verbosity=ERROR";
    private final Process process;
    private final List<String> out = new ArrayList<>();
    private final List<String> err = new ArrayList<>();
    private final List<Thread> pumps = new ArrayList<>();

    private NetlabProcess(Process process) {
        this.process = process;
        pumps.add(pump(process.inputReader(StandardCharsets.UTF_8), out));
        pumps.add(pump(process.errorReader(StandardCharsets.UTF_8), err));
    }

    /** A process started otherwise (by the launcher script, say), read the same way. */
    static NetlabProcess of(Process process) {
        return new NetlabProcess(process);
    }

    static NetlabProcess start(String... args) throws IOException {
        return startUnder(List.of(), args);
    }

    /** Started by {@code wrapper} (e.g. setpriv with its options), which then runs the JVM. */
    static NetlabProcess startUnder(List<String> wrapper, String... args) throws IOException {
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of(javaBinary(),
                "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED", QUIET_SLF4J,
                "-cp", appClassPath(), "netlab.app.Main"));
        command.addAll(List.of(args));
        return new NetlabProcess(new ProcessBuilder(command).start());
    }

    /**
     * This test's class path without what only the tests use and the app does not ship (SLF4J,
     * which ArchUnit brings, would make Netty log through it and print a warning on stderr).
     */
    static String appClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j") && !entry.contains("archunit"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /**
     * As {@link #start}, with SIGINT ignored, as a shell starts a background job ({@code netlab ... &}):
     * the JVM then installs no handler for it.
     */
    static NetlabProcess startIgnoringSigint(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "trap '' INT; exec \"$@\"", "sh", javaBinary(),
                "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED", QUIET_SLF4J,
                "-cp", appClassPath(), "netlab.app.Main"));
        command.addAll(List.of(args));
        return new NetlabProcess(new ProcessBuilder(command).start());
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static Thread pump(BufferedReader reader, List<String> into) {
        Thread t = new Thread(() -> {
            try (reader) {
                String line;
                while ((line = reader.readLine()) != null) {
                    synchronized (into) {
                        into.add(line);
                        into.notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "netlab-process-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits for a stdout line matching {@code regex}; returns the match. */
    Matcher awaitLine(String regex, Duration timeout) throws InterruptedException {
        Pattern p = Pattern.compile(regex);
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (out) {
            int checked = 0;
            while (true) {
                for (; checked < out.size(); checked++) {
                    Matcher m = p.matcher(out.get(checked));
                    if (m.matches()) {
                        return m;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no line matching " + regex + " within " + timeout + "\nstdout:\n"
                            + String.join("\n", out) + "\nstderr:\n" + stderr());
                }
                out.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
        if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new AssertionError("kill -" + name + " failed");
        }
    }

    /** Waits for the process to end and its output to be read; returns the exit status. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after " + timeout + "\nstdout:\n" + String.join("\n", stdout())
                    + "\nstderr:\n" + stderr());
        }
        for (Thread pump : pumps) {
            pump.join(timeout.toMillis()); // the pumps read the last lines until the pipes close
        }
        return process.exitValue();
    }

    List<String> stdout() {
        synchronized (out) {
            return List.copyOf(out);
        }
    }

    String stderr() {
        synchronized (err) {
            return String.join("\n", err);
        }
    }

    long pid() {
        return process.pid();
    }

    /** What the process reads as its stdin. */
    java.io.OutputStream stdin() {
        return process.getOutputStream();
    }

    /** Waits until a stderr line matching {@code regex} has come; returns it. */
    String awaitErrLine(String regex, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (err) {
            while (true) {
                for (String line : err) {
                    if (line.matches(regex)) {
                        return line;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no stderr line matching " + regex + " within " + timeout + "\nstderr:\n" + stderr());
                }
                err.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
