package netlab.engine.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import netlab.engine.classroom.server.ClassServerOptions;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.lab.Lab;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.port.ClassPort;
import netlab.engine.port.live.LiveClass;
import netlab.engine.testing.EventLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Students' own connections on loopback: Linux routes all of 127/8 to lo, so Grace's page and her
 * nc-like sockets come from 127.0.0.2, Alan's from 127.0.0.3; the lab's own clients from
 * 127.0.0.1. Every wait is on an event or a socket, never a sleep.
 */
class StudentConnectionsTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final InetAddress GRACE_AT = address("127.0.0.2");
    static final InetAddress ALAN_AT = address("127.0.0.3");
    static final InetAddress THIS_MACHINE = address("127.0.0.1");

    private Lab lab;
    private EventLog log;
    private TestClass tc;
    private ServerEndpoint server;
    private final List<Socket> sockets = new ArrayList<>();
    private final List<HttpClient> clients = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        lab = new Lab();
        log = new EventLog(lab.events());
        tc = new TestClass(ClassServerOptions.defaults().withStudentCaps(new StudentCaps(2, 64)));
        lab.admitGuests(tc.session.connections());
        server = lab.startServer(ServerSpec.builder().port(0).build()).get(WAIT);
    }

    @AfterEach
    void stop() throws Exception {
        for (Socket s : sockets) {
            s.close();
        }
        tc.close();
        clients.forEach(HttpClient::close);
        log.close();
        lab.close();
    }

    @Test
    void aStudentsConnectionIsNamedAfterThemAndEchoesAsAnyOther() throws Exception {
        Student grace = join("Grace", GRACE_AT);
        join("Teacher's laptop", THIS_MACHINE); // this machine's address stays the lab's own

        Socket fromGrace = connect(GRACE_AT);
        LabEvent made = awaitEvent(e -> e.kind() == EventKind.CONNECTION_MADE && e.origin().remote().startsWith("127.0.0.2:"));
        assertThat(made.origin().label()).isEqualTo("Grace \u00b7 " + server.id() + " #1");
        assertThat(echo(fromGrace, "hello from Grace\n")).isEqualTo("hello from Grace\n");
        // the chunk map and the timeline read the same events as for a local client
        LabEvent read = awaitEvent(e -> e.kind() == EventKind.DATA_RECEIVED && e.origin().equals(made.origin()));
        assertThat(read.offset()).isZero();
        assertThat(tc.session.connections().open(grace.number())).isEqualTo(1);

        connect(THIS_MACHINE);
        LabEvent local = awaitEvent(e -> e.kind() == EventKind.CONNECTION_MADE && e.origin().remote().startsWith("127.0.0.1:"));
        connect(ALAN_AT); // nobody joined from there
        LabEvent stranger = awaitEvent(e -> e.kind() == EventKind.CONNECTION_MADE && e.origin().remote().startsWith("127.0.0.3:"));
        assertThat(local.origin().label()).doesNotContain("\u00b7").startsWith("echo_127.0.0.1_");
        assertThat(stranger.origin().label()).doesNotContain("\u00b7").startsWith("echo_127.0.0.3_");
    }

    @Test
    void theConnectionPastTheStudentsCapIsClosedSayingWhy() throws Exception {
        Student grace = join("Grace", GRACE_AT);
        Socket first = connect(GRACE_AT);
        Socket second = connect(GRACE_AT);
        await().atMost(WAIT).until(() -> tc.session.connections().open(grace.number()) == 2);

        boolean thirdClosed = refusedConnect(GRACE_AT);
        LabEvent capped = awaitEvent(e -> e.kind() == EventKind.LIMIT_REACHED);
        assertThat(capped.origin().label()).isEqualTo("Grace \u00b7 " + server.id() + " #3");
        assertThat(capped.text()).isEqualTo("Grace has 2 connections open, the most a student may have in this class: this one is closed");
        assertThat(thirdClosed).isTrue();
        awaitEvent(e -> e.kind() == EventKind.CONNECTION_LOST && e.origin().equals(capped.origin()));
        tc.await(ClassEvent.Notice.class, n -> n.text().equals("Grace reached the cap of 2 connections: more are closed at once"));
        // the two within the cap go on
        assertThat(echo(first, "one\n")).isEqualTo("one\n");
        assertThat(echo(second, "two\n")).isEqualTo("two\n");
        assertThat(tc.session.connections().open(grace.number())).isEqualTo(2);
    }

    @Test
    void theReadPastTheStudentsBytesClosesTheConnectionAndNoNewOneIsLetIn() throws Exception {
        join("Grace", GRACE_AT);
        Socket s = connect(GRACE_AT);
        String forty = "x".repeat(39) + "\n";
        assertThat(echo(s, forty)).isEqualTo(forty);
        s.getOutputStream().write(forty.getBytes(StandardCharsets.US_ASCII)); // 80 > 64
        LabEvent capped = awaitEvent(e -> e.kind() == EventKind.LIMIT_REACHED);
        assertThat(capped.text()).isEqualTo("Grace has sent more than 64 bytes, the most a student may send in this class: "
                + "this connection is closed");
        assertThat(closedByServer(s)).isTrue();
        // the read past the cap was not taken: only the first 40 bytes were received
        assertThat(log.all().stream().filter(e -> e.kind() == EventKind.DATA_RECEIVED && e.origin().equals(capped.origin()))
                .mapToLong(e -> e.data().size()).sum()).isEqualTo(40);

        boolean againClosed = refusedConnect(GRACE_AT);
        LabEvent refused = awaitEvent(e -> e.kind() == EventKind.LIMIT_REACHED && e.text().contains("no more connections"));
        assertThat(refused.text()).isEqualTo("Grace has sent 80 bytes, the most a student may send in this class (64): no more connections from them");
        assertThat(againClosed).isTrue();
    }

    @Test
    void theTeacherDropsExactlyOneStudentsConnections() throws Exception {
        Student grace = join("Grace", GRACE_AT);
        Student alan = join("Alan", ALAN_AT);
        Socket g1 = connect(GRACE_AT);
        Socket g2 = connect(GRACE_AT);
        Socket a1 = connect(ALAN_AT);
        Socket local = connect(THIS_MACHINE);
        await().atMost(WAIT).until(() -> tc.session.connections().open(grace.number()) == 2
                && tc.session.connections().open(alan.number()) == 1 && server.connectionCount() == 4);

        assertThat(tc.session.dropConnections(grace.number())).isEqualTo(2);

        assertThat(closedByServer(g1)).isTrue();
        assertThat(closedByServer(g2)).isTrue();
        await().atMost(WAIT).until(() -> log.all().stream().filter(e -> e.kind() == EventKind.LOG
                && e.text().equals("the teacher dropped Grace's connections: this one is closed")
                && e.origin().label().startsWith("Grace \u00b7 ")).count() == 2);
        await().atMost(WAIT).until(() -> tc.session.connections().open(grace.number()) == 0 && server.connectionCount() == 2);
        tc.await(ClassEvent.Notice.class, n -> n.text().equals("dropped Grace's connections (2 open)"));
        // Alan's and the lab's own are untouched
        assertThat(echo(a1, "still here\n")).isEqualTo("still here\n");
        assertThat(echo(local, "me too\n")).isEqualTo("me too\n");
        assertThat(tc.session.connections().open(alan.number())).isEqualTo(1);
    }

    @Test
    void afterTheClassTheirConnectionsAreNobodysAgain() throws Exception {
        join("Grace", GRACE_AT);
        tc.session.end();
        connect(GRACE_AT);
        LabEvent made = awaitEvent(e -> e.kind() == EventKind.CONNECTION_MADE && e.origin().remote().startsWith("127.0.0.2:"));
        assertThat(made.origin().label()).startsWith("echo_127.0.0.2_");
    }

    @Test
    void theClassPortOfALabNamesAndDropsAStudentsConnections() throws Exception {
        LiveClass port = new LiveClass(TestClass.PAGE).admittingTo(lab::admitGuests);
        List<ClassEvent> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        port.subscribe(heard::add);
        ClassPort.ClassJoin joining = port.start(new ClassPort.ClassStart("a lab's class", List.of(TestClass.READS), "127.0.0.1", 0))
                .get(20, java.util.concurrent.TimeUnit.SECONDS);
        try {
            HttpClient http = HttpClient.newBuilder().localAddress(ALAN_AT).build();
            clients.add(http);
            StudentClient.connect(http, joining.url(), joining.code()).join("Alan").await("joined");
            await().atMost(WAIT).until(() -> heard.stream().anyMatch(e -> e instanceof ClassEvent.StudentJoined));
            Student alan = alan(heard);
            Socket s = connect(ALAN_AT);
            LabEvent made = awaitEvent(e -> e.kind() == EventKind.CONNECTION_MADE && e.origin().remote().startsWith("127.0.0.3:"));
            assertThat(made.origin().label()).isEqualTo("Alan \u00b7 " + server.id() + " #1");

            assertThat(port.dropConnections(alan.number()).get(20, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(closedByServer(s)).isTrue();
            assertThat(port.dropConnections(99)).failsWithin(WAIT);
        } finally {
            port.end().get(20, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(port.dropConnections(alan(heard).number())).failsWithin(WAIT); // no class is on
        connect(ALAN_AT);
        LabEvent after = awaitEvent(e -> e.kind() == EventKind.CONNECTION_MADE && e.origin().remote().startsWith("127.0.0.3:")
                && !e.origin().label().startsWith("Alan"));
        assertThat(after.origin().label()).startsWith("echo_127.0.0.3_");
    }

    private static Student alan(List<ClassEvent> heard) {
        return heard.stream().filter(e -> e instanceof ClassEvent.StudentJoined).map(e -> ((ClassEvent.StudentJoined) e).student())
                .findFirst().orElseThrow();
    }

    // ---- helpers ----

    /** Joins the class as {@code name} from a page whose socket is bound to {@code from}. */
    private Student join(String name, InetAddress from) {
        HttpClient http = HttpClient.newBuilder().localAddress(from).connectTimeout(Duration.ofSeconds(10)).build();
        clients.add(http);
        StudentClient page = StudentClient.connect(http, tc.server.url(), tc.code()).join(name);
        page.await("joined");
        return tc.await(ClassEvent.StudentJoined.class, j -> j.student().name().equals(name)).student();
    }

    /** A student's own client: a plain socket from {@code from} to the lab's server, as nc opens. */
    private Socket connect(InetAddress from) throws IOException {
        Socket s = new Socket();
        sockets.add(s);
        s.setSoTimeout((int) WAIT.toMillis()); // before the connect: a refused one may be reset right after it
        s.bind(new InetSocketAddress(from, 0));
        s.connect(new InetSocketAddress(THIS_MACHINE, server.port()), 10_000);
        return s;
    }

    /**
     * Connects from {@code from} where the server is to close the connection at once: true when
     * it did (the reset may come before the connect returns, or on the first read).
     */
    private boolean refusedConnect(InetAddress from) throws IOException {
        Socket s;
        try {
            s = connect(from);
        } catch (SocketException reset) {
            return true;
        }
        return closedByServer(s);
    }

    private LabEvent awaitEvent(Predicate<LabEvent> match) {
        return log.await(match, WAIT);
    }

    /** Writes {@code text} and reads back as many bytes (the echo server's answer). */
    private static String echo(Socket s, String text) throws IOException {
        byte[] out = text.getBytes(StandardCharsets.UTF_8);
        s.getOutputStream().write(out);
        return new String(s.getInputStream().readNBytes(out.length), StandardCharsets.UTF_8);
    }

    /** Whether the server ended the connection: the next read sees the end or a reset (within the socket's timeout). */
    private static boolean closedByServer(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        try {
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (SocketException reset) {
            return true;
        }
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByAddress(literal, InetAddress.getByName(literal).getAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
