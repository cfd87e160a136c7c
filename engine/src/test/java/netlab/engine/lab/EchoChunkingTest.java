package netlab.engine.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import netlab.engine.net.HostPort;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.experiments.StreamEchoClient;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Seed 000's lesson: TCP keeps no message boundaries. The bytes are asserted, never the split. */
class EchoChunkingTest {
    private static final String MESSAGE = "This is the message. It will be sent in parts.";
    private final LabBench bench = new LabBench();

    @AfterEach
    void close() {
        bench.close();
    }

    /** The seed's three writes reach the server as one to three reads, byte-exact, every time. */
    @Test
    void theSeedsThreePartsArriveAsOneToThreeReads() {
        ServerEndpoint server = bench.echoServer(128);
        Map<Integer, Integer> readsSeen = new TreeMap<>();
        for (int run = 0; run < 20; run++) {
            ClientEndpoint client = bench.runClient(ClientSpec.seed(HostPort.loopback(server.port())));
            assertThat(client.state()).isEqualTo(EndpointState.FINISHED);
            assertThat(bench.received(client.id()).utf8()).isEqualTo(MESSAGE);
            assertThat(bench.events(client.id(), EventKind.DATA_SENT)).extracting(LabEvent::data)
                    .containsExactlyElementsOf(StreamEchoClient.SEED_MESSAGES);
            String conn = "server-1/" + (run + 1);
            List<LabEvent> serverReads = bench.log.all().stream()
                    .filter(e -> conn.equals(e.origin().connection()) && e.kind() == EventKind.DATA_RECEIVED).toList();
            assertThat(Bytes.concat(serverReads.stream().map(LabEvent::data).toList()).utf8()).isEqualTo(MESSAGE);
            assertThat(serverReads.size()).isBetween(1, 3);
            readsSeen.merge(serverReads.size(), 1, Integer::sum);
        }
        System.out.println("seed 000 over loopback, server reads per connection -> connections: " + readsSeen);
    }

    /** With a pause between parts each part is its own write on the wire; the echo is still exact. */
    @Test
    void withAPauseBetweenPartsTheEchoIsStillExact() {
        ServerEndpoint server = bench.echoServer(128);
        ClientSpec spec = ClientSpec.builder().port(server.port()).parts(StreamEchoClient.SEED_MESSAGES).pause(Duration.ofMillis(30)).build();
        ClientEndpoint client = bench.runClient(spec);
        assertThat(client.state()).isEqualTo(EndpointState.FINISHED);
        assertThat(bench.received(client.id()).utf8()).isEqualTo(MESSAGE);
        List<String> serverLines = bench.log.logLines().stream().filter(l -> l.startsWith("echo_127.0.0.1_")).toList();
        assertThat(serverLines.get(0)).endsWith(": connection accepted");
        assertThat(serverLines.get(serverLines.size() - 1)).endsWith(": closing");
        assertThat(literals(serverLines, ": received ")).isEqualTo(MESSAGE);
        assertThat(literals(serverLines, ": sent ")).isEqualTo(MESSAGE);
    }

    /** The server's read size bounds each read(n), so a 4-byte server echoes in pieces of at most 4. */
    @Test
    void aSmallReadSizeEchoesInSmallPiecesAndLosesNothing() {
        ServerEndpoint server = bench.echoServer(4);
        ClientEndpoint client = bench.runClient(ClientSpec.builder().port(server.port()).parts(StreamEchoClient.SEED_MESSAGES).readSize(5).build());
        assertThat(client.state()).isEqualTo(EndpointState.FINISHED);
        List<String> received = bench.logTexts(server.id(), "echo_127.0.0.1_" + clientPort(client)).stream()
                .filter(l -> l.startsWith("received ")).toList();
        assertThat(received).allSatisfy(l -> assertThat(l.length() - "received b''".length()).isBetween(1, 4));
        assertThat(received).hasSizeGreaterThanOrEqualTo(MESSAGE.length() / 4);
        List<String> clientReads = bench.logTexts(client.id(), StreamEchoClient.LOGGER).stream()
                .filter(l -> l.startsWith("received ")).toList();
        assertThat(clientReads).allSatisfy(l -> assertThat(l.length() - "received b''".length()).isBetween(1, 5));
        assertThat(bench.received(client.id()).utf8()).isEqualTo(MESSAGE);
    }

    private int clientPort(ClientEndpoint client) {
        LabEvent made = bench.events(client.id(), EventKind.CONNECTION_MADE).get(0);
        String local = made.origin().local();
        return Integer.parseInt(local.substring(local.lastIndexOf(':') + 1));
    }

    /** Joins the text inside b'...' of the lines that contain {@code marker}. */
    static String literals(List<String> lines, String marker) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            int at = line.indexOf(marker);
            if (at >= 0) {
                String literal = line.substring(at + marker.length());
                out.append(literal, 2, literal.length() - 1);
            }
        }
        return out.toString();
    }
}
