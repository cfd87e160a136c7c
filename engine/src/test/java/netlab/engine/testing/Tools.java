package netlab.engine.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * Programs a test runs (python3, socat, nc, openssl, tshark, Xvfb). A missing one skips the test
 * with a message on a developer's machine, and fails it in CI ({@code CI=true}), where
 * {@code .ci/run} installs them all: a test that cannot run must never pass quietly there.
 */
public final class Tools {
    private Tools() {
    }

    /** The executable {@code name} found on PATH, like {@code which}. */
    public static Optional<Path> which(String name) {
        return whichIn(System.getenv("PATH"), name);
    }

    /** The executable {@code name} found on {@code path} (directories as PATH lists them). */
    public static Optional<Path> whichIn(String path, String name) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The executable, or the test is skipped (failed in CI) saying which program was missing and why it was wanted. */
    public static Path require(String name, String why) {
        Optional<Path> found = which(name);
        missing(found.isEmpty(), "'" + name + "' is not on PATH (" + why + ")");
        return found.get();
    }

    /** True in CI ({@code CI=true}, as .ci/run is run): every tool is installed there, so none may be missing. */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * When {@code missing}, skips the test saying {@code what} is missing, or in CI fails it: a
     * test that does not run must say so, and in CI it must run.
     */
    public static void missing(boolean missing, String what) {
        if (!missing) {
            return;
        }
        if (inCi()) {
            throw new AssertionError("CI must run this test, but " + what + ": .ci/run installs it");
        }
        Assumptions.abort("skipped: " + what);
    }
}
