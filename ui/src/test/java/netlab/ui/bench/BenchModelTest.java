package netlab.ui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import netlab.engine.event.EventKind;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.ui.testing.SyntheticEvents;
import org.junit.jupiter.api.Test;

/** The bench tree from events alone: groups by kind, connections under their server, bounded. */
class BenchModelTest {
    private final SyntheticEvents ev = new SyntheticEvents();
    private final BenchModel model = new BenchModel(id -> java.util.Optional.empty());

    @Test
    void serversHoldTheirConnectionsAndClientsSayWhereTheyConnect() {
        Origin main = SyntheticEvents.serverMain("server-1");
        Origin conn = SyntheticEvents.serverConnection("server-1", 1, 10000, 5000);
        Origin client = SyntheticEvents.clientConnection("client-1", 5000, 10000);
        Origin experiment = Origin.endpoint("experiment-1", Role.EXPERIMENT, "gather");
        model.accept(ev.state(SyntheticEvents.clientEndpoint("client-1"), "starting"));
        model.accept(ev.state(main, "running"));
        model.accept(ev.event(main, EventKind.LISTENING, "listening on 127.0.0.1:10000"));
        model.accept(ev.event(conn, EventKind.CONNECTION_MADE, null));
        model.accept(ev.event(client, EventKind.CONNECTION_MADE, null));
        model.accept(ev.state(experiment, "running"));
        // nothing shows before the frame's commit
        assertThat(model.groups()).allSatisfy(g -> assertThat(g.children()).isEmpty());
        model.commit();

        // the groups keep the registry's order, whatever order things started in
        assertThat(model.groups()).extracting(BenchItem::id).containsExactly("tcp-server", "tcp-client", "experiment");
        BenchItem server = model.endpoint("server-1");
        assertThat(server.detailProperty().get()).isEqualTo("127.0.0.1:10000");
        assertThat(server.stateKeyProperty().get()).isEqualTo("endpoint.state.running");
        assertThat(server.children()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(BenchItem.Type.CONNECTION);
            assertThat(c.labelProperty().get()).isEqualTo("echo_127.0.0.1_5000");
            assertThat(c.stateKeyProperty().get()).isEqualTo("pane.state.open");
        });
        BenchItem c = model.endpoint("client-1");
        assertThat(c.labelProperty().get()).isEqualTo("echo_client · client-1");
        assertThat(c.detailProperty().get()).isEqualTo("127.0.0.1:5000 ⇄ 127.0.0.1:10000");

        model.accept(ev.event(conn, EventKind.EOF_RECEIVED, null));
        assertThat(model.connection("server-1/1").stateKeyProperty().get()).isEqualTo("pane.state.half_closed_remote");
        model.accept(ev.event(conn, EventKind.CONNECTION_LOST, null));
        assertThat(model.connection("server-1/1").isOver()).isTrue();
        model.accept(ev.state(main, "stopped"));
        model.accept(ev.state(main, "running")); // late, out of order: an ended endpoint stays ended
        assertThat(server.stateKeyProperty().get()).isEqualTo("endpoint.state.stopped");
    }

    @Test
    void aServerKeepsItsNewestConnectionsAndSaysHowManyWentFinishedOnesFirst() {
        Origin main = SyntheticEvents.serverMain("server-1");
        model.accept(ev.state(main, "running"));
        int total = BenchModel.MAX_CONNECTIONS_PER_ENDPOINT + 30;
        for (int i = 1; i <= total; i++) {
            Origin conn = SyntheticEvents.serverConnection("server-1", i, 10000, 20000 + i);
            model.accept(ev.event(conn, EventKind.CONNECTION_MADE, null));
            if (i != 1) {
                model.accept(ev.event(conn, EventKind.CONNECTION_LOST, null));
            }
        }
        model.commit();
        BenchItem server = model.endpoint("server-1");
        assertThat(server.children()).hasSize(BenchModel.MAX_CONNECTIONS_PER_ENDPOINT);
        assertThat(server.droppedProperty().get()).isEqualTo(30);
        // the one still open stays; finished ones went first
        assertThat(server.children().get(0).id()).isEqualTo("server-1/1");
        assertThat(model.connection("server-1/2")).isNull();
    }

    @Test
    void aConnectionLetGoOfStaysGoneWhenItsTrafficGoesOn() {
        Origin main = SyntheticEvents.serverMain("server-1");
        model.accept(ev.state(main, "running"));
        int total = BenchModel.MAX_CONNECTIONS_PER_ENDPOINT + 30;
        for (int i = 1; i <= total; i++) {
            model.accept(ev.event(SyntheticEvents.serverConnection("server-1", i, 10000, 20000 + i), EventKind.CONNECTION_MADE, null));
        }
        model.commit();
        BenchItem server = model.endpoint("server-1");
        assertThat(server.droppedProperty().get()).isEqualTo(30);
        // connection 5 was let go of while open; it goes on talking, and closes
        Origin fifth = SyntheticEvents.serverConnection("server-1", 5, 10000, 20005);
        model.accept(ev.data(fifth, EventKind.DATA_RECEIVED, "still here"));
        model.accept(ev.event(fifth, EventKind.CONNECTION_LOST, null));
        model.commit();
        assertThat(model.connection("server-1/5")).isNull();
        assertThat(server.children()).hasSize(BenchModel.MAX_CONNECTIONS_PER_ENDPOINT);
        // nothing else was pushed out for it, nor counted twice
        assertThat(server.children().get(0).id()).isEqualTo("server-1/31");
        assertThat(server.droppedProperty().get()).isEqualTo(30);
    }
}
