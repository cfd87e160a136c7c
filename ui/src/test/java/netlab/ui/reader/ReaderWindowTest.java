package netlab.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import netlab.engine.lab.ClientBehavior;
import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.stream.ReadMode;
import netlab.ui.lab.LabOptions;
import netlab.ui.testing.Fx;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The reader view and the inspector's StreamReader section on a real run: seed 003's line server
 * echoes a line that the client sent in two parts, a pause apart, and the client reads by line.
 * The first readline() waits for the rest; the second is served from the buffer at once.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderWindowTest {
    private static final Duration T = Duration.ofSeconds(15);
    private Window w;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, LabOptions.bare(Locale.ENGLISH));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    /** The lines server and a client sending {@code First li} / {@code ne.\nSecond line.\n} 300 ms apart, reading lines to EOF. */
    private ClientEndpoint runSplitLine() throws Exception {
        ServerEndpoint server = w.lab.startServer(ServerSpec.builder().port(0).readSize(8192).behavior(ServerBehavior.LINES).build()).get(T);
        ClientSpec spec = ClientSpec.builder().port(server.port()).parts(List.of(Bytes.utf8("First li"), Bytes.utf8("ne.\nSecond line.\n"))).pause(Duration.ofMillis(300)).read(ReadMode.line()).build();
        ClientEndpoint client = w.lab.startClient(spec).get(T);
        org.awaitility.Awaitility.await().atMost(T).until(() -> client.state().isOver());
        assertThat(client.state()).isEqualTo(EndpointState.FINISHED);
        return client;
    }

    private static List<String> texts(Node root, String style) {
        return root.lookupAll(style).stream().map(n -> ((Label) n).getText()).toList();
    }

    private static String flow(Node flow) {
        StringBuilder out = new StringBuilder();
        for (Node n : ((TextFlow) flow).getChildren()) {
            out.append(((Text) n).getText());
        }
        return out.toString();
    }

    @Test
    void theReaderTabShowsTheBufferFillAndEachReadlineTakeALineAndWhy(FxRobot robot) throws Exception {
        ClientEndpoint client = runSplitLine();
        w.click(robot, "#side-bench");
        Fx.await(() -> netlab.ui.testing.Reveal.find(w.root(), "#bench-" + client.id()) != null, "the client in the tree");
        w.click(robot, "#bench-" + client.id());
        w.click(robot, "#view-reader");
        ReaderView view = (ReaderView) Fx.on(() -> w.window.view().viewPart("reader"));
        Fx.await(() -> view.shownTrace() != null && view.shownTrace().isLost(), "the client's reader is shown, to its end");
        assertThat(Fx.on(() -> view.shownTrace().origin().endpoint())).isEqualTo(client.id());

        @SuppressWarnings("unchecked")
        ListView<ReaderStep> steps = (ListView<ReaderStep>) w.node("#reader-steps");
        Fx.await(() -> steps.getItems().stream().anyMatch(s -> s.type() == ReaderStep.Type.LOST), "every step listed");
        List<String> what = Fx.on(() -> steps.getItems().stream().map(s -> ReaderText.title(s, w.window.model().i18n())).toList());
        assertThat(what).containsSubsequence("data_received: +8 B", "data_received: +17 B",
                "readline() \u2192 b'First line.\\n'", "readline() \u2192 b'Second line.\\n'", "eof_received()",
                "readline() \u2192 b''");
        assertThat(what.subList(0, what.indexOf("readline() \u2192 b'First line.\\n'"))).contains("readline() waits");

        // the rows on screen say it in words: the first waited for the rest, the second did not wait
        Fx.run(() -> steps.scrollTo(0));
        Fx.await(() -> texts(steps, ".reader-what").contains("readline() \u2192 b'First line.\\n'"), "the rows are drawn");
        List<String> notes = Fx.on(() -> texts(steps, ".reader-note"));
        assertThat(notes).anyMatch(n -> n.startsWith("It waited ") && n.contains("returned with the data_received that completed it"));
        assertThat(notes).anyMatch(n -> n.startsWith("Served at once from the buffer"));
        assertThat(notes).anyMatch(n -> n.startsWith("No b'\\n' in the 8 B buffered: readline() waits"));
        // the buffer after the first readline: its line struck out in front of the next one, still buffered
        String afterFirst = Fx.on(() -> steps.lookupAll(".reader-buffer").stream()
                .filter(f -> f.getParent().getChildrenUnmodifiable().stream()
                        .anyMatch(n -> n instanceof Label l && l.getText().equals("readline() \u2192 b'First line.\\n'")))
                .map(ReaderWindowTest::flow).findFirst().orElseThrow());
        assertThat(afterFirst).isEqualTo("b'First line.\\nSecond line.\\n'");
        List<String> taken = Fx.on(() -> steps.lookupAll(".reader-taken").stream().map(n -> ((Text) n).getText()).toList());
        assertThat(taken).as("struck out: what the reads took").contains("First line.\\n", "Second line.\\n");

        assertThat(w.label("#reader-state")).isEqualTo("0 B buffered \u00b7 the connection is closed");
        assertThat(flow(w.node("#reader-now"))).isEqualTo("b''");

        // a row clicked is the event looked at: the code view would light the line that made it
        robot.clickOn("readline() \u2192 b'Second line.\\n'");
        Fx.await(() -> w.window.model().focusedEventProperty().get() != null, "the click picked the read");
        assertThat(Fx.on(() -> w.window.model().focusedEventProperty().get().kind())).isEqualTo(EventKind.STREAM_READLINE);
        assertThat(Fx.on(() -> w.window.model().focusedEventProperty().get().data().utf8())).isEqualTo("Second line.\n");
    }

    @Test
    void theInspectorShowsASelectedConnectionsReaderOrWhyItHasNone(FxRobot robot) throws Exception {
        ClientEndpoint client = runSplitLine();
        ServerEndpoint protocol = w.lab.startServer(ServerSpec.builder().port(0).behavior(ServerBehavior.PROTOCOL).build()).get(T);
        ClientEndpoint protocolClient = w.lab.startClient(ClientSpec.builder().port(protocol.port()).parts(List.of(Bytes.utf8("Hello World!"))).halfClose(false).behavior(ClientBehavior.PROTOCOL).build()).get(T);
        org.awaitility.Awaitility.await().atMost(T).until(() -> protocolClient.state().isOver());

        w.click(robot, "#side-bench");
        Fx.await(() -> netlab.ui.testing.Reveal.find(w.root(), "#bench-" + client.id()) != null, "the client in the tree");
        w.click(robot, "#bench-" + client.id());
        Fx.await(() -> w.root().lookup("#inspector-reader-state") != null
                && w.label("#inspector-reader-state").contains("closed"), "the client's reader in the inspector");
        assertThat(w.label("#inspector-reader-title")).startsWith("echo_client \u00b7 " + client.id() + "/");
        assertThat(flow(w.node("#inspector-reader-now"))).isEqualTo("b''");

        // the server's connection of the protocol echo: no StreamReader, and the inspector says why
        String connection = Fx.on(() -> w.window.model().bench().endpoint(protocol.id()).children().get(0).id());
        Fx.await(() -> netlab.ui.testing.Reveal.find(w.root(), "#bench-" + connection.replace('/', '-')) != null, "the protocol connection in the tree");
        w.click(robot, "#bench-" + connection.replace('/', '-'));
        Fx.await(() -> w.root().lookup("#inspector-reader-empty") != null
                && w.node("#inspector-reader-empty").isVisible(), "the section says there is no reader");
        assertThat(w.label("#inspector-reader-empty")).startsWith("No StreamReader reads on this connection: it runs a protocol");
    }
}
