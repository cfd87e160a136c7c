package netlab.engine.relay;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import netlab.engine.net.HostPort;
import netlab.engine.net.UnixPath;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.RelayEndpoint;
import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The re-chunking relay over real loopback sockets, between a client on the test thread and the
 * lab's echo server: every byte arrives, in order, both ways, under every split; the chunks are
 * the ones the split says; half-closes and resets reach the other side.
 */
class RelayTest {
    private final LabBench bench = new LabBench();
    private final long seed = new Random().nextLong();

    @AfterEach
    void close() {
        bench.close();
    }

    private RelayEndpoint relay(RelaySpec spec) {
        try {
            return bench.lab.startRelay(spec).get(T);
        } catch (Exception e) {
            throw new AssertionError("the relay did not start: " + e, e);
        }
    }

    private RelayEndpoint relayTo(ServerEndpoint server, SplitMode split) {
        return relay(RelaySpec.builder().port(0).target(HostPort.loopback(server.port())).split(split).seed(seed)
                .hold(Duration.ofSeconds(5)).build());
    }

    @Test
    void everyByteArrivesBothWaysUnderEverySplit() throws Exception {
        ServerEndpoint server = bench.echoServer(128);
        Bytes message = CutterTest.randomBytes(seed, 3_000);
        for (SplitMode split : List.of(SplitMode.NONE, SplitMode.fixed(7), SplitMode.random(1, 64), SplitMode.BYTE,
                SplitMode.coalesce(20))) {
            RelayEndpoint relay = relayTo(server, split);
            Bytes echoed = echoThrough(relay, message, new Random(seed));
            assertThat(echoed).as("%s, seed %d", split, seed).isEqualTo(message);
            List<Integer> toServer = chunkSizes(relay, true);
            List<Integer> toClient = chunkSizes(relay, false);
            assertThat(toServer.stream().mapToInt(Integer::intValue).sum()).as("%s, seed %d", split, seed).isEqualTo(3_000);
            assertThat(toClient.stream().mapToInt(Integer::intValue).sum()).as("%s, seed %d", split, seed).isEqualTo(3_000);
            switch (split.kind()) {
                case FIXED -> {
                    assertThat(toServer.subList(0, toServer.size() - 1)).as("seed %d", seed).allMatch(n -> n == 7);
                    assertThat(toClient.subList(0, toClient.size() - 1)).as("seed %d", seed).allMatch(n -> n == 7);
                }
                case RANDOM -> assertThat(toServer).as("seed %d", seed).allMatch(n -> n >= 1 && n <= 64);
                case BYTE -> assertThat(toServer).as("seed %d", seed).allMatch(n -> n == 1).hasSize(3_000);
                default -> {
                }
            }
            relay.stop().get(T);
            System.out.println("relay " + split + ": " + toServer.size() + " chunks to the server, " + toClient.size() + " back");
        }
    }

    @Test
    void differentBytesEachWayArriveExactlyAndTheServersHalfCloseLeavesTheClientsWayOpen() throws Exception {
        Bytes fromServer = CutterTest.randomBytes(seed, 2_000);
        Bytes fromClient = CutterTest.randomBytes(seed + 1, 3_000);
        for (SplitMode split : List.of(SplitMode.NONE, SplitMode.fixed(7), SplitMode.random(1, 64), SplitMode.BYTE,
                SplitMode.coalesce(20))) {
            try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                server.setSoTimeout((int) T.toMillis());
                RelayEndpoint relay = relay(RelaySpec.builder().port(0).target(HostPort.loopback(server.getLocalPort())).split(split).seed(seed).build());
                java.util.concurrent.CompletableFuture<byte[]> serverRead = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    // a server that speaks first, half-closes, and then listens to the end
                    try (Socket accepted = server.accept()) {
                        accepted.setSoTimeout((int) T.toMillis());
                        writeInParts(accepted, fromServer, new Random(seed));
                        accepted.shutdownOutput();
                        return accepted.getInputStream().readAllBytes();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                try (Socket client = new Socket()) {
                    client.connect(new InetSocketAddress("127.0.0.1", relay.port()), 5_000);
                    client.setSoTimeout((int) T.toMillis());
                    // everything the server said, then its EOF: the server's half-close came through
                    assertThat(Bytes.wrap(client.getInputStream().readAllBytes())).as("%s, seed %d", split, seed).isEqualTo(fromServer);
                    // and the client's way is still open
                    writeInParts(client, fromClient, new Random(seed + 1));
                    client.shutdownOutput();
                    assertThat(Bytes.wrap(serverRead.get(T.toMillis() * 2, java.util.concurrent.TimeUnit.MILLISECONDS)))
                            .as("%s, seed %d", split, seed).isEqualTo(fromClient);
                }
                List<Integer> toServer = chunkSizes(relay, true);
                List<Integer> toClient = chunkSizes(relay, false);
                assertThat(toServer.stream().mapToInt(Integer::intValue).sum()).isEqualTo(3_000);
                assertThat(toClient.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2_000);
                if (split.kind() == SplitMode.Kind.BYTE) {
                    assertThat(toServer).hasSize(3_000);
                    assertThat(toClient).hasSize(2_000);
                }
                System.out.println("relay " + split + ": " + toClient.size() + " chunks to the client before its EOF, "
                        + toServer.size() + " to the server after");
                relay.stop().get(T);
            }
        }
    }

