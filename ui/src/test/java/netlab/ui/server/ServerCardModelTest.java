package netlab.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;

import netlab.ui.i18n.Problem;
import netlab.ui.testing.HeadlessBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server card against a real lab, with the test thread as the UI thread. */
class ServerCardModelTest {
    private final HeadlessBench bench = new HeadlessBench();
    private final ServerCardModel server = bench.model().server();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void startsOnAFreePortAndSaysWhichAndStops() {
        server.portProperty().set("0");
        assertThat(server.start()).isTrue();
        assertThat(server.statusProperty().get()).isEqualTo(ServerStatus.STARTING);
        bench.awaitUntil(() -> server.statusProperty().get() == ServerStatus.LISTENING, "listening");
        int port = server.listeningPortProperty().get();
        assertThat(port).isBetween(1, 65535);
        assertThat(server.listeningHostProperty().get()).isEqualTo("127.0.0.1");
        assertThat(server.canStartProperty().get()).isFalse();
        assertThat(bench.model().client().portProperty().get()).isEqualTo(String.valueOf(port));

        server.stop();
        bench.awaitUntil(() -> server.statusProperty().get() == ServerStatus.STOPPED, "stopped");
        assertThat(server.listeningPortProperty().get()).isEqualTo(-1);
        assertThat(server.canStartProperty().get()).isTrue();
    }

    @Test
    void anOutOfRangePortIsRefusedBeforeTheEngineIsAsked() {
        server.portProperty().set("99999");
        assertThat(server.portProblemProperty().get().raw()).contains("0..65535").contains("99999");
        assertThat(server.start()).isFalse();
        assertThat(bench.lab().endpoints()).isEmpty();
        assertThat(server.statusProperty().get()).isEqualTo(ServerStatus.NONE);

        server.portProperty().set("ten");
        assertThat(server.portProblemProperty().get()).isEqualTo(Problem.of("error.notANumber", "ten"));
        server.readSizeProperty().set("0");
        assertThat(server.readSizeProblemProperty().get().raw()).contains("read size");
        server.hostProperty().set("  ");
        assertThat(server.hostProblemProperty().get()).isEqualTo(Problem.of("error.required"));
    }

    @Test
    void aPortInUseFailsWithTheReasonAndTheCardCanTryAgain() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            server.portProperty().set(String.valueOf(taken.getLocalPort()));
            assertThat(server.start()).isTrue();
            bench.awaitUntil(() -> server.statusProperty().get() == ServerStatus.FAILED, "failed");
            assertThat(server.failureProperty().get().raw()).containsIgnoringCase("in use");
            assertThat(server.canStartProperty().get()).isTrue();
        }
        server.portProperty().set("0");
        assertThat(server.start()).isTrue();
        bench.awaitUntil(() -> server.statusProperty().get() == ServerStatus.LISTENING, "listening after a failure");
        assertThat(server.failureProperty().get()).isNull();
    }

    @Test
    void allInterfacesIsMarkedAsSoonAsItIsTyped() {
        assertThat(server.allInterfacesProperty().get()).isFalse();
        server.hostProperty().set("0.0.0.0");
        assertThat(server.allInterfacesProperty().get()).isTrue();
        server.hostProperty().set("::");
        assertThat(server.allInterfacesProperty().get()).isTrue();
        server.hostProperty().set("localhost");
        assertThat(server.allInterfacesProperty().get()).isFalse();
    }

    /** Loopback unless chosen; a server that does listen on every interface says so on its card. */
    @Test
    void aRunningServerOnAllInterfacesIsMarkedOnItsCardAndALoopbackOneIsNot() {
        assertThat(server.hostProperty().get()).as("the card's default host").isEqualTo("127.0.0.1");
        server.portProperty().set("0");
        assertThat(server.start()).isTrue();
        bench.awaitUntil(() -> server.statusProperty().get() == ServerStatus.LISTENING, "listening on loopback");
        assertThat(server.listeningOnAllProperty().get()).isFalse();
        server.stop();
        bench.awaitUntil(() -> server.statusProperty().get() == ServerStatus.STOPPED, "stopped");

        server.hostProperty().set("0.0.0.0");
        assertThat(server.start()).isTrue();
        bench.awaitUntil(() -> server.statusProperty().get() == ServerStatus.LISTENING, "listening on all interfaces");
        assertThat(server.listeningOnAllProperty().get()).isTrue();
        assertThat(server.listeningHostProperty().get()).isEqualTo("0.0.0.0");
        // and the server's own pane says it, in the log's words
        bench.awaitUntil(() -> bench.model().panes().panes().stream().anyMatch(p -> p.kind() == netlab.ui.panes.PaneKind.SERVER_MAIN
                && p.text().stream().anyMatch(l -> l.contains("main: listening on ALL interfaces (0.0.0.0): other machines can connect"))),
                "the warning line in the server's pane");
        server.stop();
        bench.awaitUntil(() -> server.statusProperty().get() == ServerStatus.STOPPED, "stopped again");
    }
}
