package netlab.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import netlab.engine.net.HostPort;
import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.Lab;
import netlab.engine.lab.ProcessEndpoint;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventSubscription;
import netlab.engine.event.LabEvent;
import netlab.engine.subprocess.ProcessSpec;
import netlab.engine.testing.LabBench;
import netlab.engine.testing.OpenSockets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Faults: peers that are slow, never read or half-close and go quiet; the loop stalled by a
 * blocking callback; a server stopped in the middle of a load; a child that floods its output or
 * ignores SIGTERM. In each the faulty party is contained, everyone else gets every byte, and
 * what was started is gone afterwards. Every wait is bounded; the heavy versions are tagged stress.
 */
class FaultsTest {
    private static final Duration T = Duration.ofSeconds(30);
    private static final int SLEEPER_CAPACITY = 1000;
    private final LabBench bench = new LabBench();
    private final List<Socket> peers = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (Socket s : peers) {
            s.close();
        }
        bench.close();
    }

    // ---- slow and half-open peers ----

    /** A peer sending a byte a second (three seconds of it), under a load of 60 clients. */
    @Test
    void aPeerSendingAByteASecondIsEchoedByteByByteWhileOthersRunAtFullSpeed() throws Exception {
        slowPeers(1, 3, Duration.ofSeconds(1), 60);
    }

    /** Fifty peers sending a byte a second for half a minute, under a load of 300 clients. */
    @Test
    @Tag("stress")
    void heavyFiftyPeersSendingAByteASecond() throws Exception {
        slowPeers(50, 30, Duration.ofSeconds(1), 300);
    }

    private void slowPeers(int slow, int bytesEach, Duration interval, int others) throws Exception {
        ServerEndpoint server = bench.lab.startServer(ServerSpec.defaults().withPort(0)).get(T);
        int port = server.port();
        AtomicLong worstEchoMillis = new AtomicLong();
        List<Thread> dribblers = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int p = 0; p < slow; p++) {
            Socket s = connect(port);
            int id = p;
            Thread t = new Thread(() -> {
                try {
                    OutputStream out = s.getOutputStream();
                    InputStream in = s.getInputStream();
                    for (int i = 0; i < bytesEach; i++) {
                        byte b = (byte) ('a' + (id + i) % 26);
                        long t0 = System.nanoTime();
                        out.write(b);
                        int echoed = in.read();
                        worstEchoMillis.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
                        if (echoed != (b & 0xff)) {
                            throw new AssertionError("slow peer " + id + ": byte " + i + " came back as " + echoed);
                        }
                        Thread.sleep(interval.toMillis());
                    }
                    s.shutdownOutput();
                    if (in.read() != -1) {
                        throw new AssertionError("slow peer " + id + ": more came back than was sent");
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "slow-peer-" + p);
            t.setDaemon(true);
            t.start();
            dribblers.add(t);
        }
        // meanwhile, everyone else at full speed
        long t0 = System.nanoTime();
        List<ClientEndpoint> clients = new ArrayList<>();
        for (int i = 0; i < others; i++) {
            clients.add(bench.startClient(ClientSpec.seed(HostPort.loopback(port))));
        }
        for (ClientEndpoint c : clients) {
            c.finished().get(T);
            assertThat(c.state()).isEqualTo(EndpointState.FINISHED);
        }
        long othersMs = (System.nanoTime() - t0) / 1_000_000;
        for (Thread t : dribblers) {
            t.join(interval.toMillis() * bytesEach + T.toMillis());
        }
        assertThat(failures).isEmpty();
        for (ClientEndpoint c : clients) {
            assertThat(bench.received(c.id()).utf8()).isEqualTo("This is the message. It will be sent in parts.");
        }
        awaitConnections(server, 0);
        System.out.printf("slow peers: %d sending a byte every %d ms (%d bytes each), each echoed within %d ms at worst; "
                + "%d other clients done in %d ms meanwhile%n", slow, interval.toMillis(), bytesEach, worstEchoMillis.get(), others, othersMs);
        assertThat(othersMs).as("the others did not wait for the slow ones").isLessThan(interval.toMillis() * bytesEach);
    }

    /** A peer that half-closes at once and then neither reads nor closes: the server ends its side and holds nothing. */
    @Test
    void aPeerThatHalfClosesAndGoesQuietLeavesNothingOnTheServer() throws Exception {
        ServerEndpoint server = bench.echoServer(128);
        Socket quiet = connect(server.port());
        quiet.getOutputStream().write("bye".getBytes());
        quiet.shutdownOutput();
        LabEvent closing = bench.log.await(e -> e.origin().endpoint().equals(server.id()) && e.kind() == EventKind.CONNECTION_LOST, T);
        assertThat(closing.error()).isNull();
        assertThat(server.connectionCount()).isZero();
        assertThat(bench.sent(server.id()).utf8()).as("it still echoed what came before the EOF").isEqualTo("bye");
        assertThat(server.state()).isEqualTo(EndpointState.RUNNING);
    }

    /** A peer that sends megabytes and never reads: the echo waits in drain(); everyone else goes on. */
    @Test
    void aPeerThatNeverReadsHoldsOnlyItsOwnConnectionBack() throws Exception {
        ServerEndpoint server = bench.echoServer(65536);
        Socket hog = connect(server.port());
        Thread writer = new Thread(() -> {
            try {
                byte[] block = new byte[64 * 1024];
                for (int i = 0; i < 128; i++) { // 8 MiB, far more than the buffers hold
                    hog.getOutputStream().write(block);
                }
            } catch (Exception closedAtTheEnd) {
                // the test closes it
            }
        }, "never-reading-peer");
        writer.setDaemon(true);
        writer.start();
        bench.log.await(e -> e.origin().endpoint().equals(server.id()) && e.kind() == EventKind.DRAIN_WAITING, T);
        List<ClientEndpoint> clients = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            clients.add(bench.startClient(ClientSpec.seed(HostPort.loopback(server.port()))));
        }
        for (ClientEndpoint c : clients) {
            c.finished().get(T);
            assertThat(bench.received(c.id()).utf8()).isEqualTo("This is the message. It will be sent in parts.");
        }
        assertThat(server.connectionCount()).as("only the hog is left").isEqualTo(1);
        hog.close();
        awaitConnections(server, 0);
    }

    // ---- the loop stalled ----

    /**
     * A callback that blocks the loop for 1.5 s while fifty clients are in the middle of their
     * conversations (a pause between their parts): nothing runs meanwhile, the lag is reported, and
     * afterwards every conversation completes with every byte.
     */
    @Test
    void aLoopStalledByABlockingCallbackLosesNoByteAndSaysHowLate() throws Exception {
        ServerEndpoint server = bench.echoServer(16);
        List<ClientEndpoint> clients = new ArrayList<>();
        Random r = new Random(7);
        List<Bytes> messages = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            byte[] m = new byte[1 + r.nextInt(3000)];
            r.nextBytes(m);
            Bytes message = Bytes.wrap(m);
            messages.add(message);
            int cut = message.size() / 2;
            clients.add(bench.startClient(ClientSpec.builder().port(server.port()).parts(List.of(message.slice(0, cut), message.slice(cut))).pause(Duration.ofMillis(200)).readSize(7).build()));
        }
        // every client has written its first part and waits out its pause: mid-conversation
        bench.log.await(e -> e.kind() == EventKind.DATA_SENT && bench.log.ofKind(EventKind.DATA_SENT).stream()
                .filter(d -> d.origin().role() == netlab.engine.event.Role.CLIENT).map(d -> d.origin().endpoint()).distinct()
                .count() == clients.size(), T);
        bench.lab.loop().callSoonThreadsafe(() -> bench.lab.loop().callLater(Duration.ofMillis(10), () -> { }));
        bench.lab.loop().callSoonThreadsafe(() -> {
            try {
                Thread.sleep(1500); // a blocking call on the loop thread, as time.sleep in a coroutine
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        for (int i = 0; i < clients.size(); i++) {
            clients.get(i).finished().get(T);
            assertThat(bench.received(clients.get(i).id())).as("client %d", i).isEqualTo(messages.get(i));
        }
        // a busy machine may report a timer some tens of ms late before the stall: the stall's own report is awaited
        LabEvent lag = bench.log.await(e -> e.kind() == EventKind.LOOP_LAG && e.amount() >= 1_000_000_000L, T);
        assertThat(lag.text()).as("what ran late").isNotBlank();
        System.out.printf("stalled loop: %s; 50 conversations then completed with every byte%n", lag.text());
    }

    // ---- a server stopped under load ----

    @Test
    void aServerStoppedInTheMiddleOfALoadEndsEveryConnectionAndLeavesNoSocket() throws Exception {
        int socketsBefore = OpenSockets.count();
        ServerEndpoint server = bench.echoServer(64);
        List<ClientEndpoint> clients = new ArrayList<>();
        // each sends 20 KB, which the server echoes 64 bytes a read, pauses 15 s, then sends the rest:
        // the stop comes while they are all connected, some echoes still under way (the pause is long
        // enough that the first client is still in it when the hundredth connects, on a busy machine too)
        for (int i = 0; i < 100; i++) {
            byte[] m = new byte[30_000];
            new Random(i).nextBytes(m);
            Bytes message = Bytes.wrap(m);
            clients.add(bench.startClient(ClientSpec.builder().port(server.port()).parts(List.of(message.slice(0, 20_000), message.slice(20_000))).pause(Duration.ofSeconds(15)).readSize(512).build()));
        }
        awaitConnections(server, 100);
        long t0 = System.nanoTime();
        server.stop().get(T);
        long stopMs = (System.nanoTime() - t0) / 1_000_000;
        int finished = 0;
        int failed = 0;
        for (ClientEndpoint c : clients) {
            c.finished().get(T);
            if (c.state() == EndpointState.FINISHED) {
                finished++;
            } else {
                failed++;
                assertThat(c.state()).isEqualTo(EndpointState.FAILED);
            }
        }
        assertThat(server.state()).isEqualTo(EndpointState.STOPPED);
        assertThat(server.connectionCount()).isZero();
        // every connection the server accepted was told it is over, and so was every client
        long made = bench.events(server.id(), EventKind.CONNECTION_MADE).size();
        long lost = bench.events(server.id(), EventKind.CONNECTION_LOST).size();
        assertThat(made).as("connections the server accepted").isEqualTo(100);
        assertThat(lost).as("connection_lost on the server's side").isEqualTo(made);
        for (ClientEndpoint c : clients) {
            assertThat(bench.events(c.id(), EventKind.CONNECTION_LOST)).as("connection_lost of %s", c.id()).hasSize(1);
        }
        if (socketsBefore >= 0) {
            org.awaitility.Awaitility.await().atMost(T).until(() -> OpenSockets.count() <= socketsBefore);
            assertThat(OpenSockets.count()).as("sockets left: %s", OpenSockets.describe()).isLessThanOrEqualTo(socketsBefore);
        }
        System.out.printf("server stopped under load: 100 live connections, stopped in %d ms; %d connection_lost on the server, "
                + "%d clients ended cleanly, %d with the reset; sockets open before %d, after %d%n",
                stopMs, lost, finished, failed, socketsBefore, OpenSockets.count());
    }

    // ---- children ----

    /** 20 MB from a child as fast as it writes: every byte reaches the lab, the loop keeps answering. */
    @Test
    void aFloodingChildIsReadToTheLastByteAndTheLoopKeepsAnswering() throws Exception {
        flood(20_000_000);
    }

    @Test
    @Tag("stress")
    void heavyAFloodOfTwoGigabytes() throws Exception {
        flood(2_000_000_000L);
    }

    private void flood(long bytes) throws Exception {
        try (Lab lab = new Lab(); EventCounter counter = new EventCounter(lab.events(), 1 << 16);
             EventSubscription asleep = lab.events().subscribe("asleep", SLEEPER_CAPACITY)) {
            long publishedBefore = lab.events().published();
            long t0 = System.nanoTime();
            ProcessEndpoint child = lab.startProcess(ProcessSpec.exec(List.of("head", "-c", Long.toString(bytes), "/dev/zero")),
                    Duration.ofSeconds(1)).get(T);
            long worstAnswerMs = 0;
            while (!child.finished().done()) {
                long a = System.nanoTime();
                lab.loop().submit(() -> null).get(T);
                worstAnswerMs = Math.max(worstAnswerMs, (System.nanoTime() - a) / 1_000_000);
                Thread.sleep(20);
            }
            child.finished().get(Duration.ofMinutes(5));
            counter.awaitCaughtUp(lab.events(), 30_000);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(child.returncode()).isZero();
            LabEvent stdout = counter.pipesLost().stream().filter(e -> "1".equals(e.text())).findFirst().orElseThrow();
            assertThat(stdout.offset()).as("bytes the lab read from the child's stdout").isEqualTo(bytes);
            long inEvents = counter.amount(EventKind.PIPE_DATA_RECEIVED);
            if (counter.elided() == 0) {
                assertThat(inEvents).as("bytes in the pipe_data_received events").isEqualTo(bytes);
            } else {
                assertThat(inEvents).as("bytes in the events seen, the rest elided and counted").isLessThan(bytes);
            }
            // a consumer that did not read at all meanwhile holds a bounded backlog and the count of the rest
            long publishedByNow = lab.events().published();
            assertThat(asleep.backlog()).as("events held for the sleeping consumer").isLessThanOrEqualTo(SLEEPER_CAPACITY);
            asleep.close();
            List<LabEvent> held = new ArrayList<>();
            asleep.drainTo(held, Integer.MAX_VALUE);
            long heldBytes = held.stream().filter(e -> e.data() != null).mapToLong(e -> e.data().size()).sum();
            assertThat(heldBytes).as("bytes held for it").isLessThanOrEqualTo(EventSubscription.MAX_BYTES);
            List<LabEvent> markers = held.stream().filter(e -> e.kind() == EventKind.ELIDED).toList();
            long markedElided = markers.stream().mapToLong(LabEvent::amount).sum();
            assertThat(markers).as("its gap is said, once, after what it holds").hasSize(1);
            assertThat(markers.get(0).text()).endsWith(" events elided (seq " + markers.get(0).seq() + "–"
                    + (markers.get(0).seq() + markedElided - 1) + ") in asleep");
            long lastCovered = Math.max(held.stream().filter(e -> e.kind() != EventKind.ELIDED).mapToLong(LabEvent::seq).max().orElse(0),
                    markers.get(0).seq() + markedElided - 1);
            assertThat(lastCovered).as("it accounts for every event up to the end of the flood").isGreaterThanOrEqualTo(publishedByNow);
            long published = lastCovered - publishedBefore;
            assertThat(held.size() - markers.size() + markedElided).as("held + elided = published: nothing lost silently")
                    .isEqualTo(published);
            assertThat(asleep.elidedTotal()).isEqualTo(markedElided);
            System.out.printf("flooding child: %d bytes read in %d ms (%d MB/s), %d pipe reads (%d events elided for the counter); "
                            + "the loop answered within %d ms at worst; a consumer asleep through it held %d events (%d bytes) "
                            + "and was told of %d elided, of %d published%n", bytes, ms, bytes / 1000 / Math.max(1, ms),
                    counter.count(EventKind.PIPE_DATA_RECEIVED), counter.elided(), worstAnswerMs,
                    held.size() - markers.size(), heldBytes, markedElided, published);
            assertThat(worstAnswerMs).as("the loop kept answering").isLessThan(5_000);
        }
    }

    @Test
    void aChildThatIgnoresSigtermIsKilledAfterTheGraceAndLeavesNoProcess() throws Exception {
        Path ready = Files.createTempFile("netlab-ready", "");
        ProcessEndpoint child = bench.lab.startProcess(ProcessSpec.exec(List.of("sh", "-c",
                "trap '' TERM; echo started > " + ready + "; while :; do sleep 1; done")), Duration.ofMillis(500)).get(T);
        org.awaitility.Awaitility.await().atMost(T).until(() -> Files.size(ready) > 0); // the shell said it started, its trap in place
        List<ProcessHandle> family = new ArrayList<>();
        ProcessHandle.of(child.pid()).ifPresent(p -> {
            family.add(p);
            p.descendants().forEach(family::add);
        });
        assertThat(family).as("the shell and its sleep").hasSizeGreaterThanOrEqualTo(2);
        long t0 = System.nanoTime();
        child.stop().get(T);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(child.returncode()).as("SIGKILL").isEqualTo(-9);
        assertThat(ms).as("it had its grace first").isGreaterThanOrEqualTo(450);
        for (ProcessHandle p : family) {
            p.onExit().orTimeout(T.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).join(); // the kernel says when it is gone
            assertThat(p.isAlive()).as("pid %d still alive", p.pid()).isFalse();
            assertThat(Files.exists(Path.of("/proc/" + p.pid()))).as("/proc/%d", p.pid()).isFalse();
        }
        System.out.printf("a child ignoring SIGTERM: killed %d ms after stop (grace 500 ms), %d processes gone%n", ms, family.size());
        Files.deleteIfExists(ready);
    }

    private Socket connect(int port) throws Exception {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), (int) T.toMillis());
        s.setSoTimeout((int) T.toMillis());
        peers.add(s);
        return s;
    }

    private static void awaitConnections(ServerEndpoint server, int n) {
        org.awaitility.Awaitility.await("connections of " + server.id()).atMost(T)
                .until(server::connectionCount, count -> count == n);
    }
}
