package netlab.engine.rules;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Servers answered by rules, over real loopback sockets (a plain java.net client, as any peer). */
class RulesServerTest {
    private final LabBench bench = new LabBench();

    @AfterEach
    void close() {
        bench.close();
    }

    private static RuleSet pingPong(Framing framing) {
        return new RuleSet(framing, List.of(
                new Rule("ping", new Match(MatchKind.REGEX, netlab.engine.bytes.ByteInput.Mode.TEXT, "^PING (\\d+)$"),
                        Optional.of(new Template(netlab.engine.bytes.ByteInput.Mode.ESCAPED, "PONG {{1}}\\n")), Duration.ZERO, Rule.After.NOTHING),
                new Rule("bye", Match.of(MatchKind.EQUALS, "BYE"), Optional.of(Template.text("bye")), Duration.ZERO, Rule.After.CLOSE)));
    }

    private ServerEndpoint start(ServerSpec.Builder spec) throws Exception {
        return (ServerEndpoint) bench.lab.startServer(spec.port(0).build()).get(T);
    }

    @Test
    void aLineCutAcrossWritesIsAnsweredOnceWholeAndTheMatchSitsAfterTheReadThatCompletedIt() throws Exception {
        ServerEndpoint server = start(ServerSpec.builder().rules(pingPong(new Framing.Lines())));
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            out.write("PIN".getBytes(StandardCharsets.UTF_8));
            out.flush();
            await().atMost(T).until(() -> !bench.events(server.id(), EventKind.DATA_RECEIVED).isEmpty());
            out.write("G 42\r\nPING 7\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertThat(in.readLine()).isEqualTo("PONG 42");
            assertThat(in.readLine()).isEqualTo("PONG 7");
            out.write("BYE\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertThat(in.readLine()).isEqualTo("bye");
            assertThat(in.read()).isEqualTo(-1); // the rule closed the connection
        }
        await().atMost(T).until(() -> bench.events(server.id(), EventKind.RULE_MATCHED).size() == 3);
        List<LabEvent> events = bench.events(server.id());
        List<LabEvent> matched = bench.events(server.id(), EventKind.RULE_MATCHED);
        assertThat(matched.get(0).describe()).isEqualTo("rule 1 'ping' matched b'PING 42': replies b'PONG 42\\n'");
        assertThat(matched.get(2).describe()).isEqualTo("rule 2 'bye' matched b'BYE': replies b'bye', then close");
        assertThat(matched.get(0).offset()).isZero();
        assertThat(matched.get(2).offset()).isEqualTo(1);
        // each match comes right after the read that completed its message, and before its reply's write
        int match = events.indexOf(matched.get(0));
        assertThat(events.get(match - 1).kind()).isEqualTo(EventKind.DATA_RECEIVED);
        assertThat(events.get(match - 1).data().utf8()).isEqualTo("G 42\r\nPING 7\n");
        assertThat(events.get(match + 1).kind()).isEqualTo(EventKind.DATA_SENT);
        assertThat(matched.get(0).origin().label()).startsWith("rules_127.0.0.1_");
    }

    @Test
    void aDelayedReplyNeverOvertakesAnEarlierOneAndHalfCloseEndsTheClientsReading() throws Exception {
        RuleSet rules = new RuleSet(new Framing.Delimiter(";"), List.of(
                new Rule("slow", Match.of(MatchKind.STARTS_WITH, "slow"), Optional.of(Template.text("1")), Duration.ofMillis(300), Rule.After.NOTHING),
                new Rule("fast", Match.of(MatchKind.CONTAINS, "ast"), Optional.of(Template.text("2")), Duration.ZERO, Rule.After.NOTHING),
                new Rule("end", Match.of(MatchKind.EQUALS, "end"), Optional.of(Template.text("3")), Duration.ZERO, Rule.After.HALF_CLOSE)));
        ServerEndpoint server = start(ServerSpec.builder().rules(rules));
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write("slow;fast;end;".getBytes(StandardCharsets.UTF_8));
            assertThat(new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("123");
            // half-closed: the server still reads what we send after its EOF
            s.getOutputStream().write("fast;".getBytes(StandardCharsets.UTF_8));
            await().atMost(T).until(() -> bench.events(server.id(), EventKind.RULE_MATCHED).size() == 4);
        }
    }

    @Test
    void hexMatchesAndLengthFramingAnswerBinaryMessages() throws Exception {
        RuleSet rules = new RuleSet(new Framing.Length(2), List.of(
                new Rule("hello", new Match(MatchKind.EQUALS, netlab.engine.bytes.ByteInput.Mode.HEX, "01 02"),
                        Optional.of(new Template(netlab.engine.bytes.ByteInput.Mode.HEX, "00 01 ff")), Duration.ZERO, Rule.After.CLOSE)));
        ServerEndpoint server = start(ServerSpec.builder().rules(rules));
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(new byte[] {0, 2, 1, 2});
            assertThat(s.getInputStream().readAllBytes()).containsExactly(0, 1, 0xff);
        }
    }

    @Test
    void aUdpServerAnswersEachDatagramByRules() throws Exception {
        ServerEndpoint server = start(ServerSpec.builder().transport(TransportKind.UDP).rules(pingPong(new Framing.Lines())));
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
            socket.setSoTimeout((int) T.toMillis());
            byte[] ping = "PING 42".getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(ping, ping.length, InetAddress.getByName("127.0.0.1"), server.port()));
            DatagramPacket answer = new DatagramPacket(new byte[100], 100);
            socket.receive(answer);
            assertThat(new String(answer.getData(), 0, answer.getLength(), StandardCharsets.UTF_8)).isEqualTo("PONG 42\n");
        }
        assertThat(bench.events(server.id(), EventKind.RULE_MATCHED)).hasSize(1);
    }

    @Test
    void aMessageNoRuleMatchesGetsNoReplyAndTheNextOneIsStillAnswered() throws Exception {
        ServerEndpoint server = start(ServerSpec.builder().rules(pingPong(new Framing.Lines())));
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            s.getOutputStream().write("nothing\nPING 1\n".getBytes(StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("PONG 1");
        }
        assertThat(bench.logTexts(server.id(), RulesProtocol.LOGGER)).anyMatch(t -> t.contains("no rule matched b'nothing'"));
    }
}
