package netlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The preferences follow $HOME (the JDK alone looks at the account's home directory); the packaged window's test sees the file written there. */
class PreferencesLocationTest {
    @Test
    void thePreferencesRootIsHomeAsTheEnvironmentSaysIt() {
        assertThat(GuiLauncher.preferencesRoot(Map.of("HOME", "/tmp/a-class-home"))).isEqualTo(Path.of("/tmp/a-class-home"));
        assertThat(GuiLauncher.preferencesRoot(Map.of())).isEqualTo(Path.of(System.getProperty("user.home")));
    }
}
