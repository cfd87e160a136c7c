package netlab.ui.client;

import static org.assertj.core.api.Assertions.assertThat;

import netlab.engine.lab.EndpointState;
import netlab.engine.bytes.ByteInput.Mode;
import netlab.ui.i18n.Problem;
import netlab.ui.panes.PaneKind;
import netlab.ui.panes.PaneModel;
import netlab.ui.server.ServerCardModel;
import netlab.ui.server.ServerStatus;
import netlab.ui.testing.HeadlessBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input in the forms, one case a test: the problem is said at the field (or under Send,
 * or on the server card), nothing reaches the engine that it would refuse, and what fails once
 * running is said in its pane with what to do. The lab runs on; each test ends with a good run.
 */
class FormBadInputTest {
    private final HeadlessBench bench = new HeadlessBench();
    private final ServerCardModel server = bench.model().server();
    private final ClientCardModel client = bench.model().client();
    private final PartsModel parts = client.parts();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void aNegativeServerPortIsSaidAtTheField() {
        server.portProperty().set("-1");
        assertThat(server.portProblemProperty().get().raw()).isEqualTo("port must be 0..65535 (0 picks a free one), was -1");
        assertThat(server.portProblemProperty().get().render(new netlab.ui.i18n.I18n(java.util.Locale.SIMPLIFIED_CHINESE)))
                .isEqualTo("端口必须在 0..65535 之间（0 表示任选一个空闲端口），现在是 -1");
        assertThat(server.start()).isFalse();
        stillWorks();
    }

    @Test
    void aPortTooBigForANumberIsNotANumber() {
        server.portProperty().set("99999999999");
        assertThat(server.portProblemProperty().get()).isEqualTo(Problem.of("error.notANumber", "99999999999"));
        client.portProperty().set("65536");
        assertThat(client.portProblemProperty().get().raw()).isEqualTo("port must be 1..65535, was 65536");
        assertThat(server.start()).isFalse();
        assertThat(client.send()).isFalse();
        stillWorks();
    }

    @Test
    void anAbsurdReadSizeIsSaidAtTheField() {
        server.readSizeProperty().set("20000000");
        assertThat(server.readSizeProblemProperty().get().raw()).isEqualTo("read size must be 1..16777216 bytes, was 20000000");
        client.readSizeProperty().set("0");
        assertThat(client.readSizeProblemProperty().get().raw()).isEqualTo("read size must be 1..16777216 bytes, was 0");
        assertThat(server.start()).isFalse();
        assertThat(client.send()).isFalse();
        stillWorks();
    }

    @Test
    void aPauseOverAMinuteIsSaidAtTheField() {
        client.pauseMillisProperty().set("60001");
        assertThat(client.send()).isFalse();
        assertThat(client.pauseProblemProperty().get().raw()).isEqualTo("pause must be 0..60000 ms, was 60001");
        stillWorks();
    }

    @Test
    void anIpv6LiteralWithOneBracketFailsOnTheCardAndTheCardCanTryAgain() {
        server.hostProperty().set("[::1");
        server.portProperty().set("0");
        assertThat(server.start()).isTrue();
        bench.awaitUntil(() -> server.statusProperty().get() == ServerStatus.FAILED, "failed");
        assertThat(server.failureProperty().get().raw()).startsWith("socket.gaierror: [Errno -2] Name or service not known");
        assertThat(server.canStartProperty().get()).isTrue();
        stillWorks();
    }

    @Test
    void ipv6LiteralsWithAndWithoutBracketsServeAndConnect() {
        server.hostProperty().set("[::1]");
        server.portProperty().set("0");
        server.start();
        bench.awaitUntil(() -> server.statusProperty().get() == ServerStatus.LISTENING, "listening");
        assertThat(server.listeningHostProperty().get()).isEqualTo("::1");
        client.hostProperty().set("::1");
        assertThat(client.send()).isTrue();
        bench.awaitUntil(() -> client.lastClientStateProperty().get() == EndpointState.FINISHED, "finished over ::1");
        client.hostProperty().set("[::1]");
        assertThat(client.send()).isTrue();
        bench.awaitUntil(() -> bench.lab().endpoints().stream().filter(e -> e.id().startsWith("client-"))
                .filter(e -> e.state() == EndpointState.FINISHED).count() == 2, "both finished, over ::1 and over [::1]");
    }

    @Test
    void anAddressOfAnotherMachineIsErrno99OnTheCard() {
        server.hostProperty().set("192.0.2.1"); // TEST-NET-1: never this machine's
        server.portProperty().set("0");
        server.start();
        bench.awaitUntil(() -> server.statusProperty().get() == ServerStatus.FAILED, "failed");
        assertThat(server.failureProperty().get().raw()).isEqualTo(
                "OSError: [Errno 99] error while attempting to bind on address ('192.0.2.1', 0): cannot assign requested address");
        stillWorks();
    }

    @Test
    void anUnknownHostIsSaidInTheClientsPaneWithWhatToDo() {
        client.hostProperty().set("no-such-host.invalid");
        client.portProperty().set("10000");
        assertThat(client.send()).isTrue();
        bench.awaitUntil(() -> client.lastClientStateProperty().get() == EndpointState.FAILED, "failed");
        PaneModel pane = awaitPane(PaneKind.CLIENT);
        assertThat(pane.text()).anyMatch(l -> l.contains("socket.gaierror: [Errno -2] Name or service not known")
                && l.contains("→ The host name does not resolve: check its spelling, or use 127.0.0.1."));
        stillWorks();
    }

