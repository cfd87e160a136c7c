package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Where {@code netlab serve} listens, as the kernel sees it (/proc/net/tcp*): 127.0.0.1 unless a
 * person asks for all interfaces, and then a warning line says so before the server starts.
 */
class ListenAddressTest {
    private static final Duration T = Duration.ofSeconds(30);
    private static final String WARNING = "main: listening on ALL interfaces (%s): other machines can connect";

    @Test
    void byDefaultItListensOnLoopbackOnlyAndWarnsOfNothing() throws Exception {
        try (NetlabProcess serve = NetlabProcess.start("serve", "--port", "0")) {
            int port = Integer.parseInt(serve.awaitLine("main: starting up on 127\\.0\\.0\\.1 port (\\d+)", T).group(1));
            assertThat(listeners(port)).as("LISTEN entries of port " + port).containsExactly("loopback");
            serve.signal("INT");
            assertThat(serve.awaitExit(T)).isZero();
            assertThat(serve.stdout()).noneMatch(l -> l.contains("ALL interfaces"));
        }
    }

    @Test
    void allInterfacesIsAChoiceAndSaidInTheLog() throws Exception {
        try (NetlabProcess serve = NetlabProcess.start("serve", "--host", "0.0.0.0", "--port", "0")) {
            int port = Integer.parseInt(serve.awaitLine("main: starting up on 0\\.0\\.0\\.0 port (\\d+)", T).group(1));
            assertThat(serve.stdout().get(0)).isEqualTo(String.format(WARNING, "0.0.0.0"));
            // every IPv4 interface, and only IPv4, as asyncio's 0.0.0.0 (not a dual-stack ::)
            assertThat(listeners(port)).containsExactly("any IPv4");
            serve.signal("INT");
            assertThat(serve.awaitExit(T)).isZero();
        }
    }

    @Test
    void theIpv6WildcardIsWarnedOfToo() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/proc/net/if_inet6")), "no IPv6 on this machine");
        try (NetlabProcess serve = NetlabProcess.start("serve", "--host", "::", "--port", "0")) {
            int port = Integer.parseInt(serve.awaitLine("main: starting up on :: port (\\d+)", T).group(1));
            assertThat(serve.stdout().get(0)).isEqualTo(String.format(WARNING, "::"));
            assertThat(listeners(port)).containsExactly("any IPv6");
            serve.signal("INT");
            assertThat(serve.awaitExit(T)).isZero();
        }
    }

    /**
     * What each socket in LISTEN on this port listens on: "loopback" (127.0.0.1, ::1, or
     * 127.0.0.1 mapped into IPv6), "any IPv4" (0.0.0.0), "any IPv6" (::, which takes IPv4 too on a
     * dual-stack socket), else the kernel's hex address.
     */
    private static List<String> listeners(int port) throws Exception {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        List<String> found = new java.util.ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path p = Path.of("/proc/net", table);
            if (!Files.exists(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
                    found.add(kind(f[1].substring(0, f[1].length() - hexPort.length())));
                }
            }
        }
        return found;
    }

    private static String kind(String hex) {
        String v4 = hex.startsWith("0000000000000000FFFF0000") ? hex.substring(24) : hex;
        return switch (v4) {
            case "0100007F", "00000000000000000000000001000000" -> "loopback";
            case "00000000" -> "any IPv4";
            case "00000000000000000000000000000000" -> "any IPv6";
            default -> hex;
        };
    }
}
