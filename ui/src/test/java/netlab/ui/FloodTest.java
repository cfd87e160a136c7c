package netlab.ui;

import netlab.ui.lab.LabOptions;
import netlab.ui.testing.LivePorts;
import netlab.ui.lab.LabViewModel;
import netlab.ui.lab.LabView;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javafx.scene.Scene;
import javafx.stage.Stage;
import netlab.engine.lab.Lab;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.ui.panes.PaneModel;
import netlab.ui.panes.PanesModel;
import netlab.ui.pump.FrameStats;
import netlab.ui.testing.Fx;
import netlab.ui.testing.ShownPanes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A flood of events into a shown window: the panes stay bounded, every event is either shown or
 * counted as elided, and the FX thread keeps answering. Timings are printed, not asserted: they
 * depend on the machine.
 */
@ExtendWith(ApplicationExtension.class)
class FloodTest {
    private static final int SHORT_CONNECTIONS = 30;
    private static final int LONG_CONNECTIONS = 16;
    private static final int EVENTS = 200_000;
    private static final Bytes CHUNK = Bytes.utf8("0123456789abcdef");

    private Lab lab;
    private LabWindow window;
    private long publishedBefore;

    @Start
    void start(Stage stage) {
        lab = new Lab();
        publishedBefore = lab.events().published();
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

    /** Short connections that finish (they fill the rows), then long ones, one of them taking half. */
    private void flood() {
        EventStream events = lab.events();
        int published = 0;
        for (int k = 0; k < SHORT_CONNECTIONS; k++) {
            Origin o = new Origin("flood-c" + k, Role.CLIENT, "flood-c" + k + "/1", "echo_client",
                    "10.0.0.2:" + (20000 + k), "10.0.0.9:7");
            events.publish(o, EventKind.CONNECTION_MADE, null, "connection_made", null, -1, 0, null);
            events.log(o, "echo_client", "sending b'...'");
            events.publish(o, EventKind.DATA_SENT, null, null, CHUNK, 0, CHUNK.size(), null);
            events.log(o, "echo_client", "closing");
            events.publish(o, EventKind.CONNECTION_LOST, null, "connection_lost(None)", null, 0, 0, null);
            published += 5;
        }
        Origin[] longOnes = new Origin[LONG_CONNECTIONS];
        long[] offsets = new long[LONG_CONNECTIONS];
        for (int k = 0; k < LONG_CONNECTIONS; k++) {
            longOnes[k] = new Origin("flood-server", Role.SERVER, "flood-server/" + (k + 1), "echo_10.0.0.1_" + (30000 + k),
                    "10.0.0.9:7", "10.0.0.1:" + (30000 + k));
        }
        for (int i = 0; published < EVENTS; i++, published++) {
            int k = i % 2 == 0 ? 0 : 1 + (i / 2) % (LONG_CONNECTIONS - 1);
            if (i % 3 == 0) {
                events.log(longOnes[k], longOnes[k].label(), "received b'0123456789abcdef' #" + i);
            } else {
                events.publish(longOnes[k], EventKind.DATA_RECEIVED, null, null, CHUNK, offsets[k], CHUNK.size(), null);
                offsets[k] += CHUNK.size();
            }
        }
    }

    @Test
    void aFloodLeavesPanesBoundedAndEveryEventCounted() throws Exception {
        List<Long> pingsMicros = Collections.synchronizedList(new ArrayList<>());
        Thread publisher = new Thread(this::flood, "flood-publisher");
        long started = System.nanoTime();
        publisher.start();

        // while the flood is handled, the FX thread must keep answering
        long caughtUpBy = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        LabViewModel model = window.model();
        while (true) {
            long t = System.nanoTime();
            boolean done = Fx.on(() -> model.status().seenProperty().get() + model.status().elidedProperty().get()
                    == EVENTS && model.status().backlogProperty().get() == 0);
            pingsMicros.add((System.nanoTime() - t) / 1_000);
            if (done) {
                break;
            }
            assertThat(System.nanoTime()).as("the window caught up with the flood").isLessThan(caughtUpBy);
            Thread.sleep(10);
        }
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        publisher.join(10_000);

        long seen = Fx.on(() -> model.status().seenProperty().get());
        long elided = Fx.on(() -> model.status().elidedProperty().get());
        FrameStats.Snapshot frames = Fx.on(() -> window.pump().stats());
        List<Long> sorted = new ArrayList<>(pingsMicros);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "flood: %d events published, %d shown, %d elided, caught up in %d ms%n",
                EVENTS, seen, elided, tookMillis);
        System.out.println("flood: " + frames);
        System.out.printf(Locale.ROOT, "flood: FX round trip while flooded: %d pings, median %.1f ms, max %.1f ms%n",
                sorted.size(), sorted.get(sorted.size() / 2) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);

        // nothing lost silently: what the window did not show, it counted
        assertThat(lab.events().published() - publishedBefore).isEqualTo(EVENTS);
        assertThat(seen + elided).isEqualTo(EVENTS);
        assertThat(Fx.on(() -> ((javafx.scene.control.Label) window.root().lookup("#status-elided")).getText()))
                .isEqualTo(String.format(Locale.ENGLISH, "Elided: %,d", elided));

        // bounded: rows, lines per pane, paragraphs per shown pane
        PanesModel panes = model.panes();
        assertThat(Fx.on(() -> panes.rows().size())).isLessThanOrEqualTo(panes.maxRows());
        assertThat(Fx.on(() -> panes.removedRowsProperty().get())).isGreaterThanOrEqualTo(SHORT_CONNECTIONS + LONG_CONNECTIONS
                - (long) panes.maxRows());
        List<PaneModel> shown = Fx.on(() -> List.copyOf(panes.panes()));
        for (PaneModel pane : shown) {
            assertThat(Fx.on(() -> pane.text().size())).isLessThanOrEqualTo(PanesModel.DEFAULT_LINES_PER_PANE);
        }
        for (ShownPanes.Shown pane : Fx.on(() -> ShownPanes.of(window.root()))) {
            assertThat(Fx.on(() -> pane.area().getParagraphs().size())).isLessThanOrEqualTo(PanesModel.DEFAULT_LINES_PER_PANE + 1);
        }

        // the busiest pane says how many of its lines it let go, on its first line
        PaneModel busiest = Fx.on(() -> panes.panes().stream().filter(p -> p.key().equals("flood-server/1")).findFirst().orElseThrow());
        long elidedLines = Fx.on(busiest::elidedLines);
        assertThat(elidedLines).isPositive();
        // panes out of sight wait; brought into sight, they catch up at once
        Fx.run(() -> ShownPanes.reveal(window.root(), "flood-server/1"));
        Fx.await(() -> ShownPanes.titled(window.root(), "echo_10.0.0.1_30000").map(p -> p.text().startsWith("⋯")).orElse(false),
                "the busiest pane, in sight, shows its elided marker");
        ShownPanes.Shown busiestShown = Fx.on(() -> ShownPanes.titled(window.root(), "echo_10.0.0.1_30000").orElseThrow());
        assertThat(busiestShown.lines().get(0)).isEqualTo(String.format(Locale.ENGLISH,
                "⋯ %,d earlier lines elided (a pane keeps the last 2,000)", elidedLines));
        assertThat(busiestShown.lines()).hasSize(PanesModel.DEFAULT_LINES_PER_PANE + 1);
        assertThat(busiestShown.lines().get(1)).isEqualTo(Fx.on(() -> busiest.text().get(0)));
        assertThat(frames.frames()).isPositive();
    }

