package netlab.ui.panes;

import static netlab.ui.testing.SyntheticEvents.serverConnection;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.stage.Stage;
import netlab.engine.event.EventKind;
import netlab.engine.event.Origin;
import netlab.ui.i18n.I18n;
import netlab.ui.testing.Fx;
import netlab.ui.testing.SyntheticEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A pane's lines are formatted when they are read (drawn, filtered, copied), not when their events
 * arrive: a pane out of sight under a flood formats nothing, yet shows every line it keeps, in
 * order and with the exact count of the lines it let go of, once it comes into sight.
 */
@ExtendWith(ApplicationExtension.class)
class PaneOutOfSightTest {
    private static final int KEPT = 50;
    private static final int SENT = 120;

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final SyntheticEvents ev = new SyntheticEvents();
    private final Origin conn = serverConnection("server-1", 1, 10000, 54321);

    @Start
    void start(Stage stage) {
        // the toolkit, for the pane's text area; the pane is never put in a window
    }

    /** {@code count} reads of "part i", i from 1; then one commit, as one frame's batch. */
    private static void reads(PanesModel panes, SyntheticEvents ev, Origin conn, int from, int count) {
        for (int i = from; i < from + count; i++) {
            panes.accept(ev.data(conn, EventKind.DATA_RECEIVED, "part " + i));
        }
        panes.commit();
    }

    private static List<String> expectedReads(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add("part " + i);
        }
        return out;
    }

    @Test
    void aPaneNoOneReadsFormatsNothingAndEachLineIsFormattedOnceWhenRead() {
        PanesModel panes = new PanesModel(new LineFormatter(i18n), 24, KEPT);
        panes.accept(ev.event(conn, EventKind.CONNECTION_MADE, "connection_made: ..."));
        reads(panes, ev, conn, 1, SENT);
        PaneModel pane = panes.rows().get(0).server();

        assertThat(pane.formattedLines()).isZero();
        assertThat(pane.elidedLines()).isEqualTo(SENT + 1 - KEPT); // the connection_made line and the oldest reads

        List<String> text = pane.text();
        assertThat(text).hasSize(KEPT);
        assertThat(text.get(KEPT - 1)).contains("read " + SENT + " ").contains("'part " + SENT + "'");
        assertThat(text.get(0)).contains("read " + (SENT - KEPT + 1) + " ");
        assertThat(pane.formattedLines()).isEqualTo(KEPT);
        pane.text();
        pane.line(pane.endIndex() - 1);
        assertThat(pane.formattedLines()).as("a line read again is not formatted again").isEqualTo(KEPT);
    }

    @Test
    void aPaneOutOfSightFormatsNothingAndShowsEveryKeptLineInOrderOnceInSight() {
        PanesModel panes = new PanesModel(new LineFormatter(i18n), 24, KEPT);
        panes.accept(ev.event(conn, EventKind.CONNECTION_MADE, "connection_made: ..."));
        panes.commit();
        PaneModel pane = panes.rows().get(0).server();
        PaneView view = Fx.on(() -> new PaneView(pane, i18n, PaneActions.NONE));
        long formattedInSight = pane.formattedLines();

        Fx.run(() -> {
            view.setShown(false);
            reads(panes, ev, conn, 1, 30);
            reads(panes, ev, conn, 31, SENT - 30);
        });
        assertThat(pane.formattedLines()).as("out of sight, nothing is formatted").isEqualTo(formattedInSight);

        List<String> paragraphs = Fx.on(() -> {
            view.setShown(true);
            List<String> out = new ArrayList<>();
            view.area().getParagraphs().forEach(p -> out.add(p.getText()));
            return out;
        });
        long elided = SENT + 1 - KEPT;
        assertThat(pane.elidedLines()).isEqualTo(elided);
        assertThat(paragraphs).hasSize(KEPT + 1);
        assertThat(paragraphs.get(0)).isEqualTo("⋯ " + elided + " earlier lines elided (a pane keeps the last " + KEPT + ")");
        List<String> reads = paragraphs.subList(1, paragraphs.size()).stream()
                .map(p -> p.substring(p.indexOf('\'') + 1, p.lastIndexOf('\''))).toList();
        assertThat(reads).containsExactlyElementsOf(expectedReads(SENT - KEPT + 1, SENT));
        assertThat(pane.formattedLines()).as("only the lines drawn are formatted").isEqualTo(formattedInSight + KEPT);
        Fx.run(view::dispose);
    }

    @Test
    void aPaneInSightKeepsItsNewestLinesInOrderUnderAnExactCountOfTheLinesItDropped() {
        PanesModel panes = new PanesModel(new LineFormatter(i18n), 24, KEPT);
        panes.accept(ev.event(conn, EventKind.CONNECTION_MADE, "connection_made: ..."));
        panes.commit();
        PaneModel pane = panes.rows().get(0).server();
        PaneView view = Fx.on(() -> new PaneView(pane, i18n, PaneActions.NONE));
        int sent = 0;
        for (int batch : new int[] {20, 20, 20, 7, 33, 1, 45}) {
            int from = sent + 1;
            sent += batch;
            List<String> paragraphs = Fx.on(() -> {
                reads(panes, ev, conn, from, batch);
                List<String> out = new ArrayList<>();
                view.area().getParagraphs().forEach(p -> out.add(p.getText()));
                return out;
            });
            long elided = Math.max(0, sent + 1 - KEPT);
            assertThat(pane.elidedLines()).isEqualTo(elided);
            List<String> lines = paragraphs;
            if (elided > 0) {
                assertThat(paragraphs.get(0)).isEqualTo("⋯ " + elided + " earlier lines elided (a pane keeps the last " + KEPT + ")");
                lines = paragraphs.subList(1, paragraphs.size());
            } else {
                assertThat(lines.get(0)).contains("connection_made");
                lines = lines.subList(1, lines.size());
            }
            List<String> reads = lines.stream().map(p -> p.substring(p.indexOf('\'') + 1, p.lastIndexOf('\''))).toList();
            assertThat(reads).as("after %d reads", sent).containsExactlyElementsOf(expectedReads(Math.max(1, sent - KEPT + 1), sent));
        }
        Fx.run(view::dispose);
    }
}
