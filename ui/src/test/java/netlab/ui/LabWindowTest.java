package netlab.ui;

import netlab.ui.lab.LabOptions;
import netlab.ui.testing.LivePorts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import netlab.engine.lab.Lab;
import netlab.ui.testing.Fx;
import netlab.ui.testing.ShownPanes.Shown;
import netlab.ui.testing.ShownPanes;
import netlab.ui.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window with a real lab, driven by clicks and keys, checked by what its panes show. */
@ExtendWith(ApplicationExtension.class)
class LabWindowTest {
    private static final String MESSAGE = "This is the message. It will be sent in parts.";
    private static final Pattern READ_BADGE = Pattern.compile("▼ read (\\d+) · (\\d+) B at (\\d+)");

    private Lab lab;
    private LabWindow window;

    @Start
    void start(Stage stage) {
        lab = new Lab();
        window = LabWindow.create(LivePorts.of(lab), LabOptions.bare(Locale.ENGLISH));
        stage.setScene(new Scene(window.root(), 1280, 800));
        window.start();
        stage.show();
    }

    @AfterEach
    void stop() {
        Fx.run(window::close);
        lab.close();
    }

    private void click(FxRobot robot, String query) {
        netlab.ui.testing.Reveal.click(robot, window.root(), query);
    }

    private void type(FxRobot robot, String field, String text) {
        click(robot, field);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
    }

    private String label(String id) {
        return Fx.on(() -> ((Label) window.root().lookup(id)).getText());
    }

    private boolean shown(String id) {
        return Fx.on(() -> window.root().lookup(id).isVisible());
    }

