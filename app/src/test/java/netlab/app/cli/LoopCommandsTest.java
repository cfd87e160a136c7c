package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop, subprocess, signal and HTTP commands as a person uses them: real netlab processes,
 * real children, real signals, a real HTTP server.
 */
class LoopCommandsTest {
    private static final Duration T = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void runPrintsTheSeedsLinesOfALoopPreset() throws Exception {
        try (NetlabProcess run = NetlabProcess.start("run", "gather-factorial")) {
            assertThat(run.awaitExit(T)).isZero();
            assertThat(run.stdout()).containsExactly(
                    "Task A: Compute factorial(2)...",
                    "Task B: Compute factorial(2)...",
                    "Task C: Compute factorial(2)...",
                    "Task A: factorial(2) = 2",
                    "Task B: Compute factorial(3)...",
                    "Task C: Compute factorial(3)...",
                    "Task B: factorial(3) = 6",
                    "Task C: Compute factorial(4)...",
                    "Task C: factorial(4) = 24",
                    "main: closing event loop");
        }
    }

    /** Seed 001 #4 with real signals: the experiment's handler takes the signal, prints, and the run ends cleanly. */
    @Test
    void theSignalsPresetHandlesSigintAndSigtermOnTheLoop() throws Exception {
        for (String signal : List.of("INT", "TERM")) {
            try (NetlabProcess run = NetlabProcess.start("run", "signals")) {
                run.awaitLine("Event loop running forever, press Ctrl\\+C to interrupt\\.", T);
                String pid = run.awaitLine("pid (\\d+): send SIGINT or SIGTERM to exit\\.", T).group(1);
                assertThat(Long.parseLong(pid)).as("the pid printed is the netlab process's").isEqualTo(run.pid());
                run.signal(signal);
                run.awaitLine("got signal SIG" + signal + ": exit", T);
                assertThat(run.awaitExit(T)).as("SIG" + signal).isZero();
                assertThat(run.stdout()).endsWith("got signal SIG" + signal + ": exit", "main: closing event loop");
            }
        }
    }

    /**
     * Started with SIGINT ignored (a background job), the JVM lets no SIGINT through: the run says
     * so instead of waiting for one in vain, and SIGTERM still ends it cleanly.
     */
    @Test
    void theSignalsPresetSaysWhenItsProcessIgnoresSigint() throws Exception {
        try (NetlabProcess run = NetlabProcess.startIgnoringSigint("run", "signals")) {
            run.awaitLine("pid (\\d+): send SIGINT or SIGTERM to exit\\.", T);
            assertThat(String.join("\n", run.stdout()) + "\n" + run.stderr()).contains("SIGINT is ignored by NetLab's process");
            run.signal("INT");
            run.signal("TERM");
            run.awaitLine("got signal SIGTERM: exit", T);
            assertThat(run.awaitExit(T)).isZero();
            assertThat(run.stdout()).doesNotContain("got signal SIGINT: exit");
        }
    }

    /** Without a handler of its own, a preset is interrupted by SIGINT as before (exit 130). */
    @Test
    void sigintInterruptsAPresetWithoutItsOwnHandler() throws Exception {
        try (NetlabProcess run = NetlabProcess.start("run", "call-later")) {
            run.awaitLine("\\d{4}-\\d\\d-\\d\\d .*", T);
            run.signal("INT");
            assertThat(run.awaitExit(T)).isEqualTo(ExitCodes.INTERRUPTED);
        }
    }

