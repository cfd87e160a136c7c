package netlab.engine.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The machine's CPython, the reference the engine is held against (repr of bytes, ipaddress,
 * asyncio's StreamReader, the seeds' own programs). Tests that need it are skipped with a message
 * when there is no {@code python3} of at least 3.8, and fail in CI, where it is installed.
 */
public final class Python {
    private static volatile Optional<Path> found;

    private Python() {
    }

    /** python3, or the test is skipped saying so. */
    public static Path require() {
        return require("to compare against CPython");
    }

    /** python3, or the test is skipped saying what it was wanted for. */
    public static Path require(String why) {
        Optional<Path> p = find();
        Tools.missing(p.isEmpty(), "no python3 (>= 3.8) on PATH " + why);
        return p.get();
    }

    private static Optional<Path> find() {
        Optional<Path> f = found;
        if (f == null) {
            f = Tools.which("python3").filter(Python::works);
            found = f;
        }
        return f;
    }

    private static boolean works(Path python) {
        try (ExternalProcess p = ExternalProcess.start(List.of(python.toString(), "-c",
                "import sys; print(sys.version_info >= (3, 8))"))) {
            return p.waitFor(Duration.ofSeconds(20)) == 0 && p.stdoutLines().contains("True");
        } catch (IOException | AssertionError e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code python3 -c code args...} with {@code stdin}; returns stdout lines, failing on a non-zero exit. */
    public static List<String> exec(String code, String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(require().toString(), "-c", code));
        cmd.addAll(List.of(args));
        return run(cmd, stdin);
    }

    /** Runs a script from the test resources ({@code /cpython/x.py}) with {@code stdin}; returns stdout lines. */
    public static List<String> script(String resource, String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(require().toString(), resourceFile(resource).toString()));
        cmd.addAll(List.of(args));
        return run(cmd, stdin);
    }

    /** Starts a script from the test resources as a long-running process (a server, say). */
    public static ExternalProcess start(String resource, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(require().toString(), "-u", resourceFile(resource).toString()));
        cmd.addAll(List.of(args));
        return ExternalProcess.start(cmd);
    }

    private static List<String> run(List<String> cmd, String stdin) throws IOException, InterruptedException {
        try (ExternalProcess p = ExternalProcess.start(cmd)) {
            p.sendAndCloseStdin(stdin == null ? "" : stdin);
            int exit = p.waitFor(Duration.ofSeconds(60));
            if (exit != 0) {
                throw new AssertionError("python exited " + exit + ":\n" + p.describe());
            }
            return p.stdoutLines();
        }
    }

    /**
     * A test resource as a file: the scripts may live inside the engine's test jar when ui/ or
     * app/ tests use them, so they are copied out.
     */
    public static Path resourceFile(String resource) {
        try (InputStream in = Python.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            Path dir = Files.createTempDirectory("netlab-py");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
