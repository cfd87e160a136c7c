package netlab.ui.panes;

import static netlab.ui.testing.SyntheticEvents.clientConnection;
import static netlab.ui.testing.SyntheticEvents.clientEndpoint;
import static netlab.ui.testing.SyntheticEvents.serverConnection;
import static netlab.ui.testing.SyntheticEvents.serverMain;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import netlab.engine.event.EventKind;
import netlab.engine.event.Origin;
import netlab.ui.i18n.I18n;
import netlab.ui.testing.SyntheticEvents;
import org.junit.jupiter.api.Test;

class PanesModelTest {
    private final SyntheticEvents ev = new SyntheticEvents();
    private final LineFormatter formatter = new LineFormatter(new I18n(Locale.ENGLISH));

    private final Origin main = serverMain("server-1");
    private final Origin client = clientEndpoint("client-1");
    private final Origin clientConn = clientConnection("client-1", 54321, 10000);
    private final Origin serverConn = serverConnection("server-1", 1, 10000, 54321);

    /** Seed 000's run as the engine reports it, client and server interleaved as on one loop. */
    private void seedRun(PanesModel panes) {
        panes.accept(ev.log(main, "main", "starting up on 127.0.0.1 port 10000"));
        panes.accept(ev.state(main, "running"));
        panes.accept(ev.state(client, "running"));
        panes.accept(ev.log(client, "echo_client", "connecting to 127.0.0.1 port 10000"));
        panes.accept(ev.event(clientConn, EventKind.CONNECTION_MADE, "connection_made: ..."));
        panes.accept(ev.event(serverConn, EventKind.CONNECTION_MADE, "connection_made: ..."));
        panes.accept(ev.log(serverConn, "echo_127.0.0.1_54321", "connection accepted"));
        for (String part : List.of("This is the message. ", "It will be sent ", "in parts.")) {
            panes.accept(ev.data(clientConn, EventKind.DATA_SENT, part));
            panes.accept(ev.log(clientConn, "echo_client", "sending b'" + part + "'"));
        }
        panes.accept(ev.event(clientConn, EventKind.EOF_SENT, "write_eof()"));
        panes.accept(ev.log(clientConn, "echo_client", "waiting for response"));
        String whole = "This is the message. It will be sent in parts.";
        panes.accept(ev.data(serverConn, EventKind.DATA_RECEIVED, whole));
        panes.accept(ev.event(serverConn, EventKind.EOF_RECEIVED, "eof_received()"));
        panes.accept(ev.data(serverConn, EventKind.DATA_SENT, whole));
        panes.accept(ev.log(serverConn, "echo_127.0.0.1_54321", "closing"));
        panes.accept(ev.data(clientConn, EventKind.DATA_RECEIVED, "This is the message. It will be sent "));
        panes.accept(ev.data(clientConn, EventKind.DATA_RECEIVED, "in parts."));
        panes.accept(ev.event(clientConn, EventKind.EOF_RECEIVED, "eof_received()"));
        panes.accept(ev.event(serverConn, EventKind.CONNECTION_LOST, "connection_lost(None)"));
        panes.accept(ev.log(clientConn, "echo_client", "closing"));
        panes.accept(ev.event(clientConn, EventKind.CONNECTION_LOST, "connection_lost(None)"));
        panes.accept(ev.state(client, "finished"));
        panes.commit();
    }

    @Test
    void aClientAndTheServerConnectionItOpenedShareARow() {
        PanesModel panes = new PanesModel(formatter);
        seedRun(panes);

        assertThat(panes.rows()).hasSize(2);
        ConversationRow serverRow = panes.rows().get(0);
        assertThat(serverRow.client()).isNull();
        assertThat(serverRow.server().titleProperty().get()).isEqualTo("main · server-1");
        assertThat(serverRow.server().text()).contains("main: starting up on 127.0.0.1 port 10000");

        ConversationRow conversation = panes.rows().get(1);
        assertThat(conversation.client().titleProperty().get()).isEqualTo("echo_client · client-1");
        assertThat(conversation.server().titleProperty().get()).isEqualTo("echo_127.0.0.1_54321");
        assertThat(conversation.client().text()).contains(
                "echo_client: connecting to 127.0.0.1 port 10000",
                "echo_client: sending b'This is the message. '",
                "echo_client: sending b'It will be sent '",
                "echo_client: sending b'in parts.'",
                "echo_client: waiting for response",
                "echo_client: closing");
        assertThat(conversation.server().text()).contains(
                "echo_127.0.0.1_54321: connection accepted", "echo_127.0.0.1_54321: closing");
    }

