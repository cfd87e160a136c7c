package netlab.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javafx.stage.Stage;
import netlab.ui.lab.LabOptions;
import netlab.ui.testing.Fx;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The server form with a rules file: loaded through the file port (the file chooser's part), the
 * server started by a click answers PING 42 with PONG 42 over a real socket and its pane shows the
 * rule under the read; a wrong file is the form's failure with its line and field.
 */
@ExtendWith(ApplicationExtension.class)
class RulesFormWindowTest {
    private Window w;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, LabOptions.bare(Locale.ENGLISH));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @Test
    void aServerStartedFromTheFormWithARulesFileAnswersByItsRules(FxRobot robot) throws Exception {
        ServerCardModel form = w.window.model().server();
        Fx.run(() -> form.loadRules(Path.of("../examples/ping-pong.rules.json")));
        Fx.await(() -> w.label("#server-rules-file").equals("ping-pong.rules.json: 4 rule(s), lines"), "the rules are loaded");
        // the file's rules land in the form's editor, in order, to be edited
        assertThat(Fx.on(() -> form.rulesEditor().rules().stream().map(r -> r.name()).toList()).get(0)).isEqualTo("ping");
        assertThat(Fx.on(() -> form.rulesEditor().rules().size())).isEqualTo(4);
        w.type(robot, "#server-port", "0");
        w.click(robot, "#server-start");
        Fx.await(() -> w.label("#server-status").startsWith("Listening on"), "the server listens");
        int port = Fx.on(() -> form.listeningPortProperty().get());
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write("PING 42\n".getBytes(StandardCharsets.UTF_8));
            assertThat(new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine()).isEqualTo("PONG 42");
        }
        w.awaitPane("the rule's line in the connection's pane", p -> p.text().contains("↳ rule 1 'ping' matched b'PING 42'"));

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"rules\": [\n {\"match\": {\"regex\": \"(\"}}]}");
        Fx.run(() -> form.loadRules(bad));
        Fx.await(() -> w.root().lookup("#server-failure") instanceof javafx.scene.control.Label l
                && l.getText() != null && l.getText().contains(":2: rules[0].match.regex: invalid regex"), "the wrong file is said");
        assertThat(w.label("#server-rules-file")).isEqualTo("ping-pong.rules.json: 4 rule(s), lines");
        w.click(robot, "#server-rules-clear");
        Fx.await(() -> w.label("#server-rules-file").equals("no rules: the behaviour answers"), "the rules are forgotten");
        assertThat(Fx.on(() -> form.rulesEditor().rules())).isEmpty();
    }
}