    private static void writeInParts(Socket s, Bytes message, Random parts) throws IOException {
        byte[] bytes = message.toByteArray();
        int at = 0;
        while (at < bytes.length) {
            int n = Math.min(bytes.length - at, 1 + parts.nextInt(400));
            s.getOutputStream().write(bytes, at, n);
            at += n;
        }
    }

    @Test
    void theSameSeedCutsTheSameChunksRunAfterRun() throws Exception {
        ServerEndpoint server = bench.echoServer(4096);
        Bytes message = CutterTest.randomBytes(seed, 2_000);
        List<List<Integer>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            RelayEndpoint relay = relayTo(server, SplitMode.random(1, 50));
            // the client's writes come in other sizes each run; the relay's cuts do not follow them
            assertThat(echoThrough(relay, message, new Random(seed + run))).isEqualTo(message);
            runs.add(chunkSizes(relay, true));
            relay.stop().get(T);
        }
        assertThat(runs.get(1)).as("seed %d", seed).isEqualTo(runs.get(0));
        assertThat(runs.get(0)).as("seed %d", seed).isEqualTo(CutterTest.sizes(
                CutterTest.cutAll(new Cutter(SplitMode.random(1, 50), seed), List.of(message))));
    }

    @Test
    void halfCloseGoesOnAfterTheLastByteBothWays() throws Exception {
        ServerEndpoint server = bench.echoServer(128);
        RelayEndpoint relay = relayTo(server, SplitMode.fixed(5));
        Bytes message = Bytes.utf8("This is the message. It will be sent in parts.");
        assertThat(echoThrough(relay, message, new Random(seed))).isEqualTo(message);
        bench.log.await(e -> e.kind() == EventKind.CONNECTION_LOST && e.origin().endpoint().equals(server.id()), T);

        List<LabEvent> all = bench.log.all();
        LabEvent clientEof = first(all, relay.id(), RelayLeg.CLIENT_SIDE, EventKind.EOF_RECEIVED);
        LabEvent forwardedEof = first(all, relay.id(), RelayLeg.SERVER_SIDE, EventKind.EOF_SENT);
        LabEvent serverEof = all.stream().filter(e -> e.origin().endpoint().equals(server.id()) && e.kind() == EventKind.EOF_RECEIVED)
                .findFirst().orElseThrow();
        LabEvent lastToServer = last(all, relay.id(), RelayLeg.SERVER_SIDE, EventKind.DATA_SENT);
        assertThat(clientEof.offset()).isEqualTo(message.size());
        assertThat(forwardedEof.seq()).isGreaterThan(lastToServer.seq()).isGreaterThan(clientEof.seq());
        assertThat(forwardedEof.offset()).isEqualTo(message.size());
        assertThat(serverEof.seq()).isGreaterThan(forwardedEof.seq());
        assertThat(serverEof.offset()).isEqualTo(message.size());
        // the server closed after its echo: the client's side saw EOF after every echoed byte
        LabEvent serverSideEof = first(all, relay.id(), RelayLeg.SERVER_SIDE, EventKind.EOF_RECEIVED);
        LabEvent backToClient = first(all, relay.id(), RelayLeg.CLIENT_SIDE, EventKind.EOF_SENT);
        assertThat(backToClient.seq()).isGreaterThan(serverSideEof.seq())
                .isGreaterThan(last(all, relay.id(), RelayLeg.CLIENT_SIDE, EventKind.DATA_SENT).seq());
        bench.log.await(e -> e.kind() == EventKind.CONNECTION_LOST && RelayLeg.of(e.origin()) == RelayLeg.SERVER_SIDE, T);
        bench.log.await(e -> e.kind() == EventKind.CONNECTION_LOST && RelayLeg.of(e.origin()) == RelayLeg.CLIENT_SIDE, T);
        assertThat(relay.liveCount()).isZero();
    }

    @Test
    void aClientsResetIsAResetOnTheServersSide() throws Exception {
        ServerEndpoint server = bench.echoServer(128);
        RelayEndpoint relay = relayTo(server, SplitMode.NONE);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", relay.port()), 5_000);
            s.setSoTimeout(5_000);
            s.getOutputStream().write("hello".getBytes());
            s.getInputStream().readNBytes(5); // the echo: the whole way is up
            s.setSoLinger(true, 0);
        }
        LabEvent lost = bench.log.await(e -> e.kind() == EventKind.CONNECTION_LOST && e.origin().endpoint().equals(server.id()), T);
        assertThat(lost.error()).as("the server's connection_lost").isNotNull();
        assertThat(lost.error().type()).isEqualTo("ConnectionResetError");
        assertThat(bench.events(relay.id(), EventKind.ABORT_CALLED)).extracting(e -> RelayLeg.of(e.origin()))
                .containsExactly(RelayLeg.SERVER_SIDE);
    }

    @Test
    void aServersResetIsAResetOnTheClientsSide() throws Exception {
        try (java.net.ServerSocket rude = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            rude.setSoTimeout(5_000);
            RelayEndpoint relay = relay(RelaySpec.builder().port(0).target(HostPort.loopback(rude.getLocalPort())).build());
            try (Socket client = new Socket()) {
                client.connect(new InetSocketAddress("127.0.0.1", relay.port()), 5_000);
                client.setSoTimeout(5_000);
                client.getOutputStream().write("hi".getBytes());
                try (Socket accepted = rude.accept()) {
                    accepted.setSoTimeout(5_000);
                    assertThat(accepted.getInputStream().readNBytes(2)).isEqualTo("hi".getBytes());
                    accepted.setSoLinger(true, 0);
                }
                IOException seen = null;
                try {
                    int n = client.getInputStream().read();
                    assertThat(n).as("a reset is not an EOF").isNotEqualTo(-1);
                } catch (SocketException e) {
                    seen = e;
                }
                assertThat(seen).as("the client's read").isNotNull();
                assertThat(seen.getMessage()).containsIgnoringCase("reset");
            }
            LabEvent lost = bench.log.await(e -> e.kind() == EventKind.CONNECTION_LOST && RelayLeg.of(e.origin()) == RelayLeg.SERVER_SIDE, T);
            assertThat(lost.error().type()).isEqualTo("ConnectionResetError");
        }
    }

    @Test
    void aServerNobodyRunsResetsTheClientAndTheRelaySaysWhy() throws Exception {
        int closed;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        RelayEndpoint relay = relay(RelaySpec.builder().port(0).target(HostPort.loopback(closed)).build());
        try (Socket client = new Socket()) {
            String outcome;
            try {
                client.connect(new InetSocketAddress("127.0.0.1", relay.port()), 5_000);
                client.setSoTimeout(5_000);
                outcome = readOrReset(client.getInputStream());
            } catch (java.net.SocketException e) {
                // the relay may reset before the client's connect returns: the same reset, seen sooner
                assertThat(e.getMessage()).containsIgnoringCase("reset");
                outcome = "reset";
            }
            assertThat(outcome).isEqualTo("reset");
        }
        LabEvent why = bench.log.await(e -> e.kind() == EventKind.ERROR && e.origin().endpoint().equals(relay.id()), T);
        assertThat(why.text()).contains("cannot reach the server at 127.0.0.1:" + closed);
        assertThat(why.error().type()).isEqualTo("ConnectionRefusedError");
        assertThat(relay.state()).isEqualTo(EndpointState.RUNNING);
    }

    @Test
    void aRateCapAndADelayPaceTheChunks() throws Exception {
        ServerEndpoint server = bench.echoServer(4096);
        RelayEndpoint relay = relay(RelaySpec.builder().port(0).target(HostPort.loopback(server.port()))
                .split(SplitMode.fixed(100)).rate(4_000).delay(Duration.ofMillis(20)).build());
        Bytes message = CutterTest.randomBytes(seed, 2_000);
        long start = System.nanoTime();
        assertThat(echoThrough(relay, message, new Random(seed))).isEqualTo(message);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("2000 bytes there and back at 4000 bytes/s each way, 20 chunks each: " + millis + " ms");
        // 20 chunks of 100 bytes at 4000 bytes/s: the last leaves 19 x 25 ms after the first, whatever the machine does
        assertThat(millis).isGreaterThanOrEqualTo(475);
        List<LabEvent> writes = bench.events(relay.id(), EventKind.DATA_SENT).stream()
                .filter(e -> RelayLeg.of(e.origin()) == RelayLeg.SERVER_SIDE).toList();
        for (int i = 1; i < writes.size(); i++) {
            long gap = writes.get(i).nanos() - writes.get(i - 1).nanos();
            assertThat(gap).as("chunk %d came %d ms after the one before", i, gap / 1_000_000).isGreaterThanOrEqualTo(19_000_000);
        }
    }

    @Test
    void aUnixRelayForwardsBetweenSocketPaths(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        ServerEndpoint server = bench.lab.startServer(netlab.engine.lab.ServerSpec.builder()
                .path(UnixPath.of(dir.resolve("echo.sock"))).build()).get(T);
        RelayEndpoint relay = relay(RelaySpec.builder().path(UnixPath.of(dir.resolve("relay.sock"))).target(server.address())
                .split(SplitMode.fixed(3)).build());
        Bytes message = Bytes.utf8("over two socket paths");
        try (java.nio.channels.SocketChannel ch = java.nio.channels.SocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            ch.connect(java.net.UnixDomainSocketAddress.of(dir.resolve("relay.sock")));
            ch.write(java.nio.ByteBuffer.wrap(message.toByteArray()));
            java.nio.ByteBuffer in = java.nio.ByteBuffer.allocate(message.size());
            long deadline = System.nanoTime() + T.toNanos();
            while (in.hasRemaining() && System.nanoTime() < deadline) {
                if (ch.read(in) < 0) {
                    break;
                }
            }
            assertThat(Bytes.wrap(in.array())).isEqualTo(message);
        }
        assertThat(chunkSizes(relay, true)).allMatch(n -> n <= 3);
        assertThat(chunkSizes(relay, true).stream().mapToInt(Integer::intValue).sum()).isEqualTo(message.size());
    }

    private static String readOrReset(InputStream in) {
        try {
            return in.read() < 0 ? "eof" : "data";
        } catch (IOException e) {
            return String.valueOf(e.getMessage()).toLowerCase().contains("reset") ? "reset" : e.toString();
        }
    }

    /** Sends {@code message} through the relay in random parts, half-closes, and reads the echo to its EOF. */
    private Bytes echoThrough(RelayEndpoint relay, Bytes message, Random parts) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", relay.port()), 5_000);
            s.setSoTimeout((int) T.toMillis());
            ByteArrayOutputStream echoed = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> {
                try {
                    s.getInputStream().transferTo(echoed);
                } catch (IOException ignored) {
                    // the assertion on the bytes says what went wrong
                }
            }, "echo-reader");
            reader.start();
            byte[] bytes = message.toByteArray();
            int at = 0;
            while (at < bytes.length) {
                int n = Math.min(bytes.length - at, 1 + parts.nextInt(400));
                s.getOutputStream().write(bytes, at, n);
                at += n;
            }
            s.shutdownOutput();
            try {
                reader.join(T.toMillis() * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (echoed) {
                return Bytes.wrap(echoed.toByteArray());
            }
        }
    }

    /** The sizes of the relay's writes to the server (or back to the client), once the relayed connection is over. */
    private List<Integer> chunkSizes(RelayEndpoint relay, boolean toServer) {
        RelayLeg leg = toServer ? RelayLeg.SERVER_SIDE : RelayLeg.CLIENT_SIDE;
        bench.log.await(e -> e.origin().endpoint().equals(relay.id()) && e.kind() == EventKind.CONNECTION_LOST
                && RelayLeg.of(e.origin()) == leg, T);
        return bench.events(relay.id(), EventKind.DATA_SENT).stream()
                .filter(e -> RelayLeg.of(e.origin()) == leg).map(e -> e.data().size()).toList();
    }

    private static LabEvent first(List<LabEvent> all, String endpoint, RelayLeg leg, EventKind kind) {
        return all.stream().filter(e -> e.origin().endpoint().equals(endpoint) && RelayLeg.of(e.origin()) == leg && e.kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " on the " + leg));
    }

    private static LabEvent last(List<LabEvent> all, String endpoint, RelayLeg leg, EventKind kind) {
        return all.stream().filter(e -> e.origin().endpoint().equals(endpoint) && RelayLeg.of(e.origin()) == leg && e.kind() == kind)
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + kind + " on the " + leg));
    }
}
