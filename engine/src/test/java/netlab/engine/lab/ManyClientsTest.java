package netlab.engine.lab;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many connections at once on the one loop: each gets its own bytes back, exactly. */
class ManyClientsTest {
    private final LabBench bench = new LabBench();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void twoHundredConcurrentClientsEachGetTheirOwnBytesBack() throws Exception {
        int clients = 200;
        long seed = 4242L;
        Random random = new Random(seed);
        ServerEndpoint server = bench.echoServer(128);
        int port = server.port();
        List<ClientEndpoint> started = new ArrayList<>();
        List<Bytes> messages = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            // a distinct message per client: its number, then binary noise, in three parts
            byte[] noise = new byte[1 + random.nextInt(3000)];
            random.nextBytes(noise);
            Bytes message = Bytes.utf8("client " + i + ":").concat(Bytes.wrap(noise));
            int a = random.nextInt(message.size() + 1);
            int b = a + random.nextInt(message.size() - a + 1);
            messages.add(message);
            started.add(bench.startClient(ClientSpec.builder().port(port).parts(List.of(message.slice(0, a), message.slice(a, b), message.slice(b))).build()));
        }
        for (ClientEndpoint c : started) {
            c.finished().get(T);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("%d concurrent echo clients (seed %d) finished in %d ms%n", clients, seed, millis);
        for (int i = 0; i < clients; i++) {
            ClientEndpoint c = started.get(i);
            assertThat(c.state()).as("client %d (seed %d)", i, seed).isEqualTo(EndpointState.FINISHED);
            assertThat(bench.received(c.id())).as("client %d's echo (seed %d)", i, seed).isEqualTo(messages.get(i));
        }
        bench.log.await(e -> e.origin().endpoint().equals(server.id()) && e.kind() == EventKind.CONNECTION_LOST
                && bench.events(server.id(), EventKind.CONNECTION_LOST).size() == clients, T);
        assertThat(bench.events(server.id(), EventKind.CONNECTION_MADE)).hasSize(clients);
        assertThat(server.connectionCount()).isZero();
        assertThat(bench.log.ofKind(EventKind.ERROR)).isEmpty();
        assertThat(bench.log.ofKind(EventKind.ELIDED)).isEmpty();
    }
}