    @Test
    void chunksShowTheirNumberSizeAndOffsetInAlternatingColours() {
        PanesModel panes = new PanesModel(formatter);
        seedRun(panes);
        PaneModel clientPane = panes.pane(clientConn);

        List<PaneLine> chunks = clientPane.linesFrom(0).stream()
                .filter(l -> l.segments().stream().anyMatch(s -> s.styles().contains("chunk"))).toList();
        assertThat(chunks).extracting(PaneLine::text).containsExactly(
                "   ▲ write 1 · 21 B at 0  b'This is the message. ' ",
                "   ▲ write 2 · 16 B at 21  b'It will be sent ' ",
                "   ▲ write 3 · 9 B at 37  b'in parts.' ",
                "   ▼ read 1 · 37 B at 0  b'This is the message. It will be sent ' ",
                "   ▼ read 2 · 9 B at 37  b'in parts.' ");
        assertThat(chunks).extracting(l -> l.segments().get(2).styles()).containsExactly(
                List.of("chunk", "out-a"), List.of("chunk", "out-b"), List.of("chunk", "out-a"),
                List.of("chunk", "in-a"), List.of("chunk", "in-b"));
    }

    @Test
    void headersCountBytesAndCallsAndFollowTheConnectionState() {
        PanesModel panes = new PanesModel(formatter);
        seedRun(panes);
        PaneModel clientPane = panes.pane(clientConn);
        PaneModel serverPane = panes.pane(serverConn);

        assertThat(clientPane.bytesOutProperty().get()).isEqualTo(46);
        assertThat(clientPane.writesProperty().get()).isEqualTo(3);
        assertThat(clientPane.bytesInProperty().get()).isEqualTo(46);
        assertThat(clientPane.readsProperty().get()).isEqualTo(2);
        assertThat(serverPane.readsProperty().get()).isEqualTo(1);
        assertThat(serverPane.writesProperty().get()).isEqualTo(1);
        assertThat(clientPane.stateProperty().get()).isEqualTo(PaneState.CLOSED);
        assertThat(serverPane.stateProperty().get()).isEqualTo(PaneState.CLOSED);
        assertThat(clientPane.localProperty().get()).isEqualTo("127.0.0.1:54321");
        assertThat(serverPane.remoteProperty().get()).isEqualTo("127.0.0.1:54321");
    }

    @Test
    void halfClosesAreToldApartBySide() {
        PanesModel panes = new PanesModel(formatter);
        panes.accept(ev.event(clientConn, EventKind.CONNECTION_MADE, "made"));
        panes.commit();
        PaneModel pane = panes.pane(clientConn);
        assertThat(pane.stateProperty().get()).isEqualTo(PaneState.OPEN);
        panes.accept(ev.event(clientConn, EventKind.EOF_SENT, "write_eof()"));
        panes.commit();
        assertThat(pane.stateProperty().get()).isEqualTo(PaneState.HALF_CLOSED_LOCAL);
        panes.accept(ev.event(clientConn, EventKind.EOF_RECEIVED, "eof_received()"));
        panes.commit();
        assertThat(pane.stateProperty().get()).isEqualTo(PaneState.HALF_CLOSED_BOTH);

        PaneModel server = new PanesModel(formatter).pane(serverConn);
        assertThat(server).isNull();
        PanesModel other = new PanesModel(formatter);
        other.accept(ev.event(serverConn, EventKind.CONNECTION_MADE, "made"));
        other.accept(ev.event(serverConn, EventKind.EOF_RECEIVED, "eof_received()"));
        other.commit();
        assertThat(other.pane(serverConn).stateProperty().get()).isEqualTo(PaneState.HALF_CLOSED_REMOTE);
    }

