package netlab.engine.relay;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import netlab.engine.net.HostPort;
import netlab.engine.lab.RelayEndpoint;
import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.event.EventKind;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The relay in UDP mode: datagrams stay whole, and the seed decides which are dropped and which go
 * after the next one, so that a run can be predicted (and repeated) datagram by datagram.
 */
class DatagramRelayTest {
    private static final int COUNT = 40;
    private final LabBench bench = new LabBench();
    private final long seed = new Random().nextLong();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void theServerGetsWhatTheSeedSaysInTheOrderItSays() throws Exception {
        ServerEndpoint server = bench.lab.startServer(ServerSpec.builder().port(0).transport(TransportKind.UDP).build()).get(T);
        List<String> first = run(server, 0.3, 0.3);
        List<String> expected = predicted(new DatagramFates(seed, 0.3, 0.3));
        assertThat(first).as("seed %d", seed).isEqualTo(expected);
        assertThat(first).as("seed %d: some dropped", seed).hasSizeLessThan(COUNT);
        List<String> second = run(server, 0.3, 0.3);
        assertThat(second).as("seed %d, the same again", seed).isEqualTo(first);
        System.out.println("seed " + seed + ": the server got " + first);
    }

    @Test
    void withoutLossesEveryDatagramGoesThereAndBackWhole() throws Exception {
        ServerEndpoint server = bench.lab.startServer(ServerSpec.builder().port(0).transport(TransportKind.UDP).build()).get(T);
        RelayEndpoint relay = bench.lab.startRelay(RelaySpec.builder().transport(TransportKind.UDP).port(0).target(HostPort.loopback(server.port()))
                .delay(Duration.ofMillis(5)).build()).get(T);
        try (DatagramSocket client = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            client.setSoTimeout(5_000);
            client.connect(new InetSocketAddress("127.0.0.1", relay.port()));
            List<String> back = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                byte[] msg = ("datagram " + i).getBytes();
                client.send(new DatagramPacket(msg, msg.length));
                DatagramPacket in = new DatagramPacket(new byte[100], 100);
                client.receive(in);
                back.add(new String(in.getData(), 0, in.getLength()));
            }
            assertThat(back).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 10).mapToObj(i -> "datagram " + i).toList());
        }
    }

    /** Sends COUNT numbered datagrams through a new relay with this seed and returns what the server received, in order. */
    private List<String> run(ServerEndpoint server, double drop, double reorder) throws Exception {
        RelayEndpoint relay = bench.lab.startRelay(RelaySpec.builder().transport(TransportKind.UDP).port(0).target(HostPort.loopback(server.port()))
                .seed(seed).drop(drop).reorder(reorder).hold(Duration.ofMillis(300)).build()).get(T);
        long before = bench.events(server.id(), EventKind.DATAGRAM_RECEIVED).size();
        try (DatagramSocket client = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            client.connect(new InetSocketAddress("127.0.0.1", relay.port()));
            for (int i = 0; i < COUNT; i++) {
                byte[] msg = String.format("d%02d", i).getBytes();
                client.send(new DatagramPacket(msg, msg.length));
            }
            // the relay holds at most one datagram back, for at most its hold time
            client.setSoTimeout(200);
            long quiet = System.nanoTime() + Duration.ofMillis(1_500).toNanos();
            while (System.nanoTime() < quiet) {
                try {
                    client.receive(new DatagramPacket(new byte[16], 16));
                } catch (SocketTimeoutException ignored) {
                    // nothing came back just now
                }
            }
        }
        relay.stop().get(T);
        return bench.events(server.id(), EventKind.DATAGRAM_RECEIVED).stream().skip(before).map(e -> e.data().utf8()).toList();
    }

    /** What a relay with these fates passes on, in order, when COUNT datagrams arrive one after another. */
    private static List<String> predicted(DatagramFates fates) {
        List<String> out = new ArrayList<>();
        String held = null;
        for (int i = 0; i < COUNT; i++) {
            String d = String.format("d%02d", i);
            switch (fates.next(held == null)) {
                case DROP -> {
                }
                case HOLD -> held = d;
                case PASS -> {
                    out.add(d);
                    if (held != null) {
                        out.add(held);
                        held = null;
                    }
                }
            }
        }
        if (held != null) {
            out.add(held);
        }
        return out;
    }
}