    @Test
    void noPartsStopsSend() {
        while (!parts.parts().isEmpty()) {
            parts.remove(parts.parts().get(0));
        }
        assertThat(parts.problemProperty().get()).isEqualTo(Problem.of("error.parts.none"));
        assertThat(client.send()).isFalse();
        assertThat(client.sendProblemProperty().get()).isEqualTo(Problem.of("error.parts.none"));
        assertThat(bench.lab().endpoints()).isEmpty();
    }

    @Test
    void hexThatIsNotHexStopsSendAndNamesThePart() {
        parts.switchMode(Mode.HEX);
        parts.parts().get(1).textProperty().set("41 4g");
        assertThat(client.send()).isFalse();
        assertThat(client.sendProblemProperty().get()).isEqualTo(Problem.of("error.part.invalid", 2));
        assertThat(bench.lab().endpoints()).isEmpty();
        parts.parts().get(1).textProperty().set("41 42");
        stillWorks();
    }

    @Test
    void anUnknownEscapeStopsSend() {
        parts.switchMode(Mode.ESCAPED);
        parts.parts().get(0).textProperty().set("tab\\q");
        assertThat(client.send()).isFalse();
        assertThat(client.sendProblemProperty().get()).isEqualTo(Problem.of("error.part.invalid", 1));
        assertThat(bench.lab().endpoints()).isEmpty();
    }

    @Test
    void splittingBySizeZeroOrNotANumberIsSaidAtTheSplitter() {
        parts.setSplitBy(PartsModel.SplitBy.SIZE);
        parts.splitValueProperty().set("0");
        assertThat(parts.split()).isFalse();
        assertThat(parts.splitProblemProperty().get().raw()).isEqualTo("the size must be at least 1 byte, was 0");
        parts.splitValueProperty().set("many");
        assertThat(parts.split()).isFalse();
        assertThat(parts.splitProblemProperty().get()).isEqualTo(Problem.of("error.notANumber", "many"));
        assertThat(parts.parts()).hasSize(3); // the seed's parts are still there
    }

    @Test
    void splittingIntoMoreThan100000PartsIsRefusedWithTheCount() {
        parts.splitMessageProperty().set("x".repeat(100_001));
        parts.setSplitBy(PartsModel.SplitBy.SIZE);
        parts.splitValueProperty().set("1");
        assertThat(parts.split()).isFalse();
        assertThat(parts.splitProblemProperty().get()).isEqualTo(Problem.of("error.split.tooMany", 100_001, 100_000));
        assertThat(parts.parts()).hasSize(3);
    }

    @Test
    void anEmptyMarkerOrAnEmptyMessageIsSaidAtTheSplitter() {
        parts.splitValueProperty().set("");
        assertThat(parts.split()).isFalse();
        assertThat(parts.splitProblemProperty().get()).isEqualTo(Problem.of("error.split.emptyMarker"));
        parts.splitValueProperty().set("|");
        parts.splitMessageProperty().set("");
        assertThat(parts.split()).isFalse();
        assertThat(parts.splitProblemProperty().get()).isEqualTo(Problem.of("error.split.emptyMessage"));
    }

    @Test
    void aResetByThePeerIsSaidInTheClientsPaneWithWhatItMeans() throws Exception {
        try (java.net.ServerSocket raw = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (java.net.Socket s = raw.accept()) {
                    s.getInputStream().readNBytes(46);
                    s.setSoLinger(true, 0);
                } catch (Exception ignored) {
                    // the pane says what happened
                }
            });
            t.setDaemon(true);
            t.start();
            client.portProperty().set(String.valueOf(raw.getLocalPort()));
            assertThat(client.send()).isTrue();
            bench.awaitUntil(() -> client.lastClientStateProperty().get() == EndpointState.FAILED, "failed");
        }
        PaneModel pane = awaitPane(PaneKind.CLIENT);
        assertThat(pane.text()).anyMatch(l -> l.contains("ConnectionResetError: [Errno 104] Connection reset by peer")
                && l.contains("→ The peer dropped the connection abruptly"));
        stillWorks();
    }

    private PaneModel awaitPane(PaneKind kind) {
        bench.awaitUntil(() -> bench.model().panes().panes().stream().anyMatch(p -> p.kind() == kind && p.isOver()), kind + " over");
        return bench.model().panes().panes().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
    }

    /** Good values in the same forms still run the seed's echo. */
    private void stillWorks() {
        server.hostProperty().set("127.0.0.1");
        server.portProperty().set("0");
        server.readSizeProperty().set("128");
        if (server.statusProperty().get() == ServerStatus.LISTENING) {
            server.stop();
            bench.awaitUntil(() -> server.canStartProperty().get(), "stopped");
        }
        assertThat(server.start()).isTrue();
        bench.awaitUntil(() -> server.statusProperty().get() == ServerStatus.LISTENING, "listening");
        client.hostProperty().set("127.0.0.1");
        client.followServerProperty().set(true);
        client.readSizeProperty().set("128");
        client.pauseMillisProperty().set("0");
        parts.switchMode(Mode.TEXT);
        parts.setParts(java.util.List.of(netlab.engine.bytes.Bytes.utf8("still "), netlab.engine.bytes.Bytes.utf8("works")));
        String before = client.lastClientProperty().get();
        assertThat(client.send()).as("send: %s", client.sendProblemProperty().get()).isTrue();
        bench.awaitUntil(() -> client.lastClientProperty().get() != null && !client.lastClientProperty().get().equals(before)
                && client.lastClientStateProperty().get() == EndpointState.FINISHED, "the good client finished");
    }
}