    @Test
    void aClientThatCannotConnectEndsFailedInItsOwnPane() {
        PanesModel panes = new PanesModel(formatter);
        panes.accept(ev.log(client, "echo_client", "connecting to 127.0.0.1 port 1"));
        panes.accept(ev.event(client, EventKind.ERROR, "error: ConnectionRefusedError: [Errno 111] Connection refused"));
        panes.accept(ev.state(client, "failed"));
        panes.commit();
        PaneModel pane = panes.pane(client);
        assertThat(pane.stateProperty().get()).isEqualTo(PaneState.FAILED);
        assertThat(pane.text()).anyMatch(l -> l.contains("ConnectionRefusedError"));
        assertThat(panes.rows()).hasSize(1);
        assertThat(panes.rows().get(0).server()).isNull();
    }

    @Test
    void aServerPaneThatCameFirstMovesBesideItsClient() {
        PanesModel panes = new PanesModel(formatter);
        panes.accept(ev.event(serverConn, EventKind.CONNECTION_MADE, "made"));
        panes.accept(ev.log(client, "echo_client", "connecting"));
        panes.commit();
        assertThat(panes.rows()).hasSize(2);
        panes.accept(ev.event(clientConn, EventKind.CONNECTION_MADE, "made"));
        panes.commit();
        assertThat(panes.rows()).hasSize(1);
        assertThat(panes.rows().get(0).client().key()).isEqualTo("client-1");
        assertThat(panes.rows().get(0).server().key()).isEqualTo("server-1/1");
    }

    @Test
    void aPaneChangesOncePerBatchNotOncePerEvent() {
        PanesModel panes = new PanesModel(formatter);
        panes.accept(ev.log(clientConn, "echo_client", "first"));
        panes.commit();
        PaneModel pane = panes.pane(clientConn);
        long before = pane.revisionProperty().get();
        int[] changes = {0};
        pane.revisionProperty().addListener((obs, old, now) -> changes[0]++);
        pane.bytesOutProperty().addListener((obs, old, now) -> changes[0]++);
        for (int i = 0; i < 500; i++) {
            panes.accept(ev.data(clientConn, EventKind.DATA_SENT, "x"));
        }
        assertThat(pane.revisionProperty().get()).isEqualTo(before);
        assertThat(pane.bytesOutProperty().get()).isZero();
        panes.commit();
        assertThat(changes[0]).isEqualTo(2);
        assertThat(pane.bytesOutProperty().get()).isEqualTo(500);
    }

    @Test
    void aPaneKeepsItsLastLinesAndCountsTheOthers() {
        PanesModel panes = new PanesModel(formatter, 8, 10);
        for (int i = 1; i <= 25; i++) {
            panes.accept(ev.log(clientConn, "echo_client", "line " + i));
        }
        panes.commit();
        PaneModel pane = panes.pane(clientConn);
        assertThat(pane.text()).hasSize(10).first().isEqualTo("echo_client: line 16");
        assertThat(pane.text()).last().isEqualTo("echo_client: line 25");
        assertThat(pane.elidedLines()).isEqualTo(15);
        assertThat(pane.firstIndex()).isEqualTo(15);
        assertThat(pane.endIndex()).isEqualTo(25);
        assertThat(pane.linesFrom(20)).extracting(PaneLine::text).first().isEqualTo("echo_client: line 21");
    }

