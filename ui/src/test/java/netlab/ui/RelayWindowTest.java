package netlab.ui;

import netlab.ui.lab.LabView;
import netlab.ui.lab.LabOptions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.stage.Stage;
import netlab.engine.relay.RelayLeg;
import netlab.ui.chunks.ChunkMap;
import netlab.ui.panes.ConversationRow;
import netlab.ui.panes.PaneModel;
import netlab.ui.settings.Settings;
import netlab.ui.testing.Fx;
import netlab.ui.testing.ShownPanes;
import netlab.ui.testing.TestPresets;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The relay by clicks: seed 000's echo behind a relay that cuts 5 bytes at a time, and what each
 * side shows: the client's three writes read by the relay one way, the relay's ten writes read by
 * the server another.
 */
@ExtendWith(ApplicationExtension.class)
class RelayWindowTest {
    private static final String MESSAGE = "This is the message. It will be sent in parts.";
    private Window w;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, new LabOptions(Locale.ENGLISH, List.of(TestPresets.streamEchoRelay()), List.of(), Settings.inMemory()));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @Test
    void thePresetShowsTheMessageSplitDifferentlyOnEachSide(FxRobot robot) {
        assertThat(w.label("#preset-plan")).contains("relay “relay” on port 10001 in front of “server”: split fixed:5, delay 20 ms");
        w.click(robot, "#preset-free-port");
        w.click(robot, "#preset-run");
        Fx.await(() -> w.label("#preset-status").equals("done"), "the run is done");
        // the client runs on a loop of its own: its connection can close (the relay's EOF) before its task has
        // logged the last pieces it read, so the whole echo is waited for, not read at the close
        org.awaitility.Awaitility.await("the client logged the whole echo").atMost(java.time.Duration.ofSeconds(30))
                .until(() -> MESSAGE.equals(ShownPanes.literals(w.awaitPane("the client closed",
                        p -> p.title().equals("echo_client · client-1") && p.state().equals("closed")), "echo_client: received ")));

        // the relay's leg to the server wrote ten chunks: nine of 5 bytes and the last one
        PaneModel up = pane(p -> RelayLeg.of(p) == RelayLeg.SERVER_SIDE);
        PaneModel down = pane(p -> RelayLeg.of(p) == RelayLeg.CLIENT_SIDE);
        PaneModel server = Fx.on(() -> w.window.model().panes().panes().stream()
                .filter(p -> p.key().startsWith("server-1/")).findFirst().orElseThrow());
        Fx.await(() -> up.isOver() && down.isOver() && server.isOver(), "every connection closed");
        assertThat(Fx.on(() -> up.sent().all().stream().map(c -> c.size()).toList())).containsExactly(5, 5, 5, 5, 5, 5, 5, 5, 5, 1);
        assertThat(Fx.on(() -> down.sent().all().stream().map(c -> c.size()).toList())).containsExactly(5, 5, 5, 5, 5, 5, 5, 5, 5, 1);
        // the client wrote three parts; the server read the same 46 bytes in other pieces
        PaneModel clientPane = Fx.on(() -> w.window.model().panes().panes().stream().filter(p -> p.key().equals("client-1")).findFirst().orElseThrow());
        assertThat(Fx.on(() -> clientPane.sent().all().stream().map(c -> c.size()).toList())).containsExactly(21, 16, 9);
        assertThat(Fx.on(() -> server.received().all().stream().mapToLong(c -> c.size()).sum())).isEqualTo(46);
        assertThat(Fx.on(() -> server.readsProperty().get())).as("the server read the relay's pieces, not the client's parts").isGreaterThan(3);

        // each leg stands beside the connection it is the other end of
        ConversationRow clientRow = row(clientPane);
        assertThat(clientRow.server()).isSameAs(down);
        ConversationRow serverRow = row(server);
        assertThat(serverRow.client()).isSameAs(up);

        // the chunk map, end to end: the client's 3 writes against the server's 10 reads, from either hop
        w.click(robot, "#view-chunks");
        // as a click in the bench tree chooses a connection
        assertThat(Fx.on(() -> w.window.model().chunkMap().choosePane("client-1"))).isTrue();
        // the relay writes 10 pieces 20 ms apart; on a loaded machine the server may read two of them at once
        String reads = Fx.on(() -> server.readsProperty().get()) + " reads";
        Fx.await(() -> w.label("#chunkmap-forward-summary").startsWith("3 writes · " + reads), Fx.T, () -> "the client against the server: "
                + w.label("#chunkmap-forward-summary"));
        assertThat(Fx.on(() -> w.node("#chunkmap-across-relay").isVisible())).isTrue();
        assertThat(w.label("#chunkmap-lesson")).startsWith("The reads did not follow the writes");
        assertThat(Fx.on(() -> ((javafx.scene.control.Label) w.root().lookup(".chunkmap-title")).getText()))
                .isEqualTo("echo_client · client-1 → " + Fx.on(() -> server.titleProperty().get()) + " (through relay-1): what the client wrote, what the server read");
        assertThat(Fx.on(() -> w.window.model().chunkMap().choosePane(server.key()))).isTrue();
        Fx.await(() -> w.label("#chunkmap-forward-summary").startsWith("3 writes · " + reads), "the same from the server's hop");
        // hop by hop: the client's 3 writes against the relay's reads, the relay's 10 writes against the server's reads
        w.click(robot, "#chunkmap-across-relay");
        Fx.await(() -> w.label("#chunkmap-forward-summary").startsWith("10 writes · " + reads), "the server's hop drawn");
        ChunkMap serverSide = Fx.on(() -> w.window.model().chunkMap().forwardProperty().get());
        assertThat(serverSide.writes()).hasSize(10);
        assertThat(serverSide.span()).isEqualTo(46);
        assertThat(Fx.on(() -> w.window.model().chunkMap().choosePane("client-1"))).isTrue();
        Fx.await(() -> w.label("#chunkmap-forward-summary").startsWith("3 writes"), "the client's hop drawn");
        ChunkMap clientSide = Fx.on(() -> w.window.model().chunkMap().forwardProperty().get());
        assertThat(clientSide.writes()).hasSize(3);
        assertThat(clientSide.reads().stream().mapToLong(c -> c.size()).sum()).isEqualTo(46);

        // the bench tree: a Relays group, the relay, its two legs
        Fx.run(() -> w.window.view().showSide(LabView.Side.BENCH));
        Fx.await(() -> w.window.model().bench().endpoint("relay-1") != null
                && w.window.model().bench().endpoint("relay-1").children().size() == 2, "the relay's two legs in the tree");
    }

    @Test
    void aRelayMadeByHandSitsBetweenTheClientFormAndTheServer(FxRobot robot) {
        Fx.run(() -> w.window.view().showSide(LabView.Side.NEW));
        // the forms' scroll pane shows its content from its first layout on
        Fx.await(() -> w.root().lookup("#server-port") != null && w.root().lookup("#relay-card") != null, "the New panel is laid out");
        w.type(robot, "#server-port", "0");
        w.click(robot, "#server-start");
        Fx.await(() -> w.label("#server-status").startsWith("Listening on"), "the server listens");
        int serverPort = Fx.on(() -> w.window.model().server().listeningPortProperty().get());
        // the relay form forwards to the server just started
        Fx.await(() -> ((javafx.scene.control.TextField) w.node("#relay-target-port")).getText().equals(String.valueOf(serverPort)),
                "the relay form follows the server");
        w.type(robot, "#relay-port", "0");
        // a split typed into the list's editor, as a person would pick another
        Fx.run(() -> cardModel().splitProperty().set("fixed:3"));
        w.type(robot, "#relay-delay", "0");
        w.click(robot, "#relay-start");
        Fx.await(() -> w.label("#relay-status").contains("→ 127.0.0.1:" + serverPort), "the relay runs");
        int relayPort = Fx.on(() -> ((netlab.engine.net.HostPort) cardModel().current().orElseThrow().address()).port());
        // the client form now points at the relay
        Fx.await(() -> w.window.model().client().portProperty().get().equals(String.valueOf(relayPort)), "the client form follows the relay");
        w.click(robot, "#client-send");
        // the client runs on a loop of its own: its connection can close (the relay's EOF) before its task has
        // logged the last pieces it read, so the whole echo is waited for, not read at the close
        org.awaitility.Awaitility.await("the client logged the whole echo").atMost(java.time.Duration.ofSeconds(30))
                .until(() -> MESSAGE.equals(ShownPanes.literals(w.awaitPane("the client closed",
                        p -> p.title().equals("echo_client · client-1") && p.state().equals("closed")), "echo_client: received ")));
        PaneModel up = pane(p -> RelayLeg.of(p) == RelayLeg.SERVER_SIDE);
        Fx.await(up::isOver, "the relay's leg to the server closed");
        assertThat(Fx.on(() -> up.sent().all().stream().map(c -> c.size()).toList())).allMatch(n -> n <= 3).hasSize(16);
        Matcher m = Pattern.compile("relay-1: 127\\.0\\.0\\.1:(\\d+) → .*split fixed:3").matcher(w.label("#relay-status"));
        assertThat(m.find()).isTrue();

        w.click(robot, "#relay-stop");
        Fx.await(() -> w.lab.endpoint("relay-1").state().isOver(), "the relay stopped");
    }

    private netlab.ui.relay.RelayCardModel cardModel() {
        return ((netlab.ui.relay.RelayCard) Fx.on(() -> w.node("#relay-card").getProperties().get(netlab.ui.relay.RelayCard.class))).model();
    }

    private PaneModel pane(java.util.function.Predicate<netlab.engine.event.Origin> leg) {
        Fx.await(() -> w.window.model().panes().panes().stream().anyMatch(p -> p.key().startsWith("relay-1/") && leg.test(origin(p))),
                "the relay's pane");
        return Fx.on(() -> w.window.model().panes().panes().stream().filter(p -> p.key().startsWith("relay-1/") && leg.test(origin(p)))
                .findFirst().orElseThrow());
    }

    private static netlab.engine.event.Origin origin(PaneModel p) {
        return new netlab.engine.event.Origin("relay-1", netlab.engine.event.Role.RELAY, p.key(), "x", null, null);
    }

    private ConversationRow row(PaneModel pane) {
        return Fx.on(() -> w.window.model().panes().rows().stream().filter(r -> r.client() == pane || r.server() == pane).findFirst().orElseThrow());
    }
}
