package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} uses no preset, so it must not pay for reading them: Jackson's data binding takes
 * about 150 ms to load, a third of the half second in which {@code serve} is to be listening
 * (issue 17). Main makes the preset library for every command; it is read when first asked for.
 */
class ServeStartsLightTest {
    private static final Duration T = Duration.ofSeconds(20);

    @Test
    void serveListensWithoutLoadingJacksonsDataBinding(@TempDir Path dir) throws Exception {
        Path classes = dir.resolve("classes.log");
        // the java launcher reads JDK_JAVA_OPTIONS: the JVM logs each class it loads
        List<String> wrapper = List.of("env", "JDK_JAVA_OPTIONS=-Xlog:class+load=info:file=" + classes);
        try (NetlabProcess serve = NetlabProcess.startUnder(wrapper, "serve", "--port", "0")) {
            serve.awaitLine("main: starting up on 127\\.0\\.0\\.1 port (\\d+)", T);
            serve.signal("INT");
            assertThat(serve.awaitExit(T)).isZero();
        }
        List<String> loaded = Files.readAllLines(classes);
        assertThat(loaded).anyMatch(line -> line.contains(" netlab.app.Main "));
        assertThat(loaded).anyMatch(line -> line.contains(" netlab.app.preset.UserPresets "));
        assertThat(loaded).noneMatch(line -> line.contains(" com.fasterxml.jackson.databind.ObjectMapper "));
    }
}
