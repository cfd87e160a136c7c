package netlab.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import netlab.engine.lab.ServerSpec;
import netlab.engine.transport.ReuseOptions;
import netlab.ui.i18n.I18n;
import netlab.ui.testing.Fx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * On a system without SO_REUSEPORT (Windows) the server form's box is off and cannot be ticked, its
 * holder's tooltip says why (a disabled box shows none of its own), in English and Chinese, and a
 * server started from the form never asks for it. This machine has it: the system is said not to.
 */
@ExtendWith(ApplicationExtension.class)
class ReusePortUnsupportedTest {
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final UdpServerOptions model = new UdpServerOptions(false);
    private Node root;

    @Start
    void start(Stage stage) {
        root = new UdpServerSection(model, i18n).node();
        ((javafx.scene.control.TitledPane) root).setExpanded(true);
        stage.setScene(new Scene((javafx.scene.Parent) root, 420, 320));
        stage.show();
    }

    @Test
    void theBoxIsOffWithTheReasonAndTheServerDoesNotAskForIt() {
        Fx.run(() -> model.udpProperty().set(true));
        CheckBox box = Fx.on(() -> (CheckBox) root.lookup("#server-reuse-port"));
        assertThat(Fx.on(box::isDisabled)).as("off for good, UDP or not").isTrue();
        assertThat(Fx.on(() -> root.lookup("#server-reuse-address").isDisabled())).as("SO_REUSEADDR is everywhere").isFalse();
        Tooltip why = Fx.on(() -> (Tooltip) root.lookup("#server-reuse-port-holder").getProperties().get("javafx.scene.control.Tooltip"));
        assertThat(why).as("the reason sits on the box's holder").isNotNull();
        assertThat(Fx.on(why::getText)).isEqualTo("SO_REUSEPORT is not available: this system's sockets do not have it (Windows has none)");
        Fx.run(() -> i18n.localeProperty().set(Locale.SIMPLIFIED_CHINESE));
        assertThat(Fx.on(why::getText)).isEqualTo("SO_REUSEPORT 不可用：本系统的套接字不支持它（Windows 没有）");

        // asked for anyway (a form memory, a binding): the spec the form makes has SO_REUSEADDR only
        Fx.run(() -> {
            model.reuseAddressProperty().set(true);
            model.reusePortProperty().set(true);
        });
        ServerSpec.Builder b = ServerSpec.builder().port(0);
        assertThat(Fx.on(() -> model.applyTo(b, "127.0.0.1").isOk())).isTrue();
        assertThat(b.build().reuse()).isEqualTo(new ReuseOptions(true, false));
    }
}
