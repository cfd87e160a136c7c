package netlab.ui.panes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import netlab.engine.event.EventKind;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.ui.i18n.I18n;
import netlab.ui.testing.SyntheticEvents;
import org.junit.jupiter.api.Test;

/** A program's child process: its pipes and exit in a pane beside the program's console, told apart by kind. */
class ChildPanesTest {
    private final SyntheticEvents ev = new SyntheticEvents();
    private final PanesModel panes = new PanesModel(new LineFormatter(new I18n(Locale.ENGLISH)));
    private final Origin program = Origin.endpoint("experiment-1", Role.EXPERIMENT, "subprocess-stream");

    private void child() {
        panes.accept(ev.event(program, EventKind.PROCESS_STARTED, "subprocess_exec: pid 7: date"));
        panes.accept(ev.event(program, EventKind.PIPE_DATA_RECEIVED, "pipe_data_received(1, b'Mon')"));
        panes.accept(ev.event(program, EventKind.PIPE_CONNECTION_LOST, "pipe_connection_lost(1, None)"));
        panes.accept(ev.event(program, EventKind.PROCESS_EXITED, "process_exited: pid 7, exit status 0"));
    }

    private static String all(PaneModel pane) {
        return String.join("\n", pane.text());
    }

    @Test
    void theParentIsOnTheLeftAndItsChildOnTheRight() {
        panes.accept(ev.log(program, "main", "running the child"));
        child();
        panes.accept(ev.log(program, "main", "Current date: Mon"));
        panes.commit();

        assertThat(panes.rows()).hasSize(1);
        ConversationRow row = panes.rows().get(0);
        assertThat(row.client().key()).isEqualTo("experiment-1");
        assertThat(row.server().key()).isEqualTo("experiment-1/child");
        assertThat(all(row.client())).contains("running the child", "Current date: Mon").doesNotContain("pipe_", "process_exited");
        assertThat(all(row.server())).contains("subprocess_exec", "pipe_data_received(1, b'Mon')", "pipe_connection_lost",
                "process_exited").doesNotContain("Current date");
        assertThat(row.server().currentState().isOver()).as("the child exited").isTrue();
        assertThat(row.isConversation()).as("no connection: the chunk map leaves it out").isFalse();
    }

    @Test
    void theChildsFirstEventStillPutsTheParentOnTheLeft() {
        child();
        panes.accept(ev.log(program, "main", "Current date: Mon"));
        panes.commit();

        assertThat(panes.rows()).hasSize(1);
        assertThat(all(panes.rows().get(0).client())).contains("Current date: Mon");
        assertThat(all(panes.rows().get(0).server())).contains("process_exited");
    }

    @Test
    void aServersPipeLikeEventsStayInItsOwnPanes() {
        Origin server = Origin.endpoint("server-1", Role.SERVER, "main");
        panes.accept(ev.event(server, EventKind.PROCESS_STARTED, "subprocess_exec: pid 8: date"));
        panes.commit();
        assertThat(panes.panes()).extracting(PaneModel::key).containsExactly("server-1");
    }
}
