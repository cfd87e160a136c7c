package netlab.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.stage.Stage;
import netlab.ui.lab.LabOptions;
import netlab.ui.settings.Settings;
import netlab.ui.testing.Fx;
import netlab.ui.testing.TestPresets;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A word typed into the library's filter keeps finding its presets when the language is switched. */
@ExtendWith(ApplicationExtension.class)
class LibraryFilterLanguageTest {
    private Window w;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, new LabOptions(Locale.ENGLISH,
                List.of(TestPresets.streamEcho(3), TestPresets.streamEchoRelay(), TestPresets.slowParts()), List.of(),
                Settings.inMemory()));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @Test
    void anEnglishFilterLeftInTheBoxStillFindsThePresetsInChinese(FxRobot robot) {
        w.type(robot, "#library-filter", "pause");
        Fx.await(() -> w.label("#library-count").equals("Showing 1 of 3 presets"), "the English filter finds the pause");
        Fx.run(() -> w.window.model().i18n().localeProperty().set(Locale.SIMPLIFIED_CHINESE));
        Fx.await(() -> w.label("#library-count").equals("显示 1 / 3 个预设"), "after the switch: " + w.label("#library-count"));
        assertThat(Fx.on(() -> w.root().lookup("#preset-slow-parts") != null)).isTrue();
        // and a Chinese word finds it in English
        w.type(robot, "#library-filter", "停顿");
        Fx.run(() -> w.window.model().i18n().localeProperty().set(Locale.ENGLISH));
        Fx.await(() -> w.label("#library-count").equals("Showing 1 of 3 presets"), "a Chinese filter in English: " + w.label("#library-count"));
    }
}
