package netlab.engine.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import netlab.engine.net.HostPort;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.testing.EventLog;
import org.junit.jupiter.api.Test;

class EndpointLifecycleTest {
    private static final Duration T = Duration.ofSeconds(20);

    @Test
    void anEndpointAnnouncesItselfAsStartingBeforeAnythingElse() throws Exception {
        try (Lab lab = new Lab(); EventLog log = new EventLog(lab.events())) {
            ServerEndpoint server = lab.startServer(ServerSpec.builder().port(0).build()).get(T);
            List<LabEvent> mine = log.all().stream().filter(e -> e.origin().endpoint().equals(server.id())).toList();
            assertThat(mine.get(0).kind()).isEqualTo(EventKind.ENDPOINT_STATE);
            assertThat(EndpointState.fromLabel(mine.get(0).text())).isEqualTo(EndpointState.STARTING);
            assertThat(mine).extracting(LabEvent::kind).contains(EventKind.LISTENING);
        }
    }

    @Test
    void endpointsThatAreOverAreForgottenBeyondTheRetention() throws Exception {
        int refused;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            refused = s.getLocalPort();
        }
        try (Lab lab = new Lab()) {
            ServerEndpoint server = lab.startServer(ServerSpec.builder().port(0).build()).get(T);
            int clients = Lab.KEEP_FINISHED + 44;
            List<ClientEndpoint> started = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                started.add(lab.startClient(ClientSpec.seed(HostPort.loopback(refused))).get(T));
            }
            for (ClientEndpoint c : started) {
                c.finished().get(T);
                assertThat(c.state()).isEqualTo(EndpointState.FAILED);
            }
            // a round trip through the loop: every finished callback has run
            lab.onLoop(() -> lab.loop().sleep(Duration.ofMillis(10))).get(T);
            assertThat(lab.endpoints()).hasSize(Lab.KEEP_FINISHED + 1);
            assertThat(lab.endpoint(server.id())).isSameAs(server);
            assertThat(lab.endpoint(started.get(0).id())).isNull();
            assertThat(lab.endpoint(started.get(clients - 1).id())).isSameAs(started.get(clients - 1));
        }
    }
}
