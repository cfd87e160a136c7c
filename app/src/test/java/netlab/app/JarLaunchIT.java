package netlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import netlab.engine.loop.Continuations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as a person would: {@code java -jar netlab-app.jar ...} needs no JVM
 * option (its manifest gives the class path and the export tasks need), and the same classes
 * started without the export say so in one line instead of a stack trace.
 */
class JarLaunchIT {
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("netlab.jar", "target/netlab-app.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String a : args) {
            command.add(a.replace("JAR", jar.toString()));
        }
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        try {
            assertThat(p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("%s ended", command).isTrue();
            return new Run(p.exitValue(), out.get(WAIT_SECONDS, TimeUnit.SECONDS), err.get(WAIT_SECONDS, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the output of " + command + " was not read", e);
        } finally {
            p.destroyForcibly();
        }
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void versionRunsFromTheJar() throws Exception {
        Run r = run("-jar", "JAR", "--version");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("NetLab").contains("Java ");
    }

    @Test
    void aPresetRunsItsTasksFromTheJarWithoutAnyJvmOption() throws Exception {
        Run r = run("-jar", "JAR", "run", "call-soon");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().lines()).contains("Hello World", "main: closing event loop");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void withoutTheExportACommandThatRunsALabSaysWhatToDoInOneLine() throws Exception {
        Run r = run("-cp", "JAR", "netlab.app.Main", "run", "call-soon");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        List<String> lines = r.err().lines().filter(l -> !l.startsWith("WARNING")).toList();
        assertThat(lines).singleElement().asString().startsWith("netlab: " + Continuations.REQUIRED);
        assertThat(r.err()).doesNotContain("\tat ");
    }

    @Test
    void withoutTheExportACommandThatRunsNoLabStillWorks() throws Exception {
        Run r = run("-cp", "JAR", "netlab.app.Main", "presets");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("call-soon");
        try (var written = Files.list(dir)) {
            assertThat(written).as("nothing written where it ran").isEmpty();
        }
    }
}
