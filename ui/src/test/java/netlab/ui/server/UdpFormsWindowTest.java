package netlab.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;

import javafx.stage.Stage;
import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.TransportKind;
import netlab.engine.net.HostPort;
import netlab.ui.lab.LabOptions;
import netlab.ui.testing.Fx;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The UDP options of the command line in the window's forms, by hand: a UDP server that joins a
 * multicast group on loopback and a UDP client that sends to the group (TTL, loopback, source),
 * both started through the command port; a group that is not one and a bad source said under
 * their fields.
 */
@ExtendWith(ApplicationExtension.class)
class UdpFormsWindowTest {
    private static final String GROUP = "239.255.42.7";
    private Window w;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, LabOptions.bare(Locale.ENGLISH));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @Test
    void aServerJoinsAGroupAndAClientSendsToIt(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // the server: UDP, joining a group on lo (its host gives way to the group's address)
        w.type(robot, "#server-port", "0");
        w.click(robot, "#server-udp-section");
        w.click(robot, "#server-udp");
        w.type(robot, "#server-join", "10.0.0.1");
        Fx.await(() -> w.label("#server-join-problem").contains("is not a multicast group"), "a group that is not one is said");
        w.type(robot, "#server-join", GROUP);
        Fx.await(() -> w.label("#server-join-problem").isEmpty(), "the group is one");
        w.click(robot, "#server-start");
        Fx.await(() -> w.label("#server-status").startsWith("Listening on"), "the server listens");
        ServerEndpoint server = (ServerEndpoint) w.lab.endpoint("server-1");
        assertThat(server.spec().transport()).isEqualTo(TransportKind.UDP);
        assertThat(server.spec().multicast().join()).isPresent();
        assertThat(server.spec().multicast().join().get().getHostAddress()).isEqualTo(GROUP);
        assertThat(server.spec().multicast().interfaceName()).isEqualTo("lo");

        // the client: UDP to the group, TTL 2, loopback on (so that this host hears it), from 127.0.0.1
        w.type(robot, "#client-host", GROUP);
        w.click(robot, "#client-udp-section");
        w.click(robot, "#client-udp");
        w.type(robot, "#client-multicast-ttl", "2");
        w.type(robot, "#client-source", "127.0.0.1:nope");
        Fx.await(() -> w.label("#client-source-problem").contains("is not a port number"), "a bad source is said");
        w.type(robot, "#client-source", "127.0.0.1");
        Fx.await(() -> w.label("#client-source-problem").isEmpty(), "the source is fine");
        w.click(robot, "#client-send");
        Fx.await(() -> w.lab.endpoint("client-1") != null, "the client started");
        ClientEndpoint client = (ClientEndpoint) w.lab.endpoint("client-1");
        assertThat(client.spec().transport()).isEqualTo(TransportKind.UDP);
        assertThat(client.spec().multicast().ttl()).isEqualTo(2);
        assertThat(client.spec().multicast().loop()).isTrue();
        assertThat(client.spec().source()).isEqualTo(Optional.of(new HostPort("127.0.0.1", 0)));
        assertThat(((HostPort) client.spec().target()).host()).isEqualTo(GROUP);

        // the datagram reaches the server through the group, and its echo comes back to the client
        String message = "b'This is the message. It will be sent in parts.'";
        w.awaitPane("the client sent to the group and got the echo", p -> p.title().startsWith("EchoClientProtocol")
                && p.lines().stream().anyMatch(l -> l.contains("sendto(" + message + ", ('" + GROUP + "'"))
                && p.lines().stream().anyMatch(l -> l.contains("datagram_received(" + message)));
        w.awaitPane("the server that joined the group echoed it", p -> p.title().equals("EchoServerProtocol")
                && p.lines().stream().anyMatch(l -> l.contains("sendto(" + message + ", ('127.0.0.1'")));

        // the bench saved as a workspace keeps the group, the TTL and the source
        java.nio.file.Path file = dir.resolve("udp.netlab-workspace.json");
        Fx.on(() -> w.window.model().workspace().save(file)).get(30, java.util.concurrent.TimeUnit.SECONDS);
        String json = java.nio.file.Files.readString(file);
        assertThat(json).contains("\"join\" : \"" + GROUP + "\"", "\"multicast_ttl\" : 2", "\"source_host\" : \"127.0.0.1\"");
        netlab.engine.workspace.Workspace back = netlab.engine.workspace.WorkspaceFile.read(file);
        assertThat(back.servers()).containsExactly(server.spec());
        assertThat(back.clients()).containsExactly(client.spec());
    }
}