    /** A steady stream, as a busy class bench makes: how smooth do frames stay? Printed, not asserted. */
    @Test
    void aSteadyStreamIsShownFrameByFrame() throws Exception {
        int perSecond = 10_000;
        int seconds = 3;
        Origin[] connections = new Origin[8];
        for (int k = 0; k < connections.length; k++) {
            connections[k] = new Origin("steady-server", Role.SERVER, "steady-server/" + (k + 1), "echo_10.0.0.3_" + (40000 + k),
                    "10.0.0.9:7", "10.0.0.3:" + (40000 + k));
        }
        Fx.run(() -> window.pump().resetStats());
        Thread publisher = new Thread(() -> {
            EventStream events = lab.events();
            long start = System.nanoTime();
            long[] offsets = new long[connections.length];
            for (int i = 0; i < perSecond * seconds; i++) {
                int k = i % connections.length;
                if (i % 2 == 0) {
                    events.log(connections[k], connections[k].label(), "received b'0123456789abcdef'");
                } else {
                    events.publish(connections[k], EventKind.DATA_RECEIVED, null, null, CHUNK, offsets[k], CHUNK.size(), null);
                    offsets[k] += CHUNK.size();
                }
                if (i % 100 == 99) {
                    long due = start + (i + 1) * 1_000_000_000L / perSecond;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                }
            }
        }, "steady-publisher");
        publisher.start();
        publisher.join(30_000);
        LabViewModel model = window.model();
        int total = perSecond * seconds;
        Fx.await(() -> model.status().seenProperty().get() + model.status().elidedProperty().get() == total
                && model.status().backlogProperty().get() == 0, "the window caught up with the stream");
        FrameStats.Snapshot frames = Fx.on(() -> window.pump().stats());
        System.out.printf(Locale.ROOT, "steady: %d events/s for %d s: %d shown, %d elided%n", perSecond, seconds,
                Fx.on(() -> model.status().seenProperty().get()), Fx.on(() -> model.status().elidedProperty().get()));
        System.out.println("steady: " + frames);

        assertThat(Fx.on(() -> model.status().seenProperty().get() + model.status().elidedProperty().get())).isEqualTo(total);
        for (PaneModel pane : Fx.on(() -> List.copyOf(model.panes().panes()))) {
            assertThat(Fx.on(() -> pane.text().size())).isLessThanOrEqualTo(PanesModel.DEFAULT_LINES_PER_PANE);
        }
    }

