package netlab.ui.settings;

import netlab.ui.testing.LivePorts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import netlab.ui.lab.LabOptions;
import netlab.ui.LabWindow;
import netlab.ui.testing.Fx;
import netlab.ui.testing.TestPresets;
import netlab.ui.testing.Window;
import netlab.ui.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The language and theme switch at run time, and what was chosen is there again next time. */
@ExtendWith(ApplicationExtension.class)
class PreferencesWindowTest {
    private final MemoryPreferences node = new MemoryPreferences();
    private Window w;
    private Window second;

    private LabOptions options(Locale locale) {
        return new LabOptions(locale, List.of(TestPresets.streamEcho(1), TestPresets.slowParts()), List.of(), new Settings(node));
    }

    @Start
    void start(Stage stage) {
        w = Window.open(stage, options(null));
    }

    @AfterEach
    void stop() {
        w.close();
        if (second != null) {
            second.close();
        }
    }

    @Test
    void theLanguageMenuRelabelsEverythingAtOnce(FxRobot robot) {
        w.click(robot, "#language");
        robot.clickOn("简体中文");
        Fx.await(() -> w.label("#preset-status").equals("可以运行"), "the banner speaks Chinese");
        assertThat(Fx.on(() -> ((Button) w.root().lookup("#preset-run")).getText())).isEqualTo("运行");
        assertThat(w.label("#preset-title")).isEqualTo("流式回显：分段发送，按块接收");
        assertThat(Fx.on(() -> ((javafx.scene.control.ToggleButton) w.root().lookup("#view-timeline")).getText())).isEqualTo("时间线");
        assertThat(w.label("#status-seen")).startsWith("事件");
        w.click(robot, "#language");
        robot.clickOn("English");
        Fx.await(() -> w.label("#preset-status").equals("ready to run"), "and back in English");
    }

    @Test
    void whatWasChosenIsThereNextTime(FxRobot robot) {
        w.click(robot, "#theme-toggle");
        assertThat(Fx.on(Application::getUserAgentStylesheet)).isEqualTo(Theme.DARK.userAgentStylesheet());
        Fx.run(() -> w.window.model().i18n().localeProperty().set(Locale.SIMPLIFIED_CHINESE));
        w.click(robot, "#preset-slow-parts");
        w.click(robot, "#preset-free-port");
        w.click(robot, "#side-new");
        w.type(robot, "#server-port", "12345");
        w.type(robot, "#client-host", "localhost");
        w.close();

        second = Fx.on(() -> Window.open(new Stage(), options(null)));
        LabWindow again = second.window;
        assertThat(Fx.on(() -> again.model().themeProperty().get())).isEqualTo(Theme.DARK);
        assertThat(Fx.on(() -> again.model().i18n().localeProperty().get())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Fx.on(() -> again.model().presets().currentProperty().get().id())).isEqualTo("slow-parts");
        assertThat(Fx.on(() -> again.model().presets().recent().stream().map(p -> p.id()).toList())).containsExactly("slow-parts", "stream-echo");
        assertThat(Fx.on(() -> again.model().presets().freePortProperty().get())).isTrue();
        assertThat(Fx.on(() -> again.model().server().portProperty().get())).isEqualTo("12345");
        assertThat(Fx.on(() -> again.model().client().hostProperty().get())).isEqualTo("localhost");
        // a language given explicitly (the command line's) wins over the one remembered
        assertThat(new LabOptions(Locale.ENGLISH, List.of(), List.of(), new Settings(node)).startLocale()).isEqualTo(Locale.ENGLISH);
        w = second;
        second = null;
        Fx.run(() -> w.window.model().themeProperty().set(Theme.LIGHT));
    }

    @Test
    void theWindowOpensWhereItWasClosed() {
        Settings settings = new Settings(node);
        Rectangle2D bounds = Fx.on(() -> {
            Stage stage = new Stage();
            LabWindow shown = LabWindow.show(stage, LivePorts.of(w.lab), new LabOptions(Locale.ENGLISH, List.of(), List.of(), settings));
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(700);
            stage.close();
            return settings.windowBounds();
        });
        assertThat(bounds).isEqualTo(new Rectangle2D(40, 30, 1100, 700));
        Rectangle2D reopened = Fx.on(() -> {
            Stage stage = new Stage();
            LabWindow.show(stage, LivePorts.of(w.lab), new LabOptions(Locale.ENGLISH, List.of(), List.of(), settings));
            Rectangle2D r = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            stage.close();
            return r;
        });
        assertThat(reopened.getMinX()).isEqualTo(40);
        assertThat(reopened.getMinY()).isEqualTo(30);
        assertThat(reopened.getWidth()).isEqualTo(1100);
    }

    @Test
    void theSystemLanguageIsTheDefaultAndOnlyTheTwoSpokenOnesAreUsed() {
        assertThat(LabOptions.supported(Locale.forLanguageTag("zh-TW"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(LabOptions.supported(Locale.FRENCH)).isEqualTo(Locale.ENGLISH);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.CHINA);
            assertThat(new LabOptions(null, List.of(), List.of(), Settings.inMemory()).startLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        } finally {
            Locale.setDefault(before);
        }
    }
}
