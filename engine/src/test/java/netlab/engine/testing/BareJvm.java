package netlab.engine.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class's {@code main} run in a child JVM on this test's class path but without any of the
 * test JVM's options (no exports, no native access): what NetLab does on a JVM started bare.
 */
public final class BareJvm {
    /** How the child ended: its exit status and its stdout and stderr lines, in order. */
    public record Outcome(int exitValue, List<String> lines) {
    }

    private BareJvm() {
    }

    /** Runs {@code main} and waits for it, at most a minute; a child still running then fails the test. */
    public static Outcome run(Class<?> main) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName())
                .redirectErrorStream(true).start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError(main.getSimpleName() + " did not end within a minute");
            }
            return new Outcome(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } finally {
            p.destroyForcibly();
        }
    }
}
