package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * {@code serve --udp --join 239.1.2.3} and {@code connect --udp --host 239.1.2.3} as two real
 * NetLab processes: the group, on {@code lo} with TTL 1, carries the datagram to the server and
 * its echo back.
 */
class MulticastCommandTest {
    private static final Duration T = Duration.ofSeconds(30);

    @Test
    void aMulticastGroupOnLoopbackCarriesDatagramsBetweenTwoNetlabs() throws Exception {
        try (NetlabProcess serve = NetlabProcess.start("serve", "--udp", "--join", "239.1.2.3", "--interface", "lo", "--port", "0")) {
            String port = serve.awaitLine("main: Serving on \\('239\\.1\\.2\\.3', (\\d+)\\)", T).group(1);
            try (NetlabProcess connect = NetlabProcess.start("connect", "--udp", "--host", "239.1.2.3", "--port", port,
                    "--part", "to the group", "--multicast-ttl", "1", "--multicast-loop")) {
                assertThat(connect.awaitExit(T)).as(String.join("\n", connect.stdout()) + connect.stderr()).isZero();
                assertThat(connect.stdout()).anyMatch(l -> l.contains("Received: to the group"));
            }
            serve.awaitLine(".*Received 'to the group' from \\('127\\.0\\.0\\.1', \\d+\\).*", T);
            serve.signal("TERM");
            assertThat(serve.awaitExit(T)).isZero();
        }
    }

    @Test
    void twoServersWithReusePortShareTheGroupsPortAndBothHearIt() throws Exception {
        try (NetlabProcess one = NetlabProcess.start("serve", "--udp", "--join", "239.1.2.4", "--port", "0", "--reuse-address", "--reuse-port")) {
            String port = one.awaitLine("main: Serving on \\('239\\.1\\.2\\.4', (\\d+)\\)", T).group(1);
            try (NetlabProcess two = NetlabProcess.start("serve", "--udp", "--join", "239.1.2.4", "--port", port, "--reuse-address", "--reuse-port")) {
                two.awaitLine("main: Serving on \\('239\\.1\\.2\\.4', " + port + "\\)", T);
                try (NetlabProcess connect = NetlabProcess.start("connect", "--udp", "--host", "239.1.2.4", "--port", port, "--part", "all")) {
                    assertThat(connect.awaitExit(T)).isZero();
                }
                one.awaitLine(".*Received 'all' from .*", T);
                two.awaitLine(".*Received 'all' from .*", T);
                two.signal("TERM");
                assertThat(two.awaitExit(T)).isZero();
            }
            one.signal("TERM");
            assertThat(one.awaitExit(T)).isZero();
        }
    }
}