    /**
     * Thousands of short connections, both sides of each, while the timeline is drawn and the
     * bench tree is in sight: the tree, the timeline and the panes stay within their bounds and
     * every event is shown or counted. Frame gaps are printed, not asserted.
     */
    @Test
    void thousandsOfConnectionsWithTheTimelineAndTheTreeInSight() throws Exception {
        int connections = 3_000;
        Fx.run(() -> {
            window.view().showSide(LabView.Side.BENCH);
            window.view().showView("timeline");
            window.pump().resetStats();
        });
        Origin main = Origin.endpoint("many-server", Role.SERVER, "many-server");
        Thread publisher = new Thread(() -> {
            EventStream events = lab.events();
            events.publish(main, EventKind.ENDPOINT_STATE, null, "running", null, -1, 0, null);
            for (int k = 0; k < connections; k++) {
                int port = 10_000 + k;
                Origin client = new Origin("many-c" + k, Role.CLIENT, "many-c" + k + "/1", "echo_client",
                        "127.0.0.1:" + port, "127.0.0.1:7");
                Origin conn = new Origin("many-server", Role.SERVER, "many-server/" + (k + 1), "echo_127.0.0.1_" + port,
                        "127.0.0.1:7", "127.0.0.1:" + port);
                events.publish(conn, EventKind.CONNECTION_MADE, null, null, null, -1, 0, null);
                events.publish(client, EventKind.CONNECTION_MADE, null, null, null, -1, 0, null);
                events.publish(client, EventKind.DATA_SENT, null, null, CHUNK, 0, CHUNK.size(), null);
                events.publish(conn, EventKind.DATA_RECEIVED, null, null, CHUNK, 0, CHUNK.size(), null);
                events.publish(conn, EventKind.DATA_SENT, null, null, CHUNK, 0, CHUNK.size(), null);
                events.publish(client, EventKind.DATA_RECEIVED, null, null, CHUNK, 0, CHUNK.size(), null);
                events.publish(client, EventKind.CONNECTION_LOST, null, null, null, -1, 0, null);
                events.publish(conn, EventKind.CONNECTION_LOST, null, null, null, -1, 0, null);
                if (k % 100 == 99) {
                    java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
                }
            }
        }, "many-publisher");
        long started = System.nanoTime();
        publisher.start();
        publisher.join(60_000);
        long total = 1 + connections * 8L;
        LabViewModel model = window.model();
        Fx.await(() -> model.status().seenProperty().get() + model.status().elidedProperty().get() == total
                && model.status().backlogProperty().get() == 0, Duration.ofSeconds(60), () -> "the window caught up");
        FrameStats.Snapshot frames = Fx.on(() -> window.pump().stats());
        System.out.printf(Locale.ROOT, "many: %d connections (%d events) with the timeline and the tree in sight: %d shown, %d elided, %d ms%n",
                connections, total, Fx.on(() -> model.status().seenProperty().get()), Fx.on(() -> model.status().elidedProperty().get()),
                (System.nanoTime() - started) / 1_000_000);
        System.out.println("many: " + frames);

        assertThat(Fx.on(() -> model.status().seenProperty().get() + model.status().elidedProperty().get())).isEqualTo(total);
        var server = Fx.on(() -> model.bench().endpoint("many-server"));
        assertThat(Fx.on(() -> server.children().size())).isLessThanOrEqualTo(netlab.ui.bench.BenchModel.MAX_CONNECTIONS_PER_ENDPOINT);
        assertThat(Fx.on(() -> server.children().size() + server.droppedProperty().get()))
                .as("every connection the window saw is in the tree or counted as let go")
                .isLessThanOrEqualTo((long) connections).isPositive();
        for (var group : Fx.on(() -> List.copyOf(model.bench().groups()))) {
            assertThat(Fx.on(() -> group.children().size())).isLessThanOrEqualTo(netlab.ui.bench.BenchModel.MAX_ENDPOINTS_PER_GROUP);
        }
        assertThat(Fx.on(() -> model.timeline().lanes().size())).isLessThanOrEqualTo(netlab.ui.timeline.TimelineModel.MAX_LANES);
        assertThat(Fx.on(() -> model.timeline().markCount())).isLessThanOrEqualTo(netlab.ui.timeline.TimelineModel.MAX_MARKS);
        assertThat(Fx.on(() -> model.panes().rows().size())).isLessThanOrEqualTo(model.panes().maxRows());
        assertThat(frames.frames()).isPositive();
    }
}
