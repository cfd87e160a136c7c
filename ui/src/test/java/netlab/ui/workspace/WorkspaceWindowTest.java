package netlab.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.net.HostPort;
import netlab.engine.relay.SplitMode;
import netlab.engine.rules.RulesFile;
import netlab.engine.workspace.Workspace;
import netlab.engine.workspace.WorkspaceFile;
import netlab.ui.lab.LabOptions;
import netlab.ui.settings.Settings;
import netlab.ui.testing.Fx;
import netlab.ui.testing.TestPresets;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A bench saved from one window reopens in another NetLab (a second lab and window): the same
 * servers with their rules and relays, answering over real sockets, the rule's match in the pane;
 * a workspace from a newer NetLab is refused with the reason and starts nothing.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceWindowTest {
    private static final Duration T = Duration.ofSeconds(30);
    private final Settings settings = Settings.inMemory();
    private Window first;
    private Window second;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        first = Window.open(stage, new LabOptions(Locale.ENGLISH, List.of(TestPresets.streamEchoRelay()), List.of(), settings));
    }

    @AfterEach
    void stop() {
        first.close();
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aBenchSavedInOneWindowReopensInANewNetLabAndAnswersByItsRules(FxRobot robot) throws Exception {
        ServerSpec rules = ServerSpec.builder().port(0).rules(RulesFile.read(Path.of("../examples/ping-pong.rules.json"))).build();
        first.window.model().commands().startServer(rules).get(30, TimeUnit.SECONDS);
        first.window.model().commands().startRelay(RelaySpec.builder().port(0).target(new HostPort("127.0.0.1", 9))
                .split(SplitMode.fixed(3)).seed(7).build()).get(30, TimeUnit.SECONDS);
        assertThat(Fx.on(() -> first.root().lookup("#workspace-menu"))).isNotNull();

        // the window's layout goes with the bench: the timeline in front, the side bar in, the banner folded
        Fx.run(() -> first.window.view().showView("timeline"));
        first.click(robot, "#preset-fold");
        first.click(robot, "#sidebar-toggle");
        Fx.await(() -> first.root().lookup("#sidebar") == null, "the side bar is in");

        Path file = dir.resolve("bench" + WorkspaceFile.SUFFIX);
        WorkspaceModel saving = first.window.model().workspace();
        saving.save(file).get(30, TimeUnit.SECONDS);
        Fx.await(() -> saving.doneProperty().get() != null, "the save is said");
        assertThat(Fx.on(() -> saving.doneProperty().get())).isEqualTo("saved bench.netlab-workspace.json: 1 server(s), 1 relay(s), 0 client(s)");
        assertThat(Fx.on(() -> List.copyOf(saving.recent()))).containsExactly(file.toAbsolutePath().toString());
        Workspace saved = WorkspaceFile.read(file);
        assertThat(saved.servers()).containsExactly(rules);
        String presetId = TestPresets.streamEchoRelay().id();
        assertThat(saved.layout()).contains(new netlab.engine.workspace.WorkspaceLayout("timeline", false, true, presetId));

        // another NetLab: a lab and a window of its own, sharing nothing but the file
        Fx.run(() -> second = Window.open(new Stage(), new LabOptions(Locale.ENGLISH, List.of(TestPresets.streamEchoRelay()), List.of(),
                Settings.inMemory())));
        Fx.await(() -> second != null, "the second window is up");
        Workspace opened = second.window.model().workspace().open(file).get(30, TimeUnit.SECONDS);
        assertThat(opened).isEqualTo(saved);
        // the second window shows it as the first did
        Fx.await(() -> "timeline".equals(second.window.view().currentView()), "the timeline in front");
        assertThat(Fx.on(() -> second.root().lookup("#sidebar") == null)).as("the side bar in").isTrue();
        assertThat(Fx.on(() -> second.root().lookup("#preset-summary").isVisible())).as("the banner folded").isFalse();
        assertThat(Fx.on(() -> second.window.model().presets().currentProperty().get().id())).isEqualTo(presetId);
        Fx.run(() -> second.window.view().showView("panes"));
        ServerEndpoint server = (ServerEndpoint) second.lab.endpoint("server-1");
        assertThat(server.spec()).isEqualTo(rules);
        assertThat(second.lab.endpoint("relay-1")).isNotNull();
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout((int) T.toMillis());
            s.getOutputStream().write("PING 42\n".getBytes(StandardCharsets.UTF_8));
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("PONG 42");
        }
        // the rule that answered sits in the connection's pane, under the read it answered
        second.awaitPane("the rule's match in the pane", p -> p.text().contains("↳ rule 1 'ping' matched b'PING 42': replies b'PONG 42\\n'"));
    }

    @Test
    void aWorkspaceFromANewerNetLabIsRefusedWithTheReasonAndStartsNothing() throws Exception {
        Path file = dir.resolve("newer.json");
        Files.writeString(file, "{\"format\": \"netlab-workspace\", \"version\": 3, \"servers\": [{\"port\": 0}]}");
        WorkspaceModel model = first.window.model().workspace();
        int before = first.window.model().commands().endpoints().size();
        try {
            model.open(file).get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
            // the problem property says it to the person
        }
        Fx.await(() -> model.problemProperty().get() != null, "the refusal is shown");
        assertThat(Fx.on(() -> model.problemProperty().get())).isEqualTo(file
                + ":1: version: this workspace is format version 3, made by a newer NetLab; this NetLab reads version 2: update NetLab to open it");
        assertThat(first.window.model().commands().endpoints()).hasSize(before);
    }
}
