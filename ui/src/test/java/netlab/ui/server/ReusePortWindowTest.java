package netlab.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.transport.ReuseOptions;
import netlab.engine.workspace.WorkspaceFile;
import netlab.ui.lab.LabOptions;
import netlab.ui.testing.Fx;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * SO_REUSEADDR / SO_REUSEPORT in the server form, by clicks: a UDP server on a port another
 * server holds with SO_REUSEPORT fails without the box, with the reason under the form; with it,
 * both listen on 127.0.0.1 on the one port, and the workspace keeps the options.
 */
@ExtendWith(ApplicationExtension.class)
class ReusePortWindowTest {
    private Window w;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, LabOptions.bare(Locale.ENGLISH));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @Test
    void twoUdpServersShareAPortWithReusePortAndWithoutItTheSecondIsRefused(FxRobot robot) throws Exception {
        // this is Linux: its sockets have SO_REUSEPORT (epoll's own option or NIO's standard one), so the box is on offer
        assertThat(ReuseOptions.portSupported()).as("SO_REUSEPORT on this system").isTrue();
        ServerEndpoint first = (ServerEndpoint) w.lab.startServer(ServerSpec.builder().transport(TransportKind.UDP).host("127.0.0.1").port(0)
                .reuse(new ReuseOptions(true, true)).build()).get(Duration.ofSeconds(30));
        int port = first.port();

        w.type(robot, "#server-port", String.valueOf(port));
        w.click(robot, "#server-udp-section");
        assertThat(Fx.on(() -> w.node("#server-reuse-port").isDisabled())).as("off until UDP is chosen").isTrue();
        w.click(robot, "#server-udp");
        assertThat(Fx.on(() -> w.node("#server-reuse-port").isDisabled())).isFalse();

        // without the box: the port is taken, and the form says so
        w.click(robot, "#server-start");
        Fx.await(() -> !w.label("#server-failure").isEmpty(), "the refusal is said");
        assertThat(w.label("#server-failure")).isEqualTo("OSError: [Errno 98] error while attempting to bind on address ('127.0.0.1', "
                + port + "): address already in use");
        assertThat(w.label("#server-status")).doesNotStartWith("Listening on");

        // with it: the second server listens on the same port beside the first
        w.click(robot, "#server-reuse-address");
        w.click(robot, "#server-reuse-port");
        assertThat(Fx.on(() -> ((CheckBox) w.node("#server-reuse-port")).isSelected())).isTrue();
        w.click(robot, "#server-start");
        Fx.await(() -> w.label("#server-status").startsWith("Listening on"), "the second server listens");
        assertThat(w.label("#server-status")).isEqualTo("Listening on 127.0.0.1 port " + port);
        assertThat(w.label("#server-failure")).isEmpty();
        ServerEndpoint second = (ServerEndpoint) w.lab.endpoints().stream().filter(e -> e != first && e instanceof ServerEndpoint s
                && s.state() == netlab.engine.lab.EndpointState.RUNNING).findFirst().orElseThrow();
        assertThat(second.port()).isEqualTo(port);
        assertThat(second.spec().reuse()).isEqualTo(new ReuseOptions(true, true));
        assertThat(first.state()).as("the first still listens").isEqualTo(netlab.engine.lab.EndpointState.RUNNING);
        // and the port answers: one of the two echoes a datagram
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            s.setSoTimeout(10_000);
            byte[] hi = "hi".getBytes(StandardCharsets.UTF_8);
            s.send(new DatagramPacket(hi, hi.length, InetAddress.getLoopbackAddress(), port));
            DatagramPacket back = new DatagramPacket(new byte[64], 64);
            s.receive(back);
            assertThat(new String(back.getData(), 0, back.getLength(), StandardCharsets.UTF_8)).isEqualTo("hi");
        }

        // the workspace keeps them, and reads them back
        Path file = dir.resolve("reuse" + WorkspaceFile.SUFFIX);
        Fx.on(() -> w.window.model().workspace().save(file)).get(30, TimeUnit.SECONDS);
        assertThat(Files.readString(file)).contains("\"reuse_address\" : true", "\"reuse_port\" : true");
        // the refused attempt is not: reopened, it would fail the same way
        assertThat(WorkspaceFile.read(file).servers()).containsExactlyInAnyOrder(first.spec(), second.spec());
    }
}
