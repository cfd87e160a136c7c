package netlab.ui.panes;

import static netlab.ui.testing.SyntheticEvents.clientConnection;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import netlab.engine.event.EventKind;
import netlab.engine.event.Origin;
import netlab.ui.i18n.I18n;
import netlab.ui.testing.SyntheticEvents;
import org.junit.jupiter.api.Test;

/** The view model of a pane's filter: which lines pass, how many are hidden, and catching up as lines come and go. */
class PaneFilterTest {
    private final SyntheticEvents ev = new SyntheticEvents();
    private final LineFormatter formatter = new LineFormatter(new I18n(Locale.ENGLISH));
    private final Origin conn = clientConnection("client-1", 54321, 10000);

    private PaneModel pane(int capacity) {
        return new PaneModel("client-1", PaneKind.CLIENT, conn, capacity, formatter);
    }

    private void exchange(PaneModel pane, int n) {
        pane.apply(ev.log(conn, "echo_client", "sending PING " + n));
        pane.apply(ev.data(conn, EventKind.DATA_SENT, "PING " + n));
        pane.apply(ev.data(conn, EventKind.DATA_RECEIVED, "PONG " + n));
        pane.commit();
    }

    private static List<String> shown(PaneModel pane) {
        PaneFilter f = pane.filter();
        return f.linesFrom(f.firstShown()).stream().map(PaneLine::text).toList();
    }

    @Test
    void byDirectionAndTextWithTheHiddenCounted() {
        PaneModel pane = pane(100);
        exchange(pane, 1);
        exchange(pane, 2);
        PaneFilter f = pane.filter();
        assertThat(f.activeProperty().get()).isFalse();
        assertThat(shown(pane)).hasSize(6);
        assertThat(f.hiddenProperty().get()).isZero();

        f.directionProperty().set(LineDirection.IN);
        assertThat(shown(pane)).hasSize(2).allMatch(l -> l.contains("PONG"));
        assertThat(f.hiddenProperty().get()).isEqualTo(4);

        f.directionProperty().set(LineDirection.EVENTS);
        assertThat(shown(pane)).containsExactly("echo_client: sending PING 1", "echo_client: sending PING 2");

        f.directionProperty().set(LineDirection.DATA);
        f.textProperty().set("ping");
        assertThat(shown(pane)).hasSize(2).allMatch(l -> l.contains("PING") && !l.contains("sending"));
        assertThat(f.hiddenProperty().get()).isEqualTo(4);

        // lines arriving later are filtered too
        exchange(pane, 3);
        assertThat(shown(pane)).hasSize(3).last().asString().contains("PING 3");
        assertThat(f.hiddenProperty().get()).isEqualTo(6);

        f.clear();
        assertThat(f.activeProperty().get()).isFalse();
        assertThat(shown(pane)).hasSize(9);
        assertThat(f.hiddenProperty().get()).isZero();
    }

    @Test
    void aRegexMatchesAndAnInvalidOneIsAProblemNotAnException() {
        PaneModel pane = pane(100);
        for (int i = 1; i <= 12; i++) {
            exchange(pane, i);
        }
        PaneFilter f = pane.filter();
        f.regexProperty().set(true);
        f.textProperty().set("PONG 1[0-2]");
        assertThat(shown(pane)).hasSize(3);
        assertThat(f.problemProperty().get()).isNull();

        f.textProperty().set("PONG (1");
        assertThat(f.problemProperty().get()).isNotNull();
        assertThat(f.problemProperty().get().key()).isEqualTo("pane.filter.badRegex");
        assertThat(f.problemProperty().get().args()).first().isEqualTo(7);
        // the text part is not applied while it is not a regex: nothing hidden by it
        assertThat(shown(pane)).hasSize(36);

        f.regexProperty().set(false);
        assertThat(f.problemProperty().get()).isNull();
        assertThat(shown(pane)).isEmpty(); // no line holds "PONG (1" as plain text
        assertThat(f.hiddenProperty().get()).isEqualTo(36);
    }

    @Test
    void followsThePaneDroppingOldLinesAndClearing() {
        PaneModel pane = pane(5);
        PaneFilter f = pane.filter();
        f.directionProperty().set(LineDirection.OUT);
        for (int i = 1; i <= 4; i++) {
            exchange(pane, i);
        }
        // the pane keeps 5 lines: PONG 2, sending 3, PING 3, PONG 3, sending 4, PING 4, PONG 4 -> the last 5
        assertThat(pane.text()).hasSize(5);
        assertThat(shown(pane)).hasSize(2).allMatch(l -> l.contains("PING 3") || l.contains("PING 4"));
        assertThat(f.hiddenProperty().get()).isEqualTo(3);
        assertThat(f.line(f.firstShown()).text()).contains("PING 3");
        assertThat(f.line(f.endShown())).isNull();

        int epoch = f.epochProperty().get();
        pane.clearLines();
        assertThat(f.epochProperty().get()).isNotEqualTo(epoch);
        assertThat(shown(pane)).isEmpty();
        assertThat(f.hiddenProperty().get()).isZero();
        exchange(pane, 5);
        assertThat(shown(pane)).singleElement().asString().contains("PING 5");
    }
}
