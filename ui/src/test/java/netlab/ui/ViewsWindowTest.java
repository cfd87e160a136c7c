package netlab.ui;

import netlab.ui.lab.LabOptions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.ui.settings.Settings;
import netlab.ui.testing.Fx;
import netlab.ui.testing.TestPresets;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The chunk map and the timeline for a known conversation, published into a real lab's event
 * stream exactly as the engine reports one: the client writes the seed's three parts, the server
 * reads them as one, echoes 46 bytes, and the client reads them in two.
 */
@ExtendWith(ApplicationExtension.class)
class ViewsWindowTest {
    private static final Origin SERVER = new Origin("server-9", Role.SERVER, "server-9/1", "echo_127.0.0.1_5000",
            "127.0.0.1:10000", "127.0.0.1:5000");
    private static final Origin CLIENT = new Origin("client-9", Role.CLIENT, "client-9/1", "echo_client",
            "127.0.0.1:5000", "127.0.0.1:10000");

    private Window w;
    private LabEvent firstWrite;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, new LabOptions(Locale.ENGLISH, List.of(), List.of(TestPresets.streamEchoCode()), Settings.inMemory()));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    private void publishTheConversation() {
        EventStream events = w.lab.events();
        events.publish(SERVER, EventKind.CONNECTION_MADE, null, null, null, -1, 0, null);
        events.publish(CLIENT, EventKind.CONNECTION_MADE, null, null, null, -1, 0, null);
        long at = 0;
        for (String part : new String[] {"This is the message. ", "It will be sent ", "in parts."}) {
            Bytes b = Bytes.utf8(part);
            LabEvent e = events.publish(CLIENT, EventKind.DATA_SENT, null, null, b, at, b.size(), null);
            events.log(CLIENT, "echo_client", "sending " + b.repr());
            if (firstWrite == null) {
                firstWrite = e;
            }
            at += b.size();
        }
        Bytes all = Bytes.utf8("This is the message. It will be sent in parts.");
        events.publish(SERVER, EventKind.DATA_RECEIVED, null, null, all, 0, all.size(), null);
        events.publish(SERVER, EventKind.DATA_SENT, null, null, all, 0, all.size(), null);
        events.publish(CLIENT, EventKind.DATA_RECEIVED, null, null, all.slice(0, 20), 0, 20, null);
        events.publish(CLIENT, EventKind.DATA_RECEIVED, null, null, all.slice(20), 20, 26, null);
    }

    @Test
    void theChunkMapShowsThreeWritesMergedIntoOneReadAndTheEchoSplitInTwo(FxRobot robot) {
        publishTheConversation();
        w.click(robot, "#view-chunks");
        Fx.await(() -> w.label("#chunkmap-forward-summary").startsWith("3 writes"), "the chunk map of the conversation");
        assertThat(w.label("#chunkmap-forward-summary")).isEqualTo("3 writes · 1 read · 1 merge · no splits · 46 B");
        assertThat(w.label("#chunkmap-backward-summary")).isEqualTo("1 write · 2 reads · no merges · 1 split · 46 B");
        assertThat(w.label("#chunkmap-lesson")).startsWith("The reads did not follow the writes: 1 merge, 1 split.");
        // the merged read is framed in the "changed" red, not only said so
        Canvas canvas = (Canvas) w.node("#chunkmap-forward");
        int red = Fx.on(() -> count(canvas, c -> c.getRed() > 0.7 && c.getGreen() < 0.3 && c.getBlue() < 0.3));
        assertThat(red).as("red pixels of the merge frame").isGreaterThan(100);
    }

    @Test
    void aMarkClickedOnTheTimelineLightsTheLinesThatMadeItInBothLanguages(FxRobot robot) {
        publishTheConversation();
        w.click(robot, "#view-timeline");
        var timeline = Fx.on(() -> w.window.view().timeline());
        Fx.await(() -> timeline.pointOf(firstWrite) != null && w.window.model().timeline().markCount() >= 11, "the write is drawn");
        assertThat(Fx.on(() -> w.window.model().timeline().lanes().stream().map(l -> l.label()).toList()))
                .containsExactly("echo_127.0.0.1_5000", "echo_client · client-9");
        assertThat(Fx.on(() -> w.window.model().timeline().arrows(0, Long.MAX_VALUE).size())).as("3 into the read, 2 out of the echo").isEqualTo(5);
        Point2D at = Fx.on(() -> {
            Point2D p = timeline.pointOf(firstWrite);
            return timeline.canvas().localToScreen(p.getX(), p.getY());
        });
        robot.clickOn(at);
        Fx.await(() -> w.window.model().focusedEventProperty().get() != null, "the click picked a mark");
        assertThat(Fx.on(() -> w.window.model().focusedEventProperty().get().seq())).isEqualTo(firstWrite.seq());

        w.click(robot, "#view-code");
        var code = Fx.on(() -> w.window.view().code());
        Fx.await(() -> code.markedPythonLine() == 4, "the Python line of the write is lit");
        assertThat(Fx.on(code::markedJavaLine)).isEqualTo(3);
        assertThat(w.label("#code-where")).contains("asyncio_echo_client_coroutine.py, line 4", "StreamEchoClient.java, line 3",
                "one write per part");
        assertThat(w.label("#code-event")).isEqualTo("Looking at: echo_client: write(b'This is the message. ') 21 bytes at 0");
    }

    /**
     * The order axis (the default): the conversation's marks one slot apart in sequence order, the
     * first write's arrows going right to the read; Wall clock in the toolbar brings the times back,
     * is remembered, and a click still finds the write on either axis.
     */
    @Test
    void theTimelinesOrderAxisPutsEachEventInItsSlotAndWallClockIsAToggle(FxRobot robot) {
        publishTheConversation();
        w.click(robot, "#view-timeline");
        var timeline = Fx.on(() -> w.window.view().timeline());
        var model = w.window.model().timeline();
        Fx.await(() -> timeline.pointOf(firstWrite) != null && model.markCount() >= 11, "the write is drawn");
        assertThat(Fx.on(timeline::axis)).isEqualTo(netlab.ui.timeline.TimelineAxis.ORDER);
        List<Long> slots = Fx.on(() -> model.marks(0, Long.MAX_VALUE).stream()
                .map(m -> model.at(m) / netlab.ui.timeline.TimelineAxis.SLOT).toList());
        assertThat(slots).as("n events, n slots in order").isSorted().doesNotHaveDuplicates();
        List<Long> seqs = Fx.on(() -> model.marks(0, Long.MAX_VALUE).stream().map(m -> m.event().seq()).toList());
        assertThat(seqs).isSorted();
        List<Double> xs = Fx.on(() -> model.marks(0, Long.MAX_VALUE).stream().map(m -> timeline.pointOf(m.event()).getX()).toList());
        assertThat(xs).as("drawn left to right, one slot each").isSorted().doesNotHaveDuplicates();
        assertThat(Fx.on(() -> model.arrows(0, Long.MAX_VALUE))).hasSize(5).allSatisfy(a -> assertThat(a.toNanos()).isGreaterThan(a.fromNanos()));
        clickAndExpect(robot, timeline, firstWrite);

        w.click(robot, "#timeline-axis-wall");
        Fx.await(() -> timeline.axis() == netlab.ui.timeline.TimelineAxis.WALL_CLOCK, "wall clock chosen");
        assertThat(Fx.on(() -> w.window.model().settings().get(netlab.ui.timeline.TimelineAxis.SETTING, ""))).isEqualTo("WALL_CLOCK");
        assertThat(Fx.on(() -> model.marks(0, Long.MAX_VALUE).stream().map(model::at).toList()))
                .isEqualTo(Fx.on(() -> model.marks(0, Long.MAX_VALUE).stream().map(m -> m.event().nanos()).toList()));
        Fx.on(() -> {
            w.window.model().focusedEventProperty().set(null);
            return null;
        });
        clickAndExpect(robot, timeline, firstWrite);

        w.click(robot, "#timeline-axis-order");
        Fx.await(() -> timeline.axis() == netlab.ui.timeline.TimelineAxis.ORDER, "order chosen again");
        assertThat(Fx.on(() -> w.window.model().settings().get(netlab.ui.timeline.TimelineAxis.SETTING, ""))).isEqualTo("ORDER");
    }

    private void clickAndExpect(FxRobot robot, netlab.ui.timeline.TimelineView timeline, LabEvent event) {
        Fx.await(() -> {
            timeline.commit();
            return timeline.pointOf(event) != null;
        }, "the mark is drawn");
        Point2D at = Fx.on(() -> {
            Point2D p = timeline.pointOf(event);
            return timeline.canvas().localToScreen(p.getX(), p.getY());
        });
        robot.clickOn(at);
        Fx.await(() -> w.window.model().focusedEventProperty().get() != null, "the click picked a mark");
        assertThat(Fx.on(() -> w.window.model().focusedEventProperty().get().seq())).isEqualTo(event.seq());
    }

    private static int count(Canvas canvas, java.util.function.Predicate<Color> match) {
        WritableImage image = canvas.snapshot(null, null);
        PixelReader r = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if (match.test(r.getColor(x, y))) {
                    n++;
                }
            }
        }
        return n;
    }
}
