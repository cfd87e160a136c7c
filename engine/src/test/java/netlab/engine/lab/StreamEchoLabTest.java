package netlab.engine.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import netlab.engine.net.HostPort;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.testing.EventLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StreamEchoLabTest {
    private static final Duration T = Duration.ofSeconds(10);
    private Lab lab;
    private EventLog log;

    @BeforeEach
    void start() {
        lab = new Lab();
        log = new EventLog(lab.events());
    }

    @AfterEach
    void stop() {
        log.close();
        lab.close();
    }

    @Test
    void seedClientAgainstSeedServerPrintsTheSeedLines() throws Exception {
        ServerEndpoint server = lab.startServer(ServerSpec.builder().port(0).build()).get(T);
        int port = server.port();
        ClientEndpoint client = lab.startClient(ClientSpec.seed(HostPort.loopback(port))).get(T);
        client.finished().get(T);
        assertThat(client.state()).isEqualTo(EndpointState.FINISHED);
        log.awaitLog("echo_client", "closing", T);
        LabEvent accepted = log.await(e -> e.kind() == EventKind.LOG && e.text().equals("connection accepted"), T);
        String serverLogger = accepted.logger();
        assertThat(serverLogger).matches("echo_127\\.0\\.0\\.1_\\d+");
        log.awaitLog(serverLogger, "closing", T);

        List<String> lines = log.logLines();
        assertThat(lines).contains(
                "main: starting up on 127.0.0.1 port " + port,
                "echo_client: connecting to 127.0.0.1 port " + port,
                "echo_client: sending b'This is the message. '",
                "echo_client: sending b'It will be sent '",
                "echo_client: sending b'in parts.'",
                "echo_client: waiting for response",
                serverLogger + ": connection accepted",
                serverLogger + ": closing");
        String echoed = concat(lines, "echo_client: received ");
        String received = concat(lines, serverLogger + ": received ");
        String sent = concat(lines, serverLogger + ": sent ");
        assertThat(echoed).isEqualTo("This is the message. It will be sent in parts.");
        assertThat(received).isEqualTo(echoed);
        assertThat(sent).isEqualTo(echoed);
    }

    /** Joins the text inside b'...' of every line with the prefix. */
    private static String concat(List<String> lines, String prefix) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                String literal = line.substring(prefix.length());
                out.append(literal, 2, literal.length() - 1);
            }
        }
        return out.toString();
    }

    @Test
    void wireEventsCarryTheBytesAndOffsets() throws Exception {
        ServerEndpoint server = lab.startServer(ServerSpec.builder().port(0).build()).get(T);
        ClientEndpoint client = lab.startClient(ClientSpec.seed(HostPort.loopback(server.port()))).get(T);
        client.finished().get(T);
        log.await(e -> e.kind() == EventKind.CONNECTION_LOST && e.origin().role() == netlab.engine.event.Role.SERVER, T);
        List<LabEvent> sent = log.all().stream()
                .filter(e -> e.kind() == EventKind.DATA_SENT && e.origin().endpoint().equals(client.id())).toList();
        assertThat(sent).extracting(e -> e.data().utf8())
                .containsExactly("This is the message. ", "It will be sent ", "in parts.");
        assertThat(sent).extracting(LabEvent::offset).containsExactly(0L, 21L, 37L);
        List<LabEvent> serverReads = log.all().stream()
                .filter(e -> e.kind() == EventKind.DATA_RECEIVED && e.origin().endpoint().equals(server.id())).toList();
        assertThat(Bytes.concat(serverReads.stream().map(LabEvent::data).toList()).utf8())
                .isEqualTo("This is the message. It will be sent in parts.");
    }
}
