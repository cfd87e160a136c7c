package netlab.engine.lab;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Bytes are never lost or altered: what a server echoes is what it received, in order, under any
 * split." Random messages (binary, up to 48 KiB), random splits into parts, random server and
 * client read sizes, sometimes a pause; seeded, and the seed is in every failure message.
 * {@code -Dnetlab.seed=N} replays one run.
 */
class RandomSplitEchoTest {
    private static final int ROUNDS = 60;
    private final LabBench bench = new LabBench();

    @AfterEach
    void close() {
        bench.close();
    }

    record Round(int index, Bytes message, List<Bytes> parts, int serverRead, int clientRead, Duration pause) {
        @Override
        public String toString() {
            return "round " + index + ": " + message.size() + " bytes in " + parts.size() + " parts, server read "
                    + serverRead + ", client read " + clientRead + ", pause " + pause.toMillis() + " ms";
        }
    }

    static Round round(Random random, int index) {
        byte[] data = new byte[random.nextInt(4) == 0 ? random.nextInt(48 * 1024) : random.nextInt(300)];
        random.nextBytes(data);
        Bytes message = Bytes.wrap(data);
        List<Bytes> parts = new ArrayList<>();
        int at = 0;
        while (at < message.size()) {
            int n = 1 + random.nextInt(Math.min(message.size() - at, random.nextBoolean() ? 7 : 5000));
            parts.add(message.slice(at, at + n));
            at += n;
        }
        if (random.nextInt(10) == 0) {
            parts.add(1 + random.nextInt(Math.max(1, parts.size())) - 1, Bytes.EMPTY); // an empty write is nothing on the wire
        }
        int serverRead = random.nextBoolean() ? 1 + random.nextInt(16) : 1 + random.nextInt(8192);
        int clientRead = random.nextBoolean() ? 1 + random.nextInt(16) : 1 + random.nextInt(8192);
        Duration pause = random.nextInt(8) == 0 && parts.size() < 20 ? Duration.ofMillis(1 + random.nextInt(3)) : Duration.ZERO;
        return new Round(index, message, parts, serverRead, clientRead, pause);
    }

    /** Rounds run ten at a time, so that the test's event log never has to hold all of them. */
    @Test
    void theEchoIsByteExactUnderRandomSplitsAndReadSizes() throws Exception {
        long seed = Long.getLong("netlab.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int batch = 0; batch < ROUNDS; batch += 10) {
            List<Round> rounds = new ArrayList<>();
            List<ServerEndpoint> servers = new ArrayList<>();
            List<ClientEndpoint> clients = new ArrayList<>();
            for (int i = batch; i < batch + 10; i++) {
                Round r = round(random, i);
                rounds.add(r);
                ServerEndpoint server = bench.echoServer(r.serverRead());
                servers.add(server);
                clients.add(bench.startClient(ClientSpec.builder().port(server.port()).parts(r.parts()).pause(r.pause()).readSize(r.clientRead()).build()));
            }
            for (int i = 0; i < rounds.size(); i++) {
                check(seed, rounds.get(i), servers.get(i), clients.get(i));
            }
        }
    }

    private void check(long seed, Round r, ServerEndpoint server, ClientEndpoint client) throws Exception {
        String where = "seed " + seed + " (-Dnetlab.seed=" + seed + "), " + r;
        try {
            client.finished().get(T);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the client did not finish in " + T + ", " + where, e);
        }
        assertThat(client.state()).as(where).isEqualTo(EndpointState.FINISHED);
        bench.log.await(e -> e.origin().endpoint().equals(server.id()) && e.kind() == EventKind.CONNECTION_LOST, T);
        assertThat(bench.received(client.id())).as("what the client got back, " + where).isEqualTo(r.message());
        assertThat(bench.received(server.id())).as("what the server read, " + where).isEqualTo(r.message());
        assertThat(bench.sent(server.id())).as("what the server echoed, " + where).isEqualTo(r.message());
        // every read(n) the server logged holds at most n bytes (a byte's literal is at most 4 characters)
        for (LabEvent line : bench.events(server.id(), EventKind.LOG)) {
            if (line.text().startsWith("received ")) {
                assertThat(line.text().length()).as(where).isLessThanOrEqualTo("received b''".length() + 4 * r.serverRead());
            }
        }
    }
}
