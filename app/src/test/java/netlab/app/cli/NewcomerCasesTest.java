package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a newcomer trips on in the first hour, each case as it behaves now: help on every command,
 * a wrong word or a bad number answered in two lines, SIGINT reaching a run started in the
 * background, the exception a partial read ends with named as CPython names it, the exit status
 * of a signalled exec, and a hint that fits the error it follows.
 */
class NewcomerCasesTest {
    private static final Duration T = Duration.ofSeconds(30);
    private static final List<String> COMMANDS = List.of("serve", "connect", "run", "presets", "exec", "head", "relay",
            "record", "replay", "pcap", "load");

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-h", "--help"})
    void everyCommandPrintsItsHelpAndExitsZero(String flag) {
        for (String command : COMMANDS) {
            CliBadInputTest.Result r = CliBadInputTest.netlab(command, flag);
            assertThat(r.status()).as(command + " " + flag + "\n" + r).isZero();
            assertThat(r.out()).as(command).startsWith("Usage: netlab " + command);
            assertThat(r.err()).as(command).isEmpty();
        }
    }

    @Test
    void helpWorksInARealProcessToo() throws Exception {
        try (NetlabProcess p = NetlabProcess.start("replay", "--help")) {
            assertThat(p.awaitExit(T)).isZero();
            assertThat(p.stdout().get(0)).startsWith("Usage: netlab replay");
        }
    }