    @Test
    void rowsAreBoundedAndFinishedOnesGoFirst() {
        PanesModel panes = new PanesModel(formatter, 3, 100);
        Origin c1 = clientEndpoint("client-1");
        Origin c2 = clientEndpoint("client-2");
        Origin c3 = clientEndpoint("client-3");
        Origin c4 = clientEndpoint("client-4");
        panes.accept(ev.log(c1, "echo_client", "running"));
        panes.accept(ev.log(c2, "echo_client", "done soon"));
        panes.accept(ev.state(c2, "failed"));
        panes.accept(ev.log(c3, "echo_client", "running"));
        panes.commit();
        panes.accept(ev.log(c4, "echo_client", "new"));
        panes.commit();
        assertThat(panes.rows()).extracting(r -> r.client().key()).containsExactly("client-1", "client-3", "client-4");
        assertThat(panes.removedRowsProperty().get()).isEqualTo(1);
        // events of a removed pane open it again, on a new row
        panes.accept(ev.log(c2, "echo_client", "late"));
        panes.commit();
        assertThat(panes.rows()).hasSize(3);
        assertThat(panes.removedRowsProperty().get()).isEqualTo(2);
    }

    @Test
    void clearRemovesFinishedRowsAndEmptiesTheRest() {
        PanesModel panes = new PanesModel(formatter);
        seedRun(panes);
        Origin live = clientConnection("client-2", 54400, 10000);
        panes.accept(ev.event(live, EventKind.CONNECTION_MADE, "made"));
        panes.accept(ev.log(live, "echo_client", "waiting for response"));
        panes.commit();
        assertThat(panes.rows()).hasSize(3);

        panes.clear();

        assertThat(panes.rows()).hasSize(2);
        assertThat(panes.pane(live).text()).isEmpty();
        assertThat(panes.pane(live).elidedLines()).isZero();
        assertThat(panes.pane(main).text()).isEmpty();
        panes.accept(ev.log(live, "echo_client", "after"));
        panes.commit();
        assertThat(panes.pane(live).text()).containsExactly("echo_client: after");
    }

    @Test
    void elidedMarkersAreForTheStatusBarNotForAPane() {
        PanesModel panes = new PanesModel(formatter);
        panes.accept(ev.elided(42));
        panes.commit();
        assertThat(panes.rows()).isEmpty();
    }

    @Test
    void longChunksAreCutShortButKeepTheirSize() {
        PanesModel panes = new PanesModel(formatter);
        String big = "x".repeat(1000);
        panes.accept(ev.data(clientConn, EventKind.DATA_RECEIVED, big));
        panes.commit();
        String line = panes.pane(clientConn).text().get(0);
        assertThat(line).contains("1,000 B at 0").contains("(+744 B not shown)").hasSizeLessThan(400);
        assertThat(panes.pane(clientConn).bytesInProperty().get()).isEqualTo(1000);
    }

    @Test
    void longLogLinesAreCutShortToo() {
        PanesModel panes = new PanesModel(formatter);
        panes.accept(ev.log(serverConn, "echo_127.0.0.1_54321", "received b'" + "y".repeat(10_000) + "'"));
        panes.commit();
        String line = panes.pane(serverConn).text().get(0);
        assertThat(line).startsWith("echo_127.0.0.1_54321: received b'yyy").contains("characters not shown")
                .hasSizeLessThan(LineFormatter.MAX_LINE_CHARS + 100);
    }

    /** The lab's own pane is made by a line worth showing (an error on the loop), never by the loop's lag or a task's steps. */
    @Test
    void theLabsPaneComesWithItsFirstLineNotWithBookkeeping() {
        PanesModel panes = new PanesModel(formatter);
        Origin lab = netlab.engine.event.EventStream.LAB_ORIGIN;
        panes.accept(ev.event(lab, EventKind.LOOP_LAG, "heartbeat: 0.3 ms late"));
        panes.accept(ev.event(lab, EventKind.TASK_CREATED, "Task-1 created"));
        panes.accept(ev.event(lab, EventKind.TASK_DONE, "Task-1 done"));
        panes.commit();
        assertThat(panes.rows()).as("no empty \"main\" pane").isEmpty();

        panes.accept(ev.event(lab, EventKind.ERROR, "Exception in callback"));
        panes.accept(ev.event(lab, EventKind.LOOP_LAG, "heartbeat: 0.3 ms late"));
        panes.commit();
        assertThat(panes.rows()).hasSize(1);
        assertThat(panes.pane(lab).text()).hasSize(1);
    }
}
