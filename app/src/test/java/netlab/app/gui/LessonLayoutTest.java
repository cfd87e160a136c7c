package netlab.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static netlab.app.gui.SceneGraph.on;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import netlab.app.preset.PresetLibrary;
import netlab.ui.LabWindow;
import netlab.ui.i18n.I18n;
import netlab.engine.event.EventKind;
import netlab.engine.event.Role;
import netlab.ui.panes.PaneLine;
import netlab.engine.relay.RelayLeg;
import netlab.ui.panes.LessonLayout;
import netlab.ui.panes.PaneModel;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each kind of lesson opens in its layout, chosen by the preset: a conversation, a relayed one,
 * datagrams, a program on the loop, a subprocess. A loop lesson shows its program's console across
 * the width, with no word of a server that does not exist.
 */
@ExtendWith(ApplicationExtension.class)
class LessonLayoutTest {
    private static final Map<String, LessonLayout> KINDS = Map.of(
            "stream-echo", LessonLayout.CONVERSATION, "unix-echo", LessonLayout.CONVERSATION,
            "stream-echo-relay", LessonLayout.RELAYED, "udp-echo", LessonLayout.DATAGRAMS,
            "gather-factorial", LessonLayout.LOOP, "blocking-call", LessonLayout.LOOP, "cancel", LessonLayout.LOOP,
            "signals", LessonLayout.LOOP, "http-head", LessonLayout.LOOP, "subprocess-stream", LessonLayout.SUBPROCESS);

    private final PresetLibrary library = PresetLibrary.loadBundled();
    private AppWindow app;
    private LabWindow window;