    @Test
    void execCopiesOutputAndStdinAndReturnsTheChildsStatus() throws Exception {
        try (NetlabProcess exec = NetlabProcess.start("exec", "--", "sh", "-c", "read x; echo \"got $x\"; echo oops >&2; exit 3")) {
            try (OutputStream in = exec.stdin()) {
                in.write("hello\n".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(exec.awaitExit(T)).isEqualTo(3);
            assertThat(exec.stdout()).containsExactly("got hello");
            assertThat(exec.stderr()).isEqualTo("oops");
        }
        try (NetlabProcess shell = NetlabProcess.start("exec", "--shell", "--", "echo abc", "|", "tr a A")) {
            assertThat(shell.awaitExit(T)).isZero();
            assertThat(shell.stdout()).as("with --shell the words are one sh -c line").containsExactly("Abc");
        }
        try (NetlabProcess noShell = NetlabProcess.start("exec", "--", "echo", "a|b", "|", "tr", "a", "A")) {
            assertThat(noShell.awaitExit(T)).isZero();
            assertThat(noShell.stdout()).as("without --shell a | is just an argument").containsExactly("a|b | tr a A");
        }
    }

    @Test
    void execSaysClearlyWhenAProgramCannotRun() throws Exception {
        try (NetlabProcess missing = NetlabProcess.start("exec", "--", "netlab-no-such-program")) {
            assertThat(missing.awaitExit(T)).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(missing.stderr()).isEqualTo(
                    "netlab exec: netlab-no-such-program: FileNotFoundError: [Errno 2] No such file or directory: 'netlab-no-such-program'");
        }
        Path data = Files.writeString(dir.resolve("data.txt"), "not a program");
        try (NetlabProcess denied = NetlabProcess.start("exec", "--", data.toString())) {
            assertThat(denied.awaitExit(T)).isEqualTo(ExitCodes.NOT_EXECUTABLE);
            assertThat(denied.stderr()).contains("PermissionError: [Errno 13] Permission denied");
        }
    }

    /** A child that never exits is stopped with the command: SIGTERM, then SIGKILL for one that ignores it. */
    @Test
    void aSignalToExecStopsAChildThatNeverExits() throws Exception {
        try (NetlabProcess exec = NetlabProcess.start("exec", "--grace", "0.5", "--", "sh", "-c",
                "trap '' TERM; echo started; while :; do sleep 0.05; done")) {
            exec.awaitLine("started", T);
            exec.signal("TERM");
            // 128 + SIGTERM's number, as a shell reports it (130 is SIGINT's); awaitExit bounds the wait
            assertThat(exec.awaitExit(T)).isEqualTo(ExitCodes.TERMINATED);
            assertThat(ProcessHandle.of(exec.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
    }

    @Test
    void execVerbosePrintsTheEventLog() throws Exception {
        try (NetlabProcess exec = NetlabProcess.start("exec", "-v", "--no-stdin", "--", "sh", "-c", "printf hi; exit 2")) {
            assertThat(exec.awaitExit(T)).isEqualTo(2);
            assertThat(exec.stdout()).anyMatch(l -> l.matches(".*\\[subprocess_exec\\] subprocess_exec: pid \\d+: sh -c 'printf hi; exit 2'"))
                    .anyMatch(l -> l.endsWith("[pipe_data_received] pipe_data_received(1, b'hi') 2 bytes at 0"))
                    .anyMatch(l -> l.endsWith("exit status 2 (returncode 2)"));
        }
    }

    @Test
    void headPrintsEveryHeaderOfARealServer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/page", exchange -> {
            exchange.getResponseHeaders().add("X-Netlab-Test", "yes");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try (NetlabProcess head = NetlabProcess.start("head", "http://127.0.0.1:" + server.getAddress().getPort() + "/page")) {
            assertThat(head.awaitExit(T)).isZero();
            assertThat(head.stdout().get(0)).isEqualTo("HTTP header> HTTP/1.1 200 OK");
            assertThat(head.stdout()).contains("HTTP header> X-netlab-test: yes").allMatch(l -> l.startsWith("HTTP header> "));
        } finally {
            server.stop(0);
        }
        try (NetlabProcess refused = NetlabProcess.start("head", "http://127.0.0.1:1/")) {
            assertThat(refused.awaitExit(T)).isEqualTo(ExitCodes.FAILED);
            assertThat(refused.stdout()).anyMatch(l -> l.contains("ConnectionRefusedError"));
        }
        try (NetlabProcess ftp = NetlabProcess.start("head", "ftp://example.com/")) {
            assertThat(ftp.awaitExit(T)).isEqualTo(ExitCodes.USAGE);
        }
    }

    /** https: a JDK HTTPS server with the lab's on-the-fly certificate, trusted with --cafile, refused without. */
    @Test
    void headSpeaksTlsToAnHttpsServer() throws Exception {
        netlab.engine.tls.LabCertificate cert = netlab.engine.tls.LabCertificate.generate("localhost",
                netlab.engine.tls.LabCertificate.LOCAL_NAMES);
        java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("lab", cert.key(), new char[0], new java.security.cert.Certificate[] {cert.certificate()});
        javax.net.ssl.KeyManagerFactory kmf = javax.net.ssl.KeyManagerFactory.getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, new char[0]);
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        com.sun.net.httpserver.HttpsServer server = com.sun.net.httpserver.HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("X-Over", "tls");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        Path pem = cert.writeCertificate(dir.resolve("lab.pem"));
        String url = "https://localhost:" + server.getAddress().getPort() + "/";
        try (NetlabProcess trusted = NetlabProcess.start("head", "--cafile", pem.toString(), url)) {
            assertThat(trusted.awaitExit(T)).as(trusted.stderr()).isZero();
            assertThat(trusted.stdout()).contains("HTTP header> HTTP/1.1 200 OK", "HTTP header> X-over: tls");
        }
        try (NetlabProcess refused = NetlabProcess.start("head", url)) {
            assertThat(refused.awaitExit(T)).isEqualTo(ExitCodes.FAILED);
            assertThat(refused.stdout()).anyMatch(l -> l.contains("SSLCertVerificationError"));
        }
        try (NetlabProcess insecure = NetlabProcess.start("head", "--insecure", url)) {
            assertThat(insecure.awaitExit(T)).isZero();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void runHttpHeadAsksTheLabsOwnServer() throws Exception {
        try (NetlabProcess run = NetlabProcess.start("run", "http-head")) {
            assertThat(run.awaitExit(T)).isZero();
            assertThat(run.stdout()).startsWith("HTTP header> HTTP/1.0 200 OK").contains("HTTP header> Content-Type: text/html; charset=utf-8");
        }
    }
}
