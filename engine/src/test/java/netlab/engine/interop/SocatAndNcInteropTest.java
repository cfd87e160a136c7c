package netlab.engine.interop;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import netlab.engine.net.HostPort;
import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.testing.ExternalProcess;
import netlab.engine.testing.LabBench;
import netlab.engine.testing.Tools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * NetLab against the plainest peers there are: nc and socat as clients of the echo server, and
 * socat + cat as an echo server for the seed client. Each test is skipped, saying why, when its
 * program is not installed.
 */
class SocatAndNcInteropTest {
    private static final String MESSAGE = "This is the message. It will be sent in parts.";
    private final LabBench bench = new LabBench();

    @AfterEach
    void close() {
        bench.close();
    }

    /** OpenBSD nc with -N: send stdin, half-close at its EOF, print what comes back until the server closes. */
    @Test
    void ncSendsHalfClosesAndGetsItsEchoBack() throws Exception {
        Path nc = Tools.require("nc", "an nc client against the echo server");
        try (ExternalProcess help = ExternalProcess.start(List.of(nc.toString(), "-h"))) {
            help.waitFor(T);
            Tools.missing(!help.describe().contains("-N"),
                    "this nc has no -N (half-close on stdin EOF); it is not OpenBSD's netcat (netcat-openbsd)");
        }
        ServerEndpoint server = bench.echoServer(128);
        try (ExternalProcess client = ExternalProcess.start(List.of(nc.toString(), "-N", "127.0.0.1",
                String.valueOf(server.port())))) {
            client.sendAndCloseStdin("hello from nc\nsecond line\n");
            assertThat(client.waitFor(T)).isZero();
            assertThat(client.stdoutLines()).containsExactly("hello from nc", "second line");
        }
        bench.log.await(e -> e.text() != null && e.text().equals("closing") && e.logger().startsWith("echo_"), T);
        assertThat(bench.received(server.id()).utf8()).isEqualTo("hello from nc\nsecond line\n");
        assertThat(bench.sent(server.id())).isEqualTo(bench.received(server.id()));
    }

    @Test
    void socatAsAClientGetsItsEchoBack() throws Exception {
        Path socat = Tools.require("socat", "a socat client against the echo server");
        ServerEndpoint server = bench.echoServer(7);
        try (ExternalProcess client = ExternalProcess.start(List.of(socat.toString(), "-",
                "TCP:127.0.0.1:" + server.port()))) {
            client.sendAndCloseStdin(MESSAGE + "\n");
            assertThat(client.waitFor(T)).isZero();
            assertThat(client.stdoutLines()).containsExactly(MESSAGE);
        }
        // a 7-byte server echoes in pieces; all of them, in order
        bench.log.await(e -> e.text() != null && e.text().equals("closing") && e.logger().startsWith("echo_"), T);
        assertThat(bench.sent(server.id()).utf8()).isEqualTo(MESSAGE + "\n");
    }

    /** socat listening on a free port, each connection piped through cat: an echo server NetLab did not write. */
    @Test
    void theSeedClientAgainstSocatAndCat() throws Exception {
        Path socat = Tools.require("socat", "socat + cat as an echo server for the seed client");
        try (ExternalProcess server = ExternalProcess.start(List.of(socat.toString(), "-d", "-d",
                "TCP-LISTEN:0,bind=127.0.0.1,reuseaddr", "EXEC:cat"))) {
            String listening = server.awaitLine(l -> l.contains("listening on AF=2 127.0.0.1:"), T);
            int port = Integer.parseInt(listening.substring(listening.lastIndexOf(':') + 1).trim());
            ClientEndpoint client = bench.runClient(ClientSpec.seed(HostPort.loopback(port)));
            assertThat(client.state()).isEqualTo(EndpointState.FINISHED);
            assertThat(bench.received(client.id()).utf8()).isEqualTo(MESSAGE);
            assertThat(bench.logTexts(client.id(), "echo_client")).endsWith("closing");
            assertThat(server.waitFor(T)).as("socat ends with its one connection").isZero();
        }
    }
}