    private int startServerOnAFreePort(FxRobot robot) {
        type(robot, "#server-port", "0");
        click(robot, "#server-start");
        Fx.await(() -> ((Label) window.root().lookup("#server-status")).getText().startsWith("Listening on"),
                "the server card says it listens");
        Matcher m = Pattern.compile("port (\\d+)").matcher(label("#server-status"));
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private Shown pane(String what, java.util.function.Predicate<Shown> match) {
        Fx.await(() -> ShownPanes.find(window.root(), match).isPresent(), what);
        return Fx.on(() -> ShownPanes.find(window.root(), match).orElseThrow());
    }

    private Shown awaitPane(String what, java.util.function.Predicate<Shown> match) {
        Fx.await(() -> ShownPanes.find(window.root(), match).isPresent(), java.time.Duration.ofSeconds(15),
                () -> what + "; panes now:\n" + Fx.on(() -> ShownPanes.of(window.root())).stream()
                        .map(p -> "[" + p.title() + " | " + p.state() + "]\n" + p.text()).reduce("", (a, b) -> a + b + "\n"));
        return Fx.on(() -> ShownPanes.find(window.root(), match).orElseThrow());
    }

    @Test
    void theSeedsExperimentByClicksShowsEachSideInItsOwnPane(FxRobot robot) {
        int port = startServerOnAFreePort(robot);
        assertThat(Fx.on(() -> window.model().client().portProperty().get())).isEqualTo(String.valueOf(port));

        click(robot, "#client-send");

        Shown client = awaitPane("the client pane, closed",
                p -> p.title().equals("echo_client · client-1") && p.state().equals("closed"));
        Shown server = awaitPane("a server connection pane, closed",
                p -> p.title().matches("echo_127\\.0\\.0\\.1_\\d+") && p.state().equals("closed"));

        assertThat(client.lines()).contains(
                "echo_client: connecting to 127.0.0.1 port " + port,
                "echo_client: sending b'This is the message. '",
                "echo_client: sending b'It will be sent '",
                "echo_client: sending b'in parts.'",
                "echo_client: waiting for response",
                "echo_client: closing");
        assertThat(ShownPanes.literals(client, "echo_client: received ")).isEqualTo(MESSAGE);
        assertThat(client.counters()).startsWith("▼ 46 B in").contains("▲ 46 B in 3 writes");

        // the server's pane is named after the client's port, as the seed's logger is
        String logger = server.title();
        String clientPort = logger.substring(logger.lastIndexOf('_') + 1);
        assertThat(client.addresses()).isEqualTo("client-1 · 127.0.0.1:" + clientPort + " ⇄ 127.0.0.1:" + port);
        assertThat(server.lines()).contains(logger + ": connection accepted", logger + ": closing");
        assertThat(ShownPanes.literals(server, logger + ": received ")).isEqualTo(MESSAGE);
        assertThat(ShownPanes.literals(server, logger + ": sent ")).isEqualTo(MESSAGE);

        // every read is a block with its size and offset; together they are the whole message
        List<int[]> reads = new ArrayList<>();
        Matcher m = READ_BADGE.matcher(server.text());
        while (m.find()) {
            reads.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
        }
        assertThat(reads).isNotEmpty();
        int offset = 0;
        for (int i = 0; i < reads.size(); i++) {
            assertThat(reads.get(i)[0]).isEqualTo(i + 1);
            assertThat(reads.get(i)[2]).isEqualTo(offset);
            offset += reads.get(i)[1];
        }
        assertThat(offset).isEqualTo(46);
        assertThat(client.text()).contains("▲ write 1 · 21 B at 0", "▲ write 2 · 16 B at 21", "▲ write 3 · 9 B at 37");

        // and the block is drawn in a chunk colour
        Fx.run(() -> {
            var area = server.area();
            for (int p = 0; p < area.getParagraphs().size(); p++) {
                String text = area.getText(p);
                if (text.contains("▼ read 1 ")) {
                    assertThat(area.getStyleOfChar(p, text.indexOf("b'") + 1)).contains("chunk", "in-a");
                    assertThat(area.getStyleOfChar(p, text.indexOf("▼") + 1)).contains("chunk-badge", "in-a");
                    return;
                }
            }
            throw new AssertionError("no read block in " + text(server));
        });

        Shown main = awaitPane("the server's own pane", p -> p.title().equals("main · server-1"));
        assertThat(main.lines()).contains("main: starting up on 127.0.0.1 port " + port);
        Fx.await(() -> label("#status-open").equals("Open connections: 0"), "no connection left open");
        assertThat(label("#status-elided")).isEqualTo("Elided: 0");
        assertThat(label("#status-seen")).matches("Events: \\d+");
    }

    private static String text(Shown pane) {
        return pane.text();
    }

    @Test
    void anInvalidPortIsSaidNextToTheFieldAndTheLabKeepsRunning(FxRobot robot) {
        type(robot, "#server-port", "99999");
        Fx.await(() -> shown("#server-port-problem"), "the port's problem is shown");
        assertThat(label("#server-port-problem")).contains("0..65535").contains("99999");
        click(robot, "#server-start");
        assertThat(lab.endpoints()).isEmpty();
        assertThat(label("#server-status")).isEqualTo("Not started");

        type(robot, "#server-port", "port");
        Fx.await(() -> label("#server-port-problem").equals("“port” is not a whole number."), "not a number");

        type(robot, "#client-port", "0");
        click(robot, "#client-send");
        Fx.await(() -> shown("#client-port-problem"), "the client's port problem is shown");
        assertThat(lab.endpoints()).isEmpty();

        int port = startServerOnAFreePort(robot);
        assertThat(port).isPositive();
        assertThat(shown("#server-port-problem")).isFalse();
    }

    @Test
    void stoppingTheServerClosesAConnectedClient(FxRobot robot) {
        startServerOnAFreePort(robot);
        click(robot, "#client-half-close");
        assertThat(Fx.on(() -> window.model().client().halfCloseProperty().get())).isFalse();
        click(robot, "#client-send");

        // without half-close the echo comes back and both sides wait for more
        Shown waiting = awaitPane("the client got the whole echo and waits",
                p -> p.title().equals("echo_client · client-1") && ShownPanes.literals(p, "echo_client: received ").equals(MESSAGE));
        assertThat(waiting.state()).isEqualTo("open");
        Fx.await(() -> label("#status-open").equals("Open connections: 2"), "both ends open");

        click(robot, "#server-stop");

        Fx.await(() -> label("#server-status").equals("Stopped"), "the server card says stopped");
        Shown client = awaitPane("the client closed", p -> p.title().equals("echo_client · client-1") && p.state().equals("closed"));
        assertThat(client.lines()).contains("echo_client: closing");
        awaitPane("the server connection closed", p -> p.title().startsWith("echo_127.0.0.1_") && p.state().equals("closed"));
        Shown main = awaitPane("the server's pane says it closed", p -> p.title().equals("main · server-1")
                && p.lines().contains("main: closing server"));
        assertThat(main.state()).isEqualTo("stopped");
        Fx.await(() -> label("#status-open").equals("Open connections: 0"), "nothing open");
        assertThat(Fx.on(() -> ((Button) window.root().lookup("#server-start")).isDisabled())).isFalse();
    }

    @Test
    void shortcutsStartSendClearAndStop(FxRobot robot) {
        type(robot, "#server-port", "0");
        robot.push(KeyCode.F5);
        Fx.await(() -> label("#server-status").startsWith("Listening on"), "F5 started the server");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        awaitPane("Ctrl+Enter sent", p -> p.title().equals("echo_client · client-1") && p.state().equals("closed"));
        awaitPane("the server side closed too", p -> p.title().startsWith("echo_127.0.0.1_") && p.state().equals("closed"));

        robot.push(KeyCode.CONTROL, KeyCode.L);
        Fx.await(() -> ShownPanes.of(window.root()).size() == 1, "Ctrl+L removed the finished rows");
        assertThat(Fx.on(() -> ShownPanes.of(window.root()).get(0).text())).isEmpty();

        robot.push(KeyCode.SHIFT, KeyCode.F5);
        Fx.await(() -> label("#server-status").equals("Stopped"), "Shift+F5 stopped the server");
        assertThat(Fx.on(() -> ((Button) window.root().lookup("#client-send")).getTooltip().getText()))
                .contains(netlab.ui.keys.Shortcut.SEND.displayText());
    }

    @Test
    void theThemeToggleSwitchesLightAndDark(FxRobot robot) {
        ToggleButton toggle = Fx.on(() -> (ToggleButton) window.root().lookup("#theme-toggle"));
        assertThat(Fx.on(toggle::getAccessibleText)).isEqualTo("Switch to the dark theme");
        click(robot, "#theme-toggle");
        assertThat(Fx.on(Application::getUserAgentStylesheet)).isEqualTo(Theme.DARK.userAgentStylesheet());
        assertThat(Fx.on(() -> window.root().getStylesheets())).anyMatch(s -> s.endsWith("netlab-dark.css"));
        assertThat(Fx.on(toggle::getAccessibleText)).isEqualTo("Switch to the light theme");
        click(robot, "#theme-toggle");
        assertThat(Fx.on(Application::getUserAgentStylesheet)).isEqualTo(Theme.LIGHT.userAgentStylesheet());
        assertThat(Fx.on(() -> window.root().getStylesheets())).anyMatch(s -> s.endsWith("netlab-light.css"));
    }

    @Test
    void allInterfacesIsMarkedAndTheLanguageChangesAtRunTime(FxRobot robot) {
        assertThat(shown("#server-all-interfaces")).isFalse();
        type(robot, "#server-host", "0.0.0.0");
        Fx.await(() -> shown("#server-all-interfaces"), "all interfaces marked");
        assertThat(label("#server-all-interfaces")).contains("ALL interfaces");

        Fx.run(() -> window.model().i18n().localeProperty().set(Locale.SIMPLIFIED_CHINESE));
        assertThat(Fx.on(() -> ((Button) window.root().lookup("#server-start")).getText())).isEqualTo("启动");
        assertThat(label("#server-all-interfaces")).contains("所有网络接口");
        assertThat(label("#status-seen")).startsWith("事件");
    }

    @Test
    void theSplitterCutsAMessageIntoPartsThatAreSent(FxRobot robot) {
        click(robot, "#splitter");
        type(robot, "#split-message", "one two three");
        type(robot, "#split-value", " ");
        click(robot, "#split-run");
        Fx.await(() -> window.model().client().parts().parts().size() == 3, "three parts");
        assertThat(label("#parts-total")).isEqualTo("3 parts · 11 bytes");

        click(robot, "#split-by-size");
        type(robot, "#split-value", "4");
        click(robot, "#split-run");
        Fx.await(() -> window.model().client().parts().parts().size() == 4, "four parts of at most 4 bytes");
        assertThat(Fx.on(() -> window.model().client().parts().parts().stream().map(p -> p.textProperty().get()).toList()))
                .containsExactly("one ", "two ", "thre", "e");

        startServerOnAFreePort(robot);
        click(robot, "#client-send");
        Shown client = awaitPane("the client sent four parts",
                p -> p.title().equals("echo_client · client-1") && p.state().equals("closed"));
        assertThat(client.text()).contains("▲ write 4 · 1 B at 12");
        assertThat(ShownPanes.literals(client, "echo_client: received ")).isEqualTo("one two three");
    }

    @Test
    void aClientLeftWaitingIsStoppedFromItsPane(FxRobot robot) {
        startServerOnAFreePort(robot);
        click(robot, "#client-half-close");
        click(robot, "#client-send");
        awaitPane("the client waits with the whole echo",
                p -> p.title().equals("echo_client · client-1") && ShownPanes.literals(p, "echo_client: received ").equals(MESSAGE));

        click(robot, "#pane-stop-client-1");

        Shown client = awaitPane("the client pane says stopped",
                p -> p.title().equals("echo_client · client-1") && p.state().equals("stopped"));
        assertThat(client.lines()).noneMatch(l -> l.equals("echo_client: closing"));
        assertThat(lab.endpoint("client-1").state()).isEqualTo(netlab.engine.lab.EndpointState.STOPPED);
        assertThat(Fx.on(() -> netlab.ui.controls.NodeNames.find(window.root(), "#pane-stop-client-1").isVisible())).isFalse();
        awaitPane("the server side of it closed", p -> p.title().startsWith("echo_127.0.0.1_") && p.state().equals("closed"));
        assertThat(label("#server-status")).startsWith("Listening on");
    }
}
