package netlab.ui.client;

import static org.assertj.core.api.Assertions.assertThat;

import netlab.engine.lab.EndpointState;
import netlab.engine.bytes.ByteInput.Mode;
import netlab.ui.panes.PaneKind;
import netlab.ui.panes.PaneModel;
import netlab.ui.server.ServerStatus;
import netlab.ui.testing.HeadlessBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client card against a real lab, with the test thread as the UI thread. */
class ClientCardModelTest {
    private final HeadlessBench bench = new HeadlessBench();
    private final ClientCardModel client = bench.model().client();

    @AfterEach
    void close() {
        bench.close();
    }

    private int startServer() {
        bench.model().server().portProperty().set("0");
        bench.model().server().start();
        bench.awaitUntil(() -> bench.model().server().statusProperty().get() == ServerStatus.LISTENING, "listening");
        return bench.model().server().listeningPortProperty().get();
    }

    @Test
    void theSeedsClientRunsToItsEndAndItsPaneShowsTheEcho() {
        startServer();
        assertThat(client.send()).isTrue();
        bench.awaitUntil(() -> client.lastClientStateProperty().get() == EndpointState.FINISHED, "client finished");
        bench.awaitUntil(() -> bench.model().panes().panes().stream()
                .anyMatch(p -> p.kind() == PaneKind.SERVER_CONNECTION && p.isOver()), "server connection closed");
        PaneModel pane = bench.model().panes().panes().stream().filter(p -> p.kind() == PaneKind.CLIENT).findFirst().orElseThrow();
        assertThat(pane.text()).contains("echo_client: sending b'This is the message. '", "echo_client: closing");
        assertThat(pane.bytesInProperty().get()).isEqualTo(46);
        assertThat(pane.bytesOutProperty().get()).isEqualTo(46);
    }

    @Test
    void thePortFollowsTheServerUntilAPortIsTyped() {
        int first = startServer();
        assertThat(client.portProperty().get()).isEqualTo(String.valueOf(first));
        client.portProperty().set("12345");
        assertThat(client.followServerProperty().get()).isFalse();
        bench.model().server().stop();
        bench.awaitUntil(() -> bench.model().server().statusProperty().get() == ServerStatus.STOPPED, "stopped");
        int second = startServer();
        assertThat(client.portProperty().get()).isEqualTo("12345");
        client.followServerProperty().set(true);
        assertThat(client.portProperty().get()).isEqualTo(String.valueOf(second));
    }

    @Test
    void badFieldsStopSendAndSayWhy() {
        client.portProperty().set("0");
        client.pauseMillisProperty().set("-5");
        client.readSizeProperty().set("x");
        assertThat(client.send()).isFalse();
        assertThat(client.portProblemProperty().get().raw()).contains("1..65535");
        assertThat(client.pauseProblemProperty().get().raw()).contains("pause");
        assertThat(client.readSizeProblemProperty().get()).isNotNull();
        assertThat(bench.lab().endpoints()).isEmpty();
    }

    @Test
    void aBadPartStopsSend() {
        client.parts().switchMode(Mode.HEX);
        client.parts().parts().get(0).textProperty().set("4g");
        assertThat(client.send()).isFalse();
        assertThat(client.sendProblemProperty().get()).isNotNull();
        assertThat(bench.lab().endpoints()).isEmpty();
    }

    @Test
    void aRefusedConnectionEndsTheClientFailedWithTheReasonInItsPane() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        client.portProperty().set(String.valueOf(port));
        assertThat(client.send()).isTrue();
        bench.awaitUntil(() -> client.lastClientStateProperty().get() == EndpointState.FAILED, "client failed");
        bench.awaitUntil(() -> bench.model().panes().panes().stream().anyMatch(p -> p.kind() == PaneKind.CLIENT && p.isOver()),
                "client pane over");
        PaneModel pane = bench.model().panes().panes().iterator().next();
        assertThat(pane.text()).anyMatch(l -> l.contains("ConnectionRefusedError"));
    }
}
