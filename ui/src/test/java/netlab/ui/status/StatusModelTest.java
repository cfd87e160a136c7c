package netlab.ui.status;

import static netlab.ui.testing.SyntheticEvents.clientConnection;
import static netlab.ui.testing.SyntheticEvents.serverConnection;
import static org.assertj.core.api.Assertions.assertThat;

import netlab.engine.event.EventKind;
import netlab.ui.testing.SyntheticEvents;
import org.junit.jupiter.api.Test;

class StatusModelTest {
    private final SyntheticEvents ev = new SyntheticEvents();

    @Test
    void countsEventsElisionsAndOpenConnectionsOncePerBatch() {
        StatusModel status = new StatusModel();
        status.accept(ev.event(clientConnection("client-1", 5000, 10000), EventKind.CONNECTION_MADE, "made"));
        status.accept(ev.event(serverConnection("server-1", 1, 10000, 5000), EventKind.CONNECTION_MADE, "made"));
        status.accept(ev.elided(120));
        status.accept(ev.event(clientConnection("client-1", 5000, 10000), EventKind.CONNECTION_LOST, "lost"));
        assertThat(status.seenProperty().get()).isZero();

        status.commit(7);

        assertThat(status.seenProperty().get()).isEqualTo(3);
        assertThat(status.elidedProperty().get()).isEqualTo(120);
        assertThat(status.openConnectionsProperty().get()).isEqualTo(1);
        assertThat(status.backlogProperty().get()).isEqualTo(7);
    }
}
