package netlab.ui;

import netlab.ui.lab.LabViewModel;
import netlab.ui.lab.LabOptions;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javafx.scene.Node;
import javafx.stage.Stage;
import netlab.engine.record.RecordingReader;
import netlab.ui.panes.PaneModel;
import netlab.ui.panes.PaneView;
import netlab.ui.replay.ReplayWindow;
import netlab.ui.settings.Settings;
import netlab.ui.testing.Fx;
import netlab.ui.testing.ShownPanes;
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
 * A run recorded in the window, reopened from its file: the replay shows what the live window
 * showed, pane for pane; it steps back and forth, plays faster, exports a connection as pcap, and
 * says what is wrong with a damaged file.
 */
@ExtendWith(ApplicationExtension.class)
class RecordingReplayWindowTest {
    private Window w;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, new LabOptions(Locale.ENGLISH, List.of(TestPresets.streamEchoRelay()), List.of(TestPresets.streamEchoCode()),
                Settings.inMemory()));
    }

    @AfterEach
    void stop() {
        Fx.run(() -> javafx.stage.Window.getWindows().stream().filter(x -> x instanceof Stage s && s.getScene() != null
                && s.getScene().getRoot().getId() != null && s.getScene().getRoot().getId().equals("replay")).toList()
                .forEach(x -> ((Stage) x).close()));
        w.close();
    }

    /** Records the relay preset's run by clicks (the file is given, as the Record dialog would); returns the file. */
    private Path recordARun(FxRobot robot) throws Exception {
        Path file = dir.resolve("class.netlab.jsonl");
        // the Record button asks where, in a native dialog a robot cannot drive: the model is given the answer
        Fx.run(() -> w.window.model().recording().start(file));
        Fx.await(() -> w.label("#recording-size").startsWith("● "), "the size shows while recording");
        w.click(robot, "#preset-free-port");
        w.click(robot, "#preset-run");
        Fx.await(() -> w.label("#preset-status").equals("done"), "the run is done");
        w.awaitPane("the client closed", p -> p.title().equals("echo_client · client-1") && p.state().equals("closed"));
        Fx.await(() -> w.window.model().panes().panes().stream().filter(p -> p.key().startsWith("server-1/") || p.key().startsWith("relay-1/"))
                .count() == 3 && w.window.model().panes().panes().stream().filter(p -> p.key().contains("/")).allMatch(PaneModel::isOver),
                "every connection closed");
        w.click(robot, "#preset-stop");
        w.lab.endpoint("relay-1").finished().get(Fx.T); // the run stopped: its relay and its server
        w.lab.endpoint("server-1").finished().get(Fx.T);
        long published = w.lab.events().published();
        Fx.await(() -> w.window.model().status().seenProperty().get() >= published - 5
                && w.window.model().recording().eventsProperty().get() > 0, "the window and the recording caught up");
        // a click on the (now square) button stops: no dialog
        w.click(robot, "#record-toggle");
        Fx.await(() -> !w.window.model().recording().recordingProperty().get(), "the recording is finished");
        assertThat(w.label("#recording-size")).startsWith("✓ ").endsWith("KB");
        assertThat(Fx.on(() -> ((javafx.scene.control.Label) w.node("#recording-size")).getTooltip().getText()))
                .startsWith("Saved " + file);
        return file;
    }

    private ReplayWindow awaitReplay() {
        Fx.await(() -> replayWindow() != null, "the replay window opened");
        ReplayWindow r = replayWindow();
        Fx.await(() -> r.player().positionProperty().get() == r.player().size(), "everything replayed");
        return r;
    }

    private static ReplayWindow replayWindow() {
        return Fx.on(() -> javafx.stage.Window.getWindows().stream().filter(x -> x.getScene() != null)
                .map(x -> x.getScene().getRoot().getProperties().get(ReplayWindow.class)).filter(o -> o != null)
                .map(o -> (ReplayWindow) o).findFirst().orElse(null));
    }

    /** Every pane's lines, by pane key. */
    private static Map<String, List<String>> panes(LabViewModel model) {
        return Fx.on(() -> {
            Map<String, List<String>> out = new TreeMap<>();
            for (PaneModel p : model.panes().panes()) {
                out.put(p.key() + " " + p.titleProperty().get(), p.text());
            }
            return out;
        });
    }

    private static List<String> rows(LabViewModel model) {
        return Fx.on(() -> model.panes().rows().stream().map(r -> (r.client() == null ? "-" : r.client().key()) + " | "
                + (r.server() == null ? "-" : r.server().key())).toList());
    }

    @Test
    void aRecordedRunReopensWithIdenticalPanesAndStepsBackAndForth(FxRobot robot) throws Exception {
        Path file = recordARun(robot);
        assertThat(new RecordingReader().read(file).complete()).isTrue();
        Map<String, List<String>> live = panes(w.window.model());
        List<String> liveRows = rows(w.window.model());

        Fx.run(() -> w.window.model().openRecording(file));
        ReplayWindow replay = awaitReplay();
        assertThat(panes(replay.model())).isEqualTo(live);
        assertThat(rows(replay.model())).isEqualTo(liveRows);
        assertThat(live).hasSizeGreaterThanOrEqualTo(6);
        Node root = Fx.on(replay::root);
        assertThat(Fx.on(() -> ((javafx.scene.control.Label) root.lookup("#replay-title")).getText())).isEqualTo("Replay of class.netlab.jsonl");
        assertThat(Fx.on(() -> root.lookup("#replay-notes"))).as("a complete recording has nothing to say").isNull();
        // what the panes draw too, not only what their models hold
        ShownPanes.Shown client = Fx.on(() -> ShownPanes.titled((javafx.scene.Parent) root, "echo_client · client-1").orElseThrow());
        assertThat(ShownPanes.literals(client, "echo_client: received ")).isEqualTo("This is the message. It will be sent in parts.");
        // the chunk map and the timeline are rebuilt as well
        assertThat(Fx.on(() -> replay.model().timeline().lanes().stream().map(l -> l.label()).toList()))
                .containsAll(Fx.on(() -> w.window.model().timeline().lanes().stream().map(l -> l.label())
                        .filter(l -> !l.startsWith("task")).toList()));

        // a step back rebuilds the views up to the step before; a step on brings them back
        int end = Fx.on(() -> replay.player().positionProperty().get());
        click(robot, root, "#replay-step-back");
        Fx.await(() -> replay.player().positionProperty().get() < end, "a step back");
        int back = Fx.on(() -> replay.player().positionProperty().get());
        assertThat(Fx.on(replay::rebuilds)).isEqualTo(1);
        assertThat(Fx.on(() -> replay.model().status().seenProperty().get())).isEqualTo(back);
        click(robot, root, "#replay-step-forward");
        Fx.await(() -> replay.player().positionProperty().get() > back, "a step on");
        Fx.run(() -> replay.player().seek(replay.player().size()));
        assertThat(panes(replay.model())).isEqualTo(live);
        // back to the start: nothing shown; keys step as the buttons do
        click(robot, root, "#replay-start");
        Fx.await(() -> replay.player().positionProperty().get() == 0 && replay.model().panes().panes().isEmpty(), "nothing shown at the start");
        robot.push(javafx.scene.input.KeyCode.RIGHT);
        Fx.await(() -> replay.player().positionProperty().get() > 0, "Right steps");
        assertThat(Fx.on(() -> replay.player().shown().kind())).isNotEqualTo(netlab.engine.event.EventKind.TASK_STEP);

        // played at 10x it runs to its end by itself
        Fx.run(() -> ((javafx.scene.control.ComboBox<Double>) root.lookup("#replay-speed")).setValue(10.0));
        long started = System.nanoTime();
        click(robot, root, "#replay-play");
        Fx.await(() -> replay.player().positionProperty().get() == replay.player().size(), "played to the end");
        System.out.println("a recording of " + Fx.on(() -> replay.player().totalNanos()) / 1_000_000 + " ms replayed at 10x in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertThat(panes(replay.model())).isEqualTo(live);
    }

    @Test
    void aReplayedConnectionExportsAsPcapAndAPaneAsText(FxRobot robot) throws Exception {
        Path file = recordARun(robot);
        Fx.run(() -> w.window.model().openRecording(file));
        ReplayWindow replay = awaitReplay();
        String server = Fx.on(() -> replay.model().panes().panes().stream().filter(p -> p.key().startsWith("server-1/")).findFirst()
                .orElseThrow().key());
        Fx.run(() -> replay.view().panes().reveal(server));
        Fx.await(() -> replay.view().panes().paneView(server) != null, "the server's pane is built");
        PaneView view = Fx.on(() -> replay.view().panes().paneView(server));
        Path pcap = dir.resolve("server.pcap");
        Fx.run(() -> view.exportPcapTo(pcap));
        Fx.await(() -> Files.exists(pcap) && Files.size(pcap) > 24, "the pcap is written");
        byte[] bytes = Files.readAllBytes(pcap);
        assertThat(bytes[0] & 0xFF).isEqualTo(0x4d);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("This ", "is th", "parts");
        Path text = dir.resolve("server.txt");
        Fx.run(() -> view.exportTo(text, false));
        Fx.await(() -> Files.exists(text) && Files.readString(text).contains("received b'This '"), "the pane is written as text");

        // the live window exports the same connection from its recording
        Fx.run(() -> w.window.view().panes().reveal(server));
        Fx.await(() -> w.window.view().panes().paneView(server) != null, "the live server pane is built");
        Path livePcap = dir.resolve("live.pcap");
        Fx.run(() -> w.window.view().panes().paneView(server).exportPcapTo(livePcap));
        Fx.await(() -> Files.exists(livePcap) && Files.size(livePcap) == bytes.length, "the live pcap is the replay's");
        assertThat(Files.readAllBytes(livePcap)).isEqualTo(bytes);
    }

    @Test
    void aDamagedRecordingOpensWithWhatItHasAndAForeignFileIsRefused(FxRobot robot) throws Exception {
        Path file = recordARun(robot);
        byte[] all = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.netlab.jsonl");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length * 2 / 3));
        Fx.run(() -> w.window.model().openRecording(cut));
        ReplayWindow replay = awaitReplay();
        Node root = Fx.on(replay::root);
        assertThat(Fx.on(() -> ((javafx.scene.control.Label) root.lookup("#replay-notes")).getText()))
                .containsPattern("line \\d+ is cut short \\(the recording stopped while writing it\\): opened the \\d+ events before it");
        assertThat(Fx.on(() -> replay.player().size())).isPositive();

        Path foreign = dir.resolve("preset.json");
        Files.writeString(foreign, "{\"format\": \"netlab-preset/1\"}\n");
        Fx.run(() -> w.window.model().openRecording(foreign));
        Fx.await(() -> w.window.model().openProblemProperty().get() != null, "the problem is said");
        assertThat(Fx.on(() -> w.window.model().openProblemProperty().get().render(w.window.model().i18n())))
                .contains("not a NetLab recording");
    }

    private static void click(FxRobot robot, Node root, String query) {
        netlab.ui.testing.Reveal.click(robot, (javafx.scene.Parent) root, query);
    }
}
