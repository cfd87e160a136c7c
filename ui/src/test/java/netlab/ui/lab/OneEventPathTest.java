package netlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import netlab.engine.event.EventSubscription;
import netlab.engine.event.LabEvent;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.Lab;
import netlab.engine.port.RefusingCommands;
import netlab.engine.port.disk.DiskFiles;
import netlab.engine.port.live.LiveCommands;
import netlab.ui.i18n.Problem;
import netlab.ui.panes.PaneModel;
import netlab.ui.pump.EventPump;
import netlab.ui.replay.PlayedEvents;
import netlab.ui.server.ServerStatus;
import netlab.ui.testing.UiQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's model reads events from an event source and nothing else: a live lab's
 * subscription and the same events played back from memory make the same panes, tree and status,
 * and a model on a lab that runs nothing refuses its commands with the reason. No FX toolkit: the
 * test thread plays the FX thread.
 */
class OneEventPathTest {
    private final Lab lab = new Lab();
    private final DiskFiles files = new DiskFiles();
    private final UiQueue ui = new UiQueue();

    @AfterEach
    void close() {
        lab.close();
        files.close();
    }

    @Test
    void aLiveRunAndTheSameEventsPlayedBackMakeTheSameWindow() {
        // everything the lab publishes, kept aside for the played-back model
        long before = lab.events().published();
        EventSubscription all = lab.events().subscribe("kept", 65_536);
        LabViewModel live = new LabViewModel(new LiveCommands(lab), files, Locale.ENGLISH, ui);
        EventPump livePump = new EventPump(lab.events().subscribe("window", 65_536), 1_000, live::accept);

        live.server().portProperty().set("0");
        assertThat(live.server().start()).isTrue();
        ui.runUntil(() -> live.server().statusProperty().get() == ServerStatus.LISTENING, livePump::pumpOnce,
                java.time.Duration.ofSeconds(10), "the server listens");
        live.client().portProperty().set(String.valueOf(live.server().listeningPortProperty().get()));
        assertThat(live.client().send()).isTrue();
        ui.runUntil(() -> live.client().lastClientStateProperty().get() == EndpointState.FINISHED
                        && live.panes().panes().stream().filter(p -> p.key().contains("/")).allMatch(PaneModel::isOver)
                        && live.status().seenProperty().get() == lab.events().published() - before,
                livePump::pumpOnce, java.time.Duration.ofSeconds(10), "the client is done and every event is in");

        List<LabEvent> events = new ArrayList<>();
        all.drainTo(events, Integer.MAX_VALUE);
        assertThat(events).hasSize((int) (lab.events().published() - before));

        PlayedEvents played = new PlayedEvents();
        LabViewModel replay = new LabViewModel(new RefusingCommands("a replay runs nothing"), files,
                LabOptions.bare(Locale.ENGLISH).forReplay(Locale.ENGLISH), ViewCatalog.standard(), ui);
        EventPump replayPump = new EventPump(played, 1_000, replay::accept);
        played.play(events);
        while (played.backlog() > 0) {
            replayPump.pumpOnce();
        }

        assertThat(panes(replay)).isEqualTo(panes(live)).isNotEmpty();
        assertThat(rows(replay)).isEqualTo(rows(live));
        assertThat(tree(replay)).isEqualTo(tree(live));
        assertThat(replay.status().seenProperty().get()).isEqualTo(live.status().seenProperty().get());
        assertThat(replay.timeline().lanes().stream().map(l -> l.label()).toList())
                .isEqualTo(live.timeline().lanes().stream().map(l -> l.label()).toList());
    }

    @Test
    void aModelOnALabThatRunsNothingRefusesItsCommandsWithTheReason() {
        LabViewModel replay = new LabViewModel(new RefusingCommands("a replay shows a recording: it starts nothing"), files,
                LabOptions.bare(Locale.ENGLISH).forReplay(Locale.ENGLISH), ViewCatalog.standard(), ui);
        replay.server().portProperty().set("0");
        assertThat(replay.server().start()).isTrue();
        ui.runUntil(() -> replay.server().statusProperty().get() == ServerStatus.FAILED, () -> { },
                java.time.Duration.ofSeconds(5), "the start is refused");
        assertThat(replay.server().failureProperty().get().render(replay.i18n())).contains("a replay shows a recording: it starts nothing");
    }

    @Test
    void aSaveThatFailsIsSaidNotDropped(@TempDir Path dir) throws Exception {
        LabViewModel model = new LabViewModel(new LiveCommands(lab), files, Locale.ENGLISH, ui);
        Path nowhere = dir.resolve("no-such-folder").resolve("pane.txt");
        AtomicReference<Problem> said = new AtomicReference<>();
        AtomicReference<Boolean> answered = new AtomicReference<>(false);
        model.paneActions().save(nowhere, "text", p -> {
            said.set(p);
            answered.set(true);
        });
        ui.runUntil(answered::get, () -> { }, java.time.Duration.ofSeconds(5), "the save answers");
        assertThat(said.get()).isNotNull();
        assertThat(said.get().render(model.i18n())).contains(nowhere.toString());

        // and one that works says nothing is wrong, and the file is there
        Path fine = dir.resolve("pane.txt");
        answered.set(false);
        model.paneActions().save(fine, "text", p -> {
            said.set(p);
            answered.set(true);
        });
        ui.runUntil(answered::get, () -> { }, java.time.Duration.ofSeconds(5), "the save answers");
        assertThat(said.get()).isNull();
        assertThat(Files.readString(fine)).isEqualTo("text");
    }

    private static Map<String, List<String>> panes(LabViewModel model) {
        Map<String, List<String>> out = new TreeMap<>();
        for (PaneModel p : model.panes().panes()) {
            out.put(p.key() + " " + p.titleProperty().get(), p.text());
        }
        return out;
    }

    private static List<String> rows(LabViewModel model) {
        return model.panes().rows().stream().map(r -> (r.client() == null ? "-" : r.client().key()) + " | "
                + (r.server() == null ? "-" : r.server().key())).toList();
    }

    private static List<String> tree(LabViewModel model) {
        List<String> out = new ArrayList<>();
        model.bench().groups().forEach(g -> {
            out.add(g.labelProperty().get());
            g.children().forEach(e -> {
                out.add("  " + e.labelProperty().get() + " " + e.stateKeyProperty().get());
                e.children().forEach(c -> out.add("    " + c.labelProperty().get() + " " + c.stateKeyProperty().get()));
            });
        });
        return out;
    }
}
