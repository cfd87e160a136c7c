package netlab.engine.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/** Programs a test may run if the machine has them; a missing one skips the test with a message. */
public final class Tools {
    private Tools() {
    }

    /** The executable {@code name} found on PATH, like {@code which}. */
    public static Optional<Path> which(String name) {
        String path = System.getenv("PATH");
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

    /** The executable, or the test is skipped saying which program was missing and why it was wanted. */
    public static Path require(String name, String why) {
        Optional<Path> found = which(name);
        Assumptions.assumeTrue(found.isPresent(), () -> "skipped: '" + name + "' is not on PATH (" + why + ")");
        return found.get();
    }
}
