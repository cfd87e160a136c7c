package netlab.engine.pcap;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import netlab.engine.net.HostPort;
import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.RelayEndpoint;
import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Role;
import netlab.engine.relay.RelayLeg;
import netlab.engine.relay.SplitMode;
import netlab.engine.testing.LabBench;
import netlab.engine.testing.Tools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A connection of a real run exported as pcap: it parses, and it holds the connection's bytes, in order, both ways. */
class PcapExportTest {
    private static final String MESSAGE = "This is the message. It will be sent in parts.";
    private final LabBench bench = new LabBench();
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        bench.close();
    }

    /** The seed's echo through a relay cutting 5 bytes at a time; returns every event once it is over. */
    private List<LabEvent> run(String host) throws Exception {
        ServerEndpoint server = bench.lab.startServer(ServerSpec.builder().host(host).port(0).build()).get(T);
        RelayEndpoint relay = bench.lab.startRelay(RelaySpec.builder().host(host).port(0).target(new HostPort(host, server.port()))
                .split(SplitMode.fixed(5)).seed(1).build()).get(T);
        ClientEndpoint client = bench.runClient(ClientSpec.seed(new HostPort(host, relay.port())));
        bench.log.await(e -> e.kind() == EventKind.CONNECTION_LOST && e.origin().endpoint().equals(server.id()), T);
        bench.log.await(e -> e.kind() == EventKind.CONNECTION_LOST && RelayLeg.of(e.origin()) == RelayLeg.CLIENT_SIDE, T);
        assertThat(client.id()).isNotNull();
        return bench.log.all();
    }

    @Test
    void everyConnectionOfARunHoldsItsBytesBothWays() throws Exception {
        List<LabEvent> events = run("127.0.0.1");
        List<PcapExport.Connection> connections = PcapExport.connections(events);
        assertThat(connections).extracting(PcapExport.Connection::id)
                .contains("client-1/1", "server-1/1", "relay-1/1", "relay-1/1/up");
        for (PcapExport.Connection c : connections) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PcapExport.Result result = PcapExport.write(events, c.id(), bench.lab.events().clock().startedAt(), out);
            List<PcapReader.Segment> segments = PcapReader.read(out.toByteArray());
            assertThat(segments).hasSize(result.packets());
            String local = c.local();
            String remote = c.remote();
            assertThat(new String(PcapReader.stream(segments, local), StandardCharsets.UTF_8)).as(c.id() + " sent").isEqualTo(MESSAGE);
            assertThat(new String(PcapReader.stream(segments, remote), StandardCharsets.UTF_8)).as(c.id() + " received").isEqualTo(MESSAGE);
            // the handshake first, opened by the side that connected; a FIN each way
            boolean localOpened = c.id().startsWith("client") || c.id().endsWith("/up");
            assertThat(segments.get(0).has(Tcp.SYN)).isTrue();
            assertThat(segments.get(0).src()).isEqualTo(localOpened ? local : remote);
            assertThat(segments.stream().filter(s -> s.has(Tcp.FIN)).map(PcapReader.Segment::src)).containsExactlyInAnyOrder(local, remote);
            assertThat(result.notes()).isEmpty();
            // as many data segments as the events had reads and writes
            long dataEvents = events.stream().filter(e -> c.id().equals(e.origin().connection())
                    && (e.kind() == EventKind.DATA_SENT || e.kind() == EventKind.DATA_RECEIVED)).count();
            assertThat(segments.stream().filter(s -> s.payload().length > 0).count()).isEqualTo(dataEvents);
        }
        // the relay's leg to the server wrote 5 bytes at a time: so do its segments
        ByteArrayOutputStream up = new ByteArrayOutputStream();
        PcapExport.write(events, "relay-1/1/up", bench.lab.events().clock().startedAt(), up);
        String relayUp = connections.stream().filter(c -> c.id().equals("relay-1/1/up")).findFirst().orElseThrow().local();
        assertThat(PcapReader.read(up.toByteArray()).stream().filter(s -> s.src().equals(relayUp) && s.payload().length > 0)
                .map(s -> s.payload().length)).containsExactly(5, 5, 5, 5, 5, 5, 5, 5, 5, 1);
    }

    @Test
    void ipv6Too() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(hasIpv6Loopback(), "skipped: no IPv6 loopback here");
        List<LabEvent> events = run("::1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PcapExport.write(events, "server-1/1", bench.lab.events().clock().startedAt(), out);
        List<PcapReader.Segment> segments = PcapReader.read(out.toByteArray());
        assertThat(segments.get(0).src()).startsWith("::1:");
        assertThat(new String(PcapReader.stream(segments, segments.get(0).dst()), StandardCharsets.UTF_8)).isEqualTo(MESSAGE);
    }

    @Test
    void tsharkFollowsTheStreamAndSeesTheSeedsMessage() throws Exception {
        Path tshark = Tools.require("tshark", "to check that Wireshark's dissector reads the pcap; apt-get install tshark");
        List<LabEvent> events = run("127.0.0.1");
        for (String connection : List.of("server-1/1", "relay-1/1/up")) {
            Path file = dir.resolve(connection.replace('/', '_') + ".pcap");
            try (var out = Files.newOutputStream(file)) {
                PcapExport.write(events, connection, bench.lab.events().clock().startedAt(), out);
            }
            Process p = new ProcessBuilder(tshark.toString(), "-r", file.toString(), "-q", "-z", "follow,tcp,raw,0")
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            StringBuilder node0 = new StringBuilder();
            StringBuilder node1 = new StringBuilder();
            boolean inData = false;
            for (String line : output.split("\n")) {
                if (line.startsWith("Node 1:")) {
                    inData = true;
                } else if (line.startsWith("=====")) {
                    inData = false;
                } else if (inData && !line.isBlank()) {
                    (line.startsWith("\t") ? node1 : node0).append(line.strip());
                }
            }
            String there = new String(HexFormat.of().parseHex(node0), StandardCharsets.UTF_8);
            String back = new String(HexFormat.of().parseHex(node1), StandardCharsets.UTF_8);
            System.out.println("tshark follow tcp of " + connection + ": " + there.length() + " bytes one way, " + back.length() + " the other");
            assertThat(there).as(output).isEqualTo(MESSAGE);
            assertThat(back).as(output).isEqualTo(MESSAGE);
            // and nothing Wireshark would flag as malformed
            Process check = new ProcessBuilder(tshark.toString(), "-r", file.toString(), "-o", "tcp.check_checksum:TRUE",
                    "-Y", "_ws.malformed || _ws.expert.severity >= error || tcp.checksum.status == \"Bad\"")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String flagged = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(check.exitValue()).as("tshark took the display filter").isZero();
            assertThat(flagged.strip()).as("frames tshark flags").isEmpty();
        }
    }

    @Test
    void whatIsNoTcpConnectionIsRefusedWithAReason() {
        List<LabEvent> none = List.of();
        assertThatThrownBy(() -> PcapExport.write(none, "server-1/1", java.time.Instant.now(), new ByteArrayOutputStream()))
                .hasMessageContaining("no connection 'server-1/1'");
        netlab.engine.event.Origin unix = new netlab.engine.event.Origin("server-1", Role.SERVER, "server-1/1", "unix_1",
                "unix:/tmp/echo.sock", "unix:(unnamed)");
        List<LabEvent> events = List.of(new LabEvent(1, 1, unix, EventKind.DATA_RECEIVED, null, null, Bytes.utf8("x"), 0, 1, null));
        assertThatThrownBy(() -> PcapExport.write(events, "server-1/1", java.time.Instant.now(), new ByteArrayOutputStream()))
                .hasMessageContaining("Unix socket connection");
        assertThat(PcapExport.connections(events)).isEmpty();
    }

    private static boolean hasIpv6Loopback() {
        try (java.net.ServerSocket s = new java.net.ServerSocket()) {
            s.bind(new java.net.InetSocketAddress("::1", 0));
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
