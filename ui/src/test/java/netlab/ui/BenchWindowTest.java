package netlab.ui;

import netlab.ui.lab.LabOptions;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import javafx.geometry.Bounds;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import netlab.engine.lab.EndpointState;
import netlab.ui.panes.PaneView;
import netlab.ui.testing.Fx;
import netlab.ui.testing.ShownPanes;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The bench by hand: forms, the tree and its actions, the panes' tools, an interactive client, the composer's history. */
@ExtendWith(ApplicationExtension.class)
class BenchWindowTest {
    private static final String MESSAGE = "This is the message. It will be sent in parts.";
    private Window w;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, LabOptions.bare(Locale.ENGLISH));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    private void startServer(FxRobot robot) {
        w.type(robot, "#server-port", "0");
        w.click(robot, "#server-start");
        Fx.await(() -> w.label("#server-status").startsWith("Listening on"), "the server listens");
    }

    private ShownPanes.Shown sendAndAwait(FxRobot robot, int client) {
        w.click(robot, "#client-send");
        String title = "echo_client · client-" + client;
        return w.awaitPane(title + " closed", p -> p.title().equals(title) && p.state().equals("closed"));
    }

    @Test
    void theTreeShowsWhatRunsAndItsActionsDuplicateAndStop(FxRobot robot) {
        startServer(robot);
        sendAndAwait(robot, 1);
        w.click(robot, "#side-bench");
        Fx.await(() -> netlab.ui.testing.Reveal.find(w.root(), "#bench-client-1") != null, "client-1 in the tree");
        w.click(robot, "#bench-client-1");
        Fx.await(() -> w.label("#inspector-title").equals("echo_client · client-1"), "the inspector shows client-1");
        assertThat(w.label("#inspector-bench-prop-parts")).isEqualTo("b'This is the message. ' · b'It will be sent ' · b'in parts.'");
        assertThat(w.label("#inspector-bench-prop-traffic")).isEqualTo("▼ 46 B in 1 read   ▲ 46 B in 3 writes");

        w.click(robot, "#bench-duplicate");
        Fx.await(() -> w.lab.endpoint("client-2") != null && w.lab.endpoint("client-2").state() == EndpointState.FINISHED,
                "the duplicate ran to its end");
        Fx.await(() -> netlab.ui.testing.Reveal.find(w.root(), "#bench-client-2") != null, "client-2 in the tree");

        // the server and its two connections; selecting it and Stop stops it
        Fx.await(() -> w.window.model().bench().endpoint("server-1").children().size() == 2, "two connections under the server");
        w.click(robot, "#bench-server-1");
        Fx.await(() -> w.label("#inspector-title").equals("server-1"), "the inspector shows the server");
        assertThat(w.label("#inspector-field-readSize")).isEqualTo("128");
        w.click(robot, "#bench-stop");
        Fx.await(() -> w.lab.endpoint("server-1").state() == EndpointState.STOPPED, "the server stopped");
        Fx.await(() -> w.window.model().bench().endpoint("server-1").stateKeyProperty().get().equals("endpoint.state.stopped"),
                "the tree says it stopped");

        // Restart brings it back on the same port, as a new endpoint
        int port = w.lab.endpoint("server-1") instanceof netlab.engine.lab.ServerEndpoint s ? s.port() : -1;
        w.click(robot, "#bench-restart");
        Fx.await(() -> w.lab.endpoint("server-2") != null && w.lab.endpoint("server-2").state() == EndpointState.RUNNING, "restarted");
        assertThat(((netlab.engine.lab.ServerEndpoint) w.lab.endpoint("server-2")).port()).isEqualTo(port);
    }

    @Test
    void panesShowBytesAsHexFindTextCopyAChunkAsALiteralAndExport(FxRobot robot, @TempDir Path dir) throws Exception {
        startServer(robot);
        sendAndAwait(robot, 1);
        ShownPanes.Shown client = w.awaitPane("client", p -> p.title().equals("echo_client · client-1"));
        assertThat(client.text()).contains("▲ write 1 · 21 B at 0  b'This is the message. '");

        w.click(robot, "#bytes-hex");
        Fx.await(() -> ShownPanes.titled(w.root(), "echo_client · client-1").orElseThrow().text()
                .contains("▲ write 3 · 9 B at 37  69 6e 20 70 61 72 74 73  2e "), "chunks in hex");
        w.click(robot, "#bytes-text");
        Fx.await(() -> ShownPanes.titled(w.root(), "echo_client · client-1").orElseThrow().text()
                .contains("«It will be sent »"), "chunks as text");
        w.click(robot, "#bytes-literal");

        // search: the count, and the match selected
        w.click(robot, "#pane-search-open-client-1");
        robot.write("sending");
        Fx.await(() -> w.label("#pane-search-count-client-1").equals("1 of 3"), "three matches, the first selected");
        robot.push(KeyCode.ENTER);
        Fx.await(() -> w.label("#pane-search-count-client-1").equals("2 of 3"), "Enter goes to the next");
        assertThat(Fx.on(() -> client.area().getSelectedText())).isEqualTo("sending");
        robot.push(KeyCode.ESCAPE);

        // right-click a write block: its bytes as a Python literal, then as Java
        Bounds block = Fx.on(() -> {
            var area = client.area();
            int at = area.getText().indexOf("▲ write 2");
            Optional<Bounds> b = area.getCharacterBoundsOnScreen(at, at + 1);
            return b.orElseThrow();
        });
        robot.moveTo(new javafx.geometry.Point2D(block.getCenterX(), block.getCenterY())).clickOn(MouseButton.SECONDARY);
        robot.clickOn("Copy the bytes as a Python literal");
        assertThat(Fx.on(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("b'It will be sent '");
        robot.moveTo(new javafx.geometry.Point2D(block.getCenterX(), block.getCenterY())).clickOn(MouseButton.SECONDARY);
        robot.clickOn("Copy the bytes as a Java literal");
        assertThat(Fx.on(() -> Clipboard.getSystemClipboard().getString())).startsWith("new byte[] {0x49, 0x74, 0x20").endsWith("0x20}");
        Fx.await(() -> w.label("#pane-notice-client-1").equals("Copied 16 bytes."), "the pane says what was copied");

        // export, as text and as HTML, written away from the FX thread
        PaneView view = Fx.on(() -> w.window.view().panes().paneView("client-1"));
        Path text = dir.resolve("client.txt");
        Path html = dir.resolve("client.html");
        Fx.run(() -> view.exportTo(text, false));
        Fx.await(() -> w.label("#pane-notice-client-1").startsWith("Saved to"), "the text export is saved");
        Fx.run(() -> view.exportTo(html, true));
        Fx.await(() -> w.label("#pane-notice-client-1").equals("Saved to " + html), "the HTML export is saved");
        assertThat(Files.readString(text, StandardCharsets.UTF_8)).startsWith("# echo_client · client-1\n")
                .contains("echo_client: sending b'in parts.'\n", "  ▲ write 1 · 21 B at 0  b'This is the message. ' \n");
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
                .contains("<span class=\"chunk-badge out-a\"> ▲ write 1 · 21 B at 0 </span>", "echo_client: closing");
        Fx.run(() -> view.exportTo(dir.resolve("no-such-dir").resolve("x.txt"), false));
        Fx.await(() -> w.label("#pane-notice-client-1").startsWith("Could not write"), "a failed export says so, and what to do");
    }

    @Test
    void anInteractiveClientSendsEachKeystrokeAsAWriteOfItsOwn(FxRobot robot) {
        startServer(robot);
        w.click(robot, "#interactive-connect");
        ShownPanes.Shown telnet = w.awaitPane("the interactive client is connected",
                p -> p.title().equals("telnet · client-1") && p.state().equals("open"));
        assertThat(telnet.lines()).anyMatch(l -> l.startsWith("telnet: connecting to 127.0.0.1 port "));
        w.click(robot, "#pane-input-keys-client-1");
        w.click(robot, "#pane-input-client-1");
        robot.write("abc");
        ShownPanes.Shown echoed = w.awaitPane("the three keys came back",
                p -> p.title().equals("telnet · client-1") && ShownPanes.literals(p, "telnet: received ").equals("abc"));
        assertThat(echoed.counters()).contains("▲ 3 B in 3 writes");
        assertThat(echoed.lines()).contains("telnet: sending b'a'", "telnet: sending b'b'", "telnet: sending b'c'");
        assertThat(Fx.on(() -> ((javafx.scene.control.TextField) netlab.ui.controls.NodeNames.find(w.root(), "#pane-input-client-1")).getText())).isEmpty();

        // by line: Enter sends the line and its newline as one write; EOF half-closes and the echo server closes
        w.click(robot, "#pane-input-line-client-1");
        w.click(robot, "#pane-input-client-1");
        robot.write("hello");
        robot.push(KeyCode.ENTER);
        w.awaitPane("the line came back", p -> p.title().equals("telnet · client-1")
                && ShownPanes.literals(p, "telnet: received ").equals("abchello\\n"));
        w.click(robot, "#pane-input-eof-client-1");
        w.awaitPane("the server closed after EOF", p -> p.title().equals("telnet · client-1") && p.state().equals("closed"));
        assertThat(Fx.on(() -> netlab.ui.controls.NodeNames.find(w.root(), "#pane-input-client-1").isDisabled())).isTrue();
    }

    @Test
    void theComposerRemembersWhatWasSentAndPutsItBack(FxRobot robot) {
        startServer(robot);
        sendAndAwait(robot, 1);
        w.click(robot, "#splitter");
        w.type(robot, "#split-message", "one two");
        w.type(robot, "#split-value", " ");
        w.click(robot, "#split-run");
        Fx.await(() -> w.window.model().client().parts().parts().size() == 2, "two parts");
        ShownPanes.Shown second = sendAndAwait(robot, 2);
        assertThat(ShownPanes.literals(second, "echo_client: received ")).isEqualTo("onetwo");
        assertThat(Fx.on(() -> w.window.model().client().history().size())).isEqualTo(2);
        w.click(robot, "#client-history");
        robot.clickOn("b'This is the message. ' | b'It will be sent ' | b'in parts.'");
        Fx.await(() -> w.window.model().client().parts().parts().size() == 3, "the seed's parts are back");
        ShownPanes.Shown third = sendAndAwait(robot, 3);
        assertThat(ShownPanes.literals(third, "echo_client: received ")).isEqualTo(MESSAGE);
    }

    @Test
    void anErrorIsSaidInThePaneWhereItHappenedWithWhatToDo(FxRobot robot) throws Exception {
        startServer(robot);
        int port = ((netlab.engine.lab.ServerEndpoint) w.lab.endpoint("server-1")).port();
        // a second server on the same port: the engine refuses it, its pane says why and what to do
        w.lab.startServer(netlab.engine.lab.ServerSpec.builder().port(port).build());
        ShownPanes.Shown failed = w.awaitPane("the second server's pane says it failed",
                p -> p.title().equals("main · server-2") && p.state().equals("failed"));
        assertThat(failed.lines()).anyMatch(l -> l.startsWith("⚠ main: cannot start the server on 127.0.0.1 port " + port)
                && l.contains("OSError: [Errno 98]")
                && l.endsWith("→ Another server holds this port: stop it, choose another port, or 0 for a free one."));
        // a client to a port nobody listens on: refused, in its own pane, with the remedy
        w.click(robot, "#server-stop");
        Fx.await(() -> w.label("#server-status").equals("Stopped"), "the server stopped");
        w.click(robot, "#client-send");
        ShownPanes.Shown refused = w.awaitPane("the client's pane says it was refused",
                p -> p.title().equals("echo_client · client-1") && p.state().equals("failed"));
        assertThat(refused.lines()).anyMatch(l -> l.contains("ConnectionRefusedError")
                && l.endsWith("→ Nobody listens there: start the server first, or check the port."));
        assertThat(w.lab.isClosed()).isFalse();
    }
}
