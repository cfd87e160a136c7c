package netlab.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import netlab.engine.net.UnixPath;
import netlab.engine.net.HostPort;
import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.Lab;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TlsTrust;
import netlab.engine.lab.TransportKind;
import netlab.engine.bytes.Bytes;
import netlab.engine.errors.PyException;
import netlab.engine.event.EventKind;
import netlab.engine.experiments.Dial;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.Task;
import netlab.engine.stream.StreamPair;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Byte-exact under load: many concurrent connections to a lab server of every behaviour (echo,
 * lines, once, protocol, prefix), over TCP, Unix sockets and TLS. Each client writes a random
 * message in random splits (draining and yielding at random), reads with random read sizes, and
 * checks every byte it gets back against what the behaviour must answer:
 * <ul>
 * <li>echo, lines: the message itself;</li>
 * <li>prefix: {@code echo:} before each piece the server received, the pieces making the message
 *     (messages hold no {@code e}, so the markers cannot be confused with the data);</li>
 * <li>once, protocol: a non-empty prefix of the message (what the server's one read got), then
 *     the server closes: EOF, or a reset when more was still coming (TCP's rule for a socket closed
 *     with unread data), which is counted and printed.</li>
 * </ul>
 * Every client connects before any sends (so the connections really are concurrent, and the
 * prefix server, which closes itself after its first connection ends, serves them all). The light
 * run is in the default suite; the heavy one is {@code ./netlab stress}. Seeded: the seed is in
 * every failure, {@code -Dnetlab.seed=N} replays a run.
 */
class ByteExactUnderLoadTest {
    private static final ServerBehavior[] BEHAVIOURS = ServerBehavior.values();
    private static final TransportKind[] TRANSPORTS = {TransportKind.TCP, TransportKind.UNIX, TransportKind.TLS};
    @TempDir
    Path dir;
    /** With -Dnetlab.load.trace=true, every event, to say what happened to a connection that failed. */
    private static netlab.engine.testing.EventLog TRACE;

    @Test
    void lightEveryBehaviourEveryTransportTwentyConnectionsEach() throws Exception {
        run(20, 8 * 1024, Duration.ofSeconds(60));
    }

    @Test
    @Tag("stress")
    void heavyEveryBehaviourEveryTransportThreeHundredConnectionsEach() throws Exception {
        run(300, 256 * 1024, Duration.ofMinutes(5));
    }

    /** One combination's totals. */
    record Totals(int connections, long sent, long checked, int resets, long millis) {
    }

    private void run(int perCombination, int maxMessage, Duration bound) throws Exception {
        long seed = Long.getLong("netlab.seed", System.nanoTime());
        Map<TransportKind, Map<ServerBehavior, Totals>> all = new EnumMap<>(TransportKind.class);
        long events;
        long elided;
        try (Lab lab = new Lab(); EventCounter counter = new EventCounter(lab.events(), 1 << 16);
             netlab.engine.testing.EventLog trace = Boolean.getBoolean("netlab.load.trace") ? new netlab.engine.testing.EventLog(lab.events()) : null) {
            TRACE = trace;
            for (TransportKind transport : TRANSPORTS) {
                for (ServerBehavior behaviour : BEHAVIOURS) {
                    String only = System.getProperty("netlab.load.only"); // e.g. tcp/echo: one combination
                    if (only != null && !only.equals(transport.id() + "/" + behaviour.id())) {
                        continue;
                    }
                    String where = transport.id() + "/" + behaviour.id() + ", seed " + seed + " (-Dnetlab.seed=" + seed + ")";
                    Totals t = combination(lab, counter, transport, behaviour, perCombination, maxMessage, new Random(seed + 31L * transport.ordinal()
                            + behaviour.ordinal()), bound, where);
                    all.computeIfAbsent(transport, k -> new EnumMap<>(ServerBehavior.class)).put(behaviour, t);
                }
            }
            counter.awaitCaughtUp(lab.events(), 10_000);
            assertThat(counter.silentGaps()).as("events missing without a marker").isZero();
            events = counter.seen() + counter.elided();
            elided = counter.elided();
            assertThat(events).as("every event seen or counted").isEqualTo(lab.events().published() - counter.before());
            List<String> unexpected = counter.errors().stream().map(e -> e.origin().paneKey() + " " + e.toLogLine()).toList();
            assertThat(unexpected).as("errors, except on once/protocol connections; seed " + seed).isEmpty();
        }
        int connections = 0;
        long checked = 0;
        for (var byTransport : all.entrySet()) {
            for (var e : byTransport.getValue().entrySet()) {
                Totals t = e.getValue();
                connections += t.connections();
                checked += t.checked();
                System.out.printf("load %-4s %-8s %4d connections, %9d bytes sent, %9d bytes checked, %3d resets, %5d ms%n",
                        byTransport.getKey().id(), e.getKey().id(), t.connections(), t.sent(), t.checked(), t.resets(), t.millis());
            }
        }
        System.out.printf("load total: %d connections, %d bytes checked, %d events (%d elided for a consumer that kept up), seed %d%n",
                connections, checked, events, elided, seed);
    }

    private Totals combination(Lab lab, EventCounter counter, TransportKind transport, ServerBehavior behaviour, int n, int maxMessage, Random random,
                               Duration bound, String where) throws Exception {
        Path path = transport == TransportKind.UNIX ? Files.createTempDirectory(dir, "u").resolve("s.sock") : null;
        ServerSpec.Builder serving = ServerSpec.builder().port(0).readSize(1 + random.nextInt(4096)).behavior(behaviour)
                .transport(transport).maxConnections(n + 16);
        ServerSpec spec = (path == null ? serving : serving.path(UnixPath.of(path))).build();
        ServerEndpoint server = lab.startServer(spec).get(Duration.ofSeconds(10));
        String clients = "load-" + transport.id() + "-" + behaviour.id();
        boolean closesAfterOneRead = behaviour == ServerBehavior.ONCE || behaviour == ServerBehavior.PROTOCOL;
        if (closesAfterOneRead) {
            counter.allowErrors(server.id());
            counter.allowErrors(clients);
        }
        ClientSpec.Builder client = ClientSpec.builder().transport(transport);
        ClientSpec target = (server.address() instanceof HostPort hp ? client.target(hp) : client.path((UnixPath) server.address())).build();
        List<Conversation> conversations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int size = 1 + (closesAfterOneRead ? random.nextInt(100) : random.nextInt(4) == 0 ? random.nextInt(maxMessage) : random.nextInt(600));
            conversations.add(new Conversation(i, message(random, size), random.nextLong()));
        }
        EventLoop loop = lab.loop();
        LoopFuture<Void> everyoneConnected = new LoopFuture<>(loop);
        AtomicInteger connected = new AtomicInteger();
        long t0 = System.nanoTime();
        ClientSpec dialSpec = target;
        // every task is made in one loop callback: they all exist before the first one runs
        LoopFuture<List<Task<Void>>> made = lab.onLoop(() -> {
            List<Task<Void>> list = new ArrayList<>();
            for (Conversation c : conversations) {
                list.add(loop.createTask("load-" + c.index, () -> {
                    c.talk(loop, ClientEndpoint.dial(loop, clients, "load_client", dialSpec), behaviour, transport,
                            connected::incrementAndGet, everyoneConnected);
                    return null;
                }));
            }
            LoopFuture<List<Task<Void>>> f = loop.createFuture();
            f.setResult(list);
            return f;
        });
        // Nobody sends before every client is connected and the server has accepted every one: a
        // listening socket that closes (the prefix server closes itself after its first connection)
        // resets the connections still waiting in its accept queue, as TCP says it must.
        long barrier = System.nanoTime() + bound.toNanos();
        while (connected.get() < n || server.connectionCount() < n) {
            if (System.nanoTime() > barrier) {
                throw new AssertionError(connected.get() + " of " + n + " connected, " + server.connectionCount() + " accepted, within "
                        + bound + "; " + where);
            }
            Thread.sleep(5);
        }
        lab.onLoop(() -> {
            everyoneConnected.setResult(null);
            return everyoneConnected;
        });
        long deadline = System.nanoTime() + bound.toNanos();
        List<Task<Void>> tasks = made.get(bound);
        for (int i = 0; i < n; i++) {
            Task<Void> task = tasks.get(i);
            Conversation c = conversations.get(i);
            try {
                task.toCompletableFuture().get(Math.max(1, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (TRACE != null) {
                    String port = c.local.substring(c.local.lastIndexOf(':') + 1);
                    System.out.println(netlab.engine.testing.EventLog.format(TRACE.all().stream().filter(ev -> ev.kind() != EventKind.TASK_STEP
                            && ev.kind() != EventKind.TASK_WAITING && ((ev.origin().local() != null && ev.origin().local().endsWith(":" + port))
                            || (ev.origin().remote() != null && ev.origin().remote().endsWith(":" + port)))).toList()));
                }
                throw new AssertionError("connection " + i + " failed: " + e.getCause() + "; " + where + ", " + c, e.getCause());
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("connection " + i + " did not finish within " + bound + " (" + connected.get() + " of " + n
                        + " connected); " + where + ", " + c, e);
            }
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        server.stop().get(Duration.ofSeconds(10));
        long sent = 0;
        long checked = 0;
        int resets = 0;
        for (Conversation c : conversations) {
            sent += c.message.size();
            checked += c.checked.get();
            resets += c.reset ? 1 : 0;
            if (!closesAfterOneRead) {
                assertThat(c.reset).as("connection %d was reset; %s, %s", c.index, where, c).isFalse();
            }
        }
        System.out.printf("  %s: %d connections in %d ms%n", where, n, millis);
        return new Totals(n, sent, checked, resets, millis);
    }

    /** Random bytes with no 'e' in them (see the prefix behaviour above). */
    private static Bytes message(Random random, int size) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        for (int k = 0; k < size; k++) {
            if (b[k] == 'e') {
                b[k] = 'E';
            }
        }
        return Bytes.wrap(b);
    }

    /** One client's side: connect, wait for the others, write in random splits, read in random sizes, check. */
    static final class Conversation {
        private static final Bytes PREFIX = Bytes.utf8("echo:");
        final int index;
        final Bytes message;
        final long seed;
        final AtomicLong checked = new AtomicLong();
        volatile boolean reset;
        volatile String splits = "";
        volatile String local = "?";

        Conversation(int index, Bytes message, long seed) {
            this.index = index;
            this.message = message;
            this.seed = seed;
        }

        void talk(EventLoop loop, Dial dial, ServerBehavior behaviour, TransportKind transport, Runnable onConnected,
                  LoopFuture<Void> go) {
            Random r = new Random(seed);
            StreamPair s = dial.openStreams().await();
            local = String.valueOf(s.writer().sockname());
            onConnected.run();
            go.await();
            try {
                StringBuilder cuts = new StringBuilder();
                int at = 0;
                while (at < message.size()) {
                    int n = 1 + r.nextInt(Math.min(message.size() - at, r.nextBoolean() ? 16 : 20_000));
                    s.writer().write(message.slice(at, at + n));
                    cuts.append(n).append(' ');
                    at += n;
                    switch (r.nextInt(6)) {
                        case 0 -> s.writer().drain().await();
                        case 1 -> loop.sleep(0).await();
                        default -> {
                        }
                    }
                }
                splits = cuts.toString();
                s.writer().drain().await();
                // TLS cannot half-close. Over Unix sockets Netty 4.2.18's NIO channels close on the
                // peer's EOF and cut the echo short (this test found it: 205,319 of 222,371 bytes came
                // back); the fix is on the follow-ups branch (868d09b, "Unix domain connections
                // honour half-closure"): once it is on main, let Unix half-close here too.
                if (transport == TransportKind.TCP && r.nextBoolean()) {
                    s.writer().writeEof();
                }
                readAndCheck(r, s, behaviour, transport);
            } catch (PyException e) {
                if (!(e.pyType().equals("ConnectionResetError") || e.pyType().equals("BrokenPipeError"))) {
                    throw e;
                }
                reset = true; // checked below: only once/protocol may see it
            } finally {
                s.writer().close();
            }
        }

        /**
         * Reads until the reply is complete (or EOF) with random read sizes, checking every byte as
         * it comes: a wrong one fails at once, with its offset.
         */
        private void readAndCheck(Random r, StreamPair s, ServerBehavior behaviour, TransportKind transport) {
            int maxRead = r.nextBoolean() ? 1 + r.nextInt(7) : 1 + r.nextInt(70_000);
            long received = 0;   // bytes of the reply
            int data = 0;        // bytes of the message they hold (all of them, but for prefix)
            int inMarker = 0;    // prefix: how much of "echo:" was read of the marker being read
            while (true) {
                boolean complete = switch (behaviour) {
                    case ECHO, LINES, ECHO_PROTOCOL -> data == message.size();
                    case PREFIX -> data == message.size() && inMarker == 0;
                    case ONCE, PROTOCOL -> false; // until the server closes
                };
                if (complete) {
                    break;
                }
                Bytes piece = s.reader().read(1 + r.nextInt(maxRead)).await();
                if (piece.isEmpty()) {
                    break;
                }
                for (int k = 0; k < piece.size(); k++, received++) {
                    byte b = piece.byteAt(k);
                    if (behaviour == ServerBehavior.PREFIX && (inMarker > 0 || b == 'e' || received == 0)) {
                        if (b != PREFIX.byteAt(inMarker)) {
                            throw new AssertionError("byte " + received + " of the prefix echo should be the marker's '"
                                    + (char) PREFIX.byteAt(inMarker) + "', was " + b);
                        }
                        inMarker = (inMarker + 1) % PREFIX.size();
                        continue;
                    }
                    if (data >= message.size() || b != message.byteAt(data)) {
                        throw new AssertionError("byte " + received + " of the reply (the message's byte " + data + ") differs from what"
                                + " was sent: got " + piece.slice(k, Math.min(piece.size(), k + 12)).repr() + ", sent "
                                + message.slice(Math.min(data, message.size()), Math.min(message.size(), data + 12)).repr()
                                + (data >= message.size() ? " (more than was sent)" : ""));
                    }
                    data++;
                }
            }
            switch (behaviour) {
                case ECHO, LINES, PREFIX, ECHO_PROTOCOL -> {
                    if (data != message.size()) {
                        throw new AssertionError("the reply ended after " + data + " of the " + message.size() + " bytes sent");
                    }
                }
                case ONCE, PROTOCOL -> {
                    // over TLS the client's later writes meet a closed socket too, and the reset that answers them
                    // can take the reply still in the client's receive queue with it: TLS then sees only the close
                    if (data == 0 && !reset && transport != TransportKind.TLS) {
                        throw new AssertionError("nothing came back before the server closed");
                    }
                }
            }
            checked.set(data);
        }

        @Override
        public String toString() {
            return "connection " + index + " from " + local + ": " + message.size() + " bytes written in pieces of " + splits.strip();
        }
    }
}
