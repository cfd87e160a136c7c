package netlab.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import netlab.engine.lab.ServerBehavior;
import netlab.ui.i18n.I18n;
import netlab.ui.testing.Fx;
import netlab.ui.testing.HeadlessBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The server form in the window's language: what the chosen behaviour does, and a port the engine
 * refuses, are said in Chinese once the window is, and in English again after.
 */
@ExtendWith(ApplicationExtension.class)
class ServerCardLanguageTest {
    private final HeadlessBench bench = new HeadlessBench();
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final ServerCardModel model = bench.model().server();
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane(new ServerCard(model, i18n).node());
        stage.setScene(new Scene(root, 420, 640));
        stage.show();
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void theBehavioursDescriptionAndARefusedPortFollowTheLanguage() {
        Label about = Fx.on(() -> (Label) root.lookup("#server-behavior-about"));
        Fx.run(() -> model.behaviorProperty().set(ServerBehavior.ECHO));
        assertThat(Fx.on(about::getText)).isEqualTo(ServerBehavior.ECHO.description());
        Fx.run(() -> model.portProperty().set("70000"));
        assertThat(Fx.on(() -> model.portProblemProperty().get().render(i18n)))
                .isEqualTo("port must be 0..65535 (0 picks a free one), was 70000");

        Fx.run(() -> i18n.localeProperty().set(Locale.SIMPLIFIED_CHINESE));
        assertThat(Fx.on(about::getText)).isEqualTo("流式回显（例程 000）：回显每次读取的数据，直到 EOF，然后关闭");
        assertThat(Fx.on(() -> model.portProblemProperty().get().render(i18n)))
                .isEqualTo("端口必须在 0..65535 之间（0 表示任选一个空闲端口），现在是 70000");

        Fx.run(() -> i18n.localeProperty().set(Locale.ENGLISH));
        assertThat(Fx.on(about::getText)).isEqualTo(ServerBehavior.ECHO.description());
    }
}