    @Start
    void start(Stage stage) {
        app = AppWindow.open(stage, library, Locale.ENGLISH, 1024, 768);
        window = app.window;
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void eachKindOfPresetOpensInItsLayout() {
        KINDS.forEach((id, kind) -> assertThat(LessonLayout.of(library.find(id).orElseThrow())).as(id).isEqualTo(kind));
        assertThat(LessonLayout.of(null)).isEqualTo(LessonLayout.FREE);
        for (var e : KINDS.entrySet()) {
            on(() -> {
                window.model().presets().open(library.find(e.getKey()).orElseThrow());
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            String layoutId = "#panes-layout-" + e.getValue().name().toLowerCase(Locale.ROOT);
            assertThat(on(() -> window.root().lookup(layoutId) != null)).as(e.getKey() + " opens in " + layoutId).isTrue();
            boolean twoColumns = on(() -> window.root().lookup("#panes-heading-right") != null);
            assertThat(twoColumns).as(e.getKey() + ": two columns").isEqualTo(e.getValue().twoColumns());
            boolean middle = on(() -> window.root().lookup("#panes-heading-middle") != null);
            assertThat(middle).as(e.getKey() + ": a relay's column between client and server").isEqualTo(e.getValue().columns() == 3);
        }
    }

    @Test
    void aLoopLessonShowsItsConsoleAcrossTheWidthAndNoServer(FxRobot robot) {
        on(() -> {
            window.model().presets().open(library.find("gather-factorial").orElseThrow());
            return null;
        });
        robot.clickOn("#preset-run");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> on(() ->
                "done".equals(((Label) window.root().lookup("#preset-status")).getText())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> on(() -> consoleWidthShare() > 0.9));
        I18n en = window.model().i18n();
        List<String> serverWords = List.of(en.get("panes.noServer"), en.get("panes.noClient"), en.get("panes.serverSide"));
        List<String> shown = on(() -> {
            List<String> texts = new ArrayList<>();
            walk(window.root().lookup("#panes"), n -> {
                if (n instanceof javafx.scene.control.Labeled l && l.isVisible() && l.getText() != null) {
                    texts.add(l.getText());
                }
            });
            return texts;
        });
        assertThat(shown).as("what the panes say for a loop lesson").doesNotContainAnyElementsOf(serverWords);
        assertThat(shown).contains(en.get("panes.loop.title"));
        // no server to move: the banner does not offer "Any free port"
        assertThat(on(() -> window.root().lookup("#preset-free-port").isVisible())).isFalse();
    }

    /**
     * stream-echo-relay reads left to right: in each row the client's pane, then the relay's two
     * legs stacked (the one reading the client above the one writing to the server), then the
     * server's connection; the bytes the client wrote are the bytes each leg moved and the server read.
     */
    @Test
    void aRelayedRowShowsClientRelayAndServerLeftToRight(FxRobot robot) {
        on(() -> {
            window.model().presets().freePortProperty().set(true);
            window.model().presets().open(library.find("stream-echo-relay").orElseThrow());
            return null;
        });
        assertThat(on(() -> window.root().lookup("#preset-free-port").isVisible())).as("a relay lesson moves its ports").isTrue();
        robot.clickOn("#preset-run");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> on(() ->
                "done".equals(((Label) window.root().lookup("#preset-status")).getText())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> on(() -> !relayedRows().isEmpty()));
        List<List<List<PaneModel>>> rows = on(this::relayedRows);
        for (List<List<PaneModel>> row : rows) {
            for (int column = 0; column < 3; column++) {
                for (PaneModel pane : row.get(column)) {
                    Role expected = column == 0 ? Role.CLIENT : column == 1 ? Role.RELAY : Role.SERVER;
                    assertThat(pane.role()).as(pane.key() + " in column " + column).isEqualTo(expected);
                }
            }
        }
        List<List<PaneModel>> full = rows.stream().filter(r -> r.get(0).size() == 1 && r.get(1).size() == 2
                && r.get(2).size() == 1).findFirst().orElseThrow(() -> new AssertionError("no full row in " + rows));
        PaneModel client = full.get(0).get(0);
        PaneModel fromClient = full.get(1).get(0);
        PaneModel toServer = full.get(1).get(1);
        PaneModel server = full.get(2).get(0);
        assertThat(toServer.connection()).isEqualTo(RelayLeg.serverSideId(fromClient.connection()));
        assertThat(fromClient.remoteProperty().get()).as("the relay's leg from the client").isEqualTo(client.localProperty().get());
        assertThat(server.remoteProperty().get()).as("the server's connection from the relay").isEqualTo(toServer.localProperty().get());
        long sent = on(() -> client.bytesOutProperty().get());
        assertThat(sent).isPositive();
        assertThat(on(() -> List.of(fromClient.bytesInProperty().get(), toServer.bytesOutProperty().get(), server.bytesInProperty().get())))
                .as("the client's bytes, read by the relay, written on, read by the server").containsOnly(sent);
        long joined = rows.stream().filter(r -> r.get(1).size() == 2).count();
        long[] counts = on(() -> new long[] {
            ((Parent) window.root().lookup(".rows")).getChildrenUnmodifiable().stream().filter(Node::isVisible).count(),
            window.model().panes().rows().size()});
        assertThat(counts[0]).as("rows in sight: one per relayed connection, not one per hop").isEqualTo(counts[1] - joined);
    }

    /**
     * subprocess-stream: the program (parent) on the left, its child's pipes and exit on the right.
     * The child's events carry the program's origin, so they are told apart by kind.
     */
    @Test
    void aSubprocessLessonShowsTheParentBesideItsChild(FxRobot robot) {
        Set<EventKind> childs = EnumSet.of(EventKind.PROCESS_STARTED, EventKind.PIPE_DATA_SENT, EventKind.PIPE_DATA_RECEIVED,
                EventKind.PIPE_CONNECTION_LOST, EventKind.PROCESS_EXITED);
        on(() -> {
            window.model().presets().open(library.find("subprocess-stream").orElseThrow());
            return null;
        });
        robot.clickOn("#preset-run");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> on(() ->
                "done".equals(((Label) window.root().lookup("#preset-status")).getText())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> on(() -> sideBySide().size() == 2));
        List<PaneModel> row = on(this::sideBySide);
        PaneModel parent = row.get(0);
        PaneModel child = row.get(1);
        assertThat(child.key()).isEqualTo(parent.key() + "/child");
        List<EventKind> inParent = on(() -> kinds(parent));
        List<EventKind> inChild = on(() -> kinds(child));
        assertThat(inChild).as("the child's pane: its start, its pipes, its exit")
                .contains(EventKind.PROCESS_STARTED, EventKind.PIPE_DATA_RECEIVED, EventKind.PIPE_CONNECTION_LOST, EventKind.PROCESS_EXITED)
                .allMatch(childs::contains);
        assertThat(inChild.get(inChild.size() - 1)).as("the exit comes last").isIn(EventKind.PROCESS_EXITED, EventKind.PIPE_CONNECTION_LOST);
        assertThat(inParent).as("the parent's console: what the program itself does").isNotEmpty().noneMatch(childs::contains);
        assertThat(on(() -> child.stateProperty().get().isOver())).as("the child's pane once it exited").isTrue();
        assertThat(on(() -> text(child))).as("the line the child wrote on its stdout, read through the pipe (fd 1)")
                .contains("pipe_data_received(1, b'");
        assertThat(on(() -> text(parent))).as("what the program printed of it").contains("Current date");
        I18n en = window.model().i18n();
        assertThat(on(() -> ((Label) window.root().lookup("#panes-heading-right")).getText())).isEqualTo(en.get("panes.subprocess.child"));
    }

    /** The panes of the first row in sight that holds two, left then right. */
    private List<PaneModel> sideBySide() {
        for (Node row : ((Parent) window.root().lookup(".rows")).getChildrenUnmodifiable()) {
            List<Node> panes = ((Parent) row).getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("pane"))
                    .sorted(java.util.Comparator.comparingDouble(n -> n.getBoundsInParent().getMinX())).toList();
            if (row.isVisible() && panes.size() == 2) {
                return panes.stream().map(n -> window.model().panes().panes().stream()
                        .filter(p -> ("pane-" + p.key()).equals(netlab.ui.controls.NodeNames.nameOf(n))).findFirst().orElseThrow()).toList();
            }
        }
        return List.of();
    }

    private static String text(PaneModel pane) {
        return String.join("\n", pane.linesFrom(pane.firstIndex()).stream().map(PaneLine::text).toList());
    }

    private static List<EventKind> kinds(PaneModel pane) {
        return pane.linesFrom(pane.firstIndex()).stream().filter(l -> l.source() != null).map(l -> l.source().kind()).toList();
    }

    /** The rows in sight laid client | relay | server: per row, per column, the panes in it from top to bottom. */
    private List<List<List<PaneModel>>> relayedRows() {
        List<List<List<PaneModel>>> result = new ArrayList<>();
        for (Node row : ((Parent) window.root().lookup(".rows")).getChildrenUnmodifiable()) {
            if (!row.isVisible()) {
                continue;
            }
            List<List<PaneModel>> columns = new ArrayList<>();
            for (String name : List.of(".lesson-column-client", ".lesson-column-relay", ".lesson-column-server")) {
                Node column = row.lookup(name);
                List<PaneModel> panes = new ArrayList<>();
                if (column != null) {
                    for (Node n : ((Parent) column).getChildrenUnmodifiable()) {
                        String id = netlab.ui.controls.NodeNames.nameOf(n);
                        window.model().panes().panes().stream().filter(p -> id != null && id.equals("pane-" + p.key()))
                                .findFirst().ifPresent(panes::add);
                    }
                }
                columns.add(panes);
            }
            if (row.lookup(".lesson-column-relay") != null && !columns.get(1).isEmpty()) {
                result.add(columns);
            }
        }
        return result;
    }

    /** The width of the widest pane in a row over the row's width. */
    private double consoleWidthShare() {
        Parent rows = (Parent) window.root().lookup(".rows");
        double best = 0;
        for (Node row : rows.getChildrenUnmodifiable()) {
            double width = row.getLayoutBounds().getWidth();
            for (Node pane : ((Parent) row).getChildrenUnmodifiable()) {
                if (pane.getStyleClass().contains("pane") && width > 0) {
                    best = Math.max(best, pane.getLayoutBounds().getWidth() / width);
                }
            }
        }
        return best;
    }

    private static void walk(Node n, java.util.function.Consumer<Node> each) {
        if (n == null) {
            return;
        }
        each.accept(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, each);
            }
        }
    }
}