    @Test
    void anUnknownCommandIsSaidToBeUnknownEvenWithHelp() {
        for (List<String> args : List.of(List.of("nosuch", "--help"), List.of("nosuch"), List.of("nosuch", "-h"))) {
            CliBadInputTest.Result r = CliBadInputTest.netlab(args.toArray(String[]::new));
            assertThat(r.status()).as(args + "\n" + r).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).startsWith("netlab: 'nosuch' is not a netlab command").contains("serve, connect, run")
                    .contains("Try './netlab --help'.");
            assertThat(r.out()).as("no help printed as if all were well").isEmpty();
        }
        CliBadInputTest.Result typo = CliBadInputTest.netlab("serv", "--port", "0");
        assertThat(typo.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.err()).contains("Did you mean: serve?");
    }

    @Test
    void aBadNumberGetsTheSameShortFormAsAnOutOfRangeOne() {
        List<List<String>> cases = List.of(
                List.of("serve", "--port", "abc"), List.of("serve", "--port", "99999"), List.of("connect", "--port", "x1"),
                List.of("connect", "--port", "-5"), List.of("relay", "--listen", "abc"), List.of("load", "--port", "abc"),
                List.of("serve", "--read-size", "lots"), List.of("serve", "--no-such-option"));
        for (List<String> args : cases) {
            CliBadInputTest.Result r = CliBadInputTest.netlab(args.toArray(String[]::new));
            assertThat(r.status()).as(args + "\n" + r).isEqualTo(ExitCodes.USAGE);
            List<String> lines = r.err().lines().toList();
            assertThat(lines).as(args + "\n" + r).hasSize(2);
            assertThat(lines.get(0)).startsWith("netlab " + args.get(0) + ": ");
            assertThat(lines.get(1)).isEqualTo("Try './netlab " + args.get(0) + " --help'.");
            assertThat(r.out()).as(args + ": no usage").isEmpty();
        }
        assertThat(CliBadInputTest.netlab("serve", "--port", "abc").err())
                .startsWith("netlab serve: Invalid value for option '--port': 'abc' is not an int");
    }

    /**
     * A script's {@code ./netlab run signals &} starts with SIGINT ignored, as a shell starts every
     * background job; the launcher gives SIGINT its default back, so the handler the program
     * installed gets {@code kill -INT}, as CPython's add_signal_handler does.
     */
    @Test
    void theLauncherRestoresSigintForARunStartedWithItIgnored() throws Exception {
        Path launcher = Path.of("").toAbsolutePath().getParent().resolve("netlab");
        List<String> command = List.of("env", "--ignore-signal=INT", launcher.toString(), "run", "signals");
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("NETLAB_CLASS_PATH", System.getProperty("java.class.path"));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        try (NetlabProcess run = NetlabProcess.of(pb.start())) {
            long pid = Long.parseLong(run.awaitLine("pid (\\d+): send SIGINT or SIGTERM to exit\\.", T).group(1));
            assertThat(sigint(pid)).as("the JVM's SIGINT disposition (SigIgn bit 2 of /proc/PID/status)").isFalse();
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor();
            run.awaitLine("got signal SIGINT: exit", T);
            assertThat(run.awaitExit(T)).isZero();
        }
    }

    /** True when the process ignores SIGINT. */
    private static boolean sigint(long pid) throws IOException {
        for (String line : java.nio.file.Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << (2 - 1))) != 0;
            }
        }
        throw new AssertionError("no SigIgn line for " + pid);
    }

    @Test
    void aPartialReadNamesIncompleteReadErrorAsCPythonWould() throws Exception {
        try (ServerSocket peer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> {
                try (Socket s = peer.accept(); OutputStream out = s.getOutputStream()) {
                    out.write("7 bytes".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            CliBadInputTest.Result r = CliBadInputTest.netlab("connect", "--port", Integer.toString(peer.getLocalPort()),
                    "--read", "exactly:10", "--part", "hi");
            sent.join();
            assertThat(r.status()).as(r.toString()).isZero();
            assertThat(r.out()).contains("echo_client: received b'7 bytes' (partial: IncompleteReadError: 7 bytes read on a total "
                    + "of 10 expected bytes)");
        }
    }

    @Test
    void aSeparatorBeyondTheLimitNamesLimitOverrunError() throws Exception {
        try (ServerSocket peer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> {
                try (Socket s = peer.accept(); OutputStream out = s.getOutputStream()) {
                    out.write(new byte[70_000]);
                    out.flush();
                    s.getInputStream().readAllBytes(); // until the client closes: no EOF from this side first
                } catch (IOException e) {
                    // the client may reset after it gave up
                }
            });
            CliBadInputTest.Result r = CliBadInputTest.netlab("connect", "--port", Integer.toString(peer.getLocalPort()),
                    "--read", "until:Z", "--part", "hi");
            sent.join();
            assertThat(r.out()).as(r.toString()).contains("echo_client: no separator within the reader's limit: LimitOverrunError: ");
        }
    }

    @Test
    void aLineOverTheLimitGetsAHintAboutTheLimitNotAboutAServerListening() throws Exception {
        try (ServerSocket peer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> {
                try (Socket s = peer.accept(); OutputStream out = s.getOutputStream()) {
                    out.write(new byte[100_000]);
                    out.flush();
                    s.getInputStream().readAllBytes();
                } catch (IOException e) {
                    // the client ends the connection when it fails
                }
            });
            CliBadInputTest.Result r = CliBadInputTest.netlab("connect", "--port", Integer.toString(peer.getLocalPort()),
                    "--behavior", "lines");
            sent.join();
            assertThat(r.status()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
            assertThat(r.err()).contains("the server sent more than the reader's limit (64 KiB) without the separator")
                    .doesNotContain("is a server listening");
        }
    }

    @Test
    void hintsFitTheirErrors() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        CliBadInputTest.Result refused = CliBadInputTest.netlab("connect", "--port", Integer.toString(closed));
        assertThat(refused.status()).isEqualTo(ExitCodes.FAILED);
        assertThat(refused.err()).contains("is a server listening? try: ./netlab serve --port " + closed);

        Path missing = dir.resolve("nobody.sock");
        CliBadInputTest.Result unix = CliBadInputTest.netlab("connect", "--unix", missing.toString());
        assertThat(unix.status()).as(unix.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(unix.err()).contains("there is no socket at " + missing + ": start a server there first (try: ./netlab serve --unix "
                + missing + ")").doesNotContain("--port");

        CliBadInputTest.Result udp = CliBadInputTest.netlab("connect", "--udp", "--port", Integer.toString(closedUdpPort()));
        assertThat(udp.status()).as("a datagram nobody took is a failure, as a refused connection is\n" + udp)
                .isEqualTo(ExitCodes.FAILED);
        assertThat(udp.err()).contains("nothing listens on UDP port");
    }

    /**
     * {@code exec} ended by a signal we got exits 128 + its number: SIGTERM 143, SIGINT 130 (as a
     * shell reports it); the child's own death by a signal likewise.
     */
    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"TERM", "INT"})
    void execStoppedByASignalExits128PlusItsNumber(String signal) throws Exception {
        try (NetlabProcess exec = NetlabProcess.start("exec", "--no-stdin", "--", "sh", "-c", "echo started; exec sleep 60")) {
            exec.awaitLine("started", T);
            exec.signal(signal);
            assertThat(exec.awaitExit(T)).as(exec.stderr()).isEqualTo(signal.equals("TERM") ? 143 : 130);
        }
        try (NetlabProcess self = NetlabProcess.start("exec", "--no-stdin", "--", "sh", "-c", "kill -" + signal + " $$")) {
            assertThat(self.awaitExit(T)).isEqualTo(signal.equals("TERM") ? 143 : 130);
        }
    }

    private static int closedUdpPort() throws IOException {
        try (java.net.DatagramSocket s = new java.net.DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static List<String> list(String... a) {
        return new ArrayList<>(List.of(a));
    }
}
