package netlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person without privileges meets: a port below 1024, a directory they may not write. The
 * tests may run as root, who may do both; then NetLab runs under {@code setpriv} with every
 * capability dropped (root without CAP_NET_BIND_SERVICE and CAP_DAC_OVERRIDE is refused both, as
 * any user is). Where neither is possible the tests say why they were skipped.
 */
class WithoutPrivilegesTest {
    private static final Duration T = Duration.ofSeconds(30);
    private static List<String> unprivileged;
    @TempDir
    Path dir;

    @BeforeAll
    static void findAWayToRunWithoutPrivileges() throws IOException {
        if (!isRoot()) {
            unprivileged = List.of();
        } else if (Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
            unprivileged = List.of("/usr/bin/setpriv", "--bounding-set=-all", "--inh-caps=-all");
        } else {
            Assumptions.abort("running as root and setpriv is not installed: cannot drop the privileges these tests need to lack");
        }
    }

    private static boolean isRoot() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .anyMatch(l -> l.startsWith("Uid:") && l.split("\\s+")[1].equals("0"));
    }

    @Test
    void aPrivilegedPortIsPermissionErrorWithTheAddressAndExit1() throws Exception {
        // read by lines: the JDK reads a file that says it is empty (procfs) a byte at a time, and sysctl answers a
        // read past the first byte with nothing, so readString would see "1" of "1024"
        int unprivilegedStart = Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_unprivileged_port_start")).get(0).strip());
        Assumptions.assumeTrue(unprivilegedStart > 1, "every port is unprivileged on this machine (ip_unprivileged_port_start is "
                + unprivilegedStart + ")");
        int port = freePrivilegedPort(Math.min(unprivilegedStart, 1024) - 1);
        try (NetlabProcess serve = NetlabProcess.startUnder(unprivileged, "serve", "--port", Integer.toString(port))) {
            assertThat(serve.awaitExit(T)).as(serve.stderr()).isEqualTo(ExitCodes.FAILED);
            assertThat(serve.stderr()).contains("netlab serve: cannot listen on 127.0.0.1 port " + port
                    + ": PermissionError: [Errno 13] error while attempting to bind on address ('127.0.0.1', " + port
                    + "): permission denied");
            assertThat(serve.stdout()).anyMatch(l -> l.startsWith("main: cannot start the server on 127.0.0.1 port " + port
                    + ": PermissionError: [Errno 13]"));
        }
    }

    @Test
    void aUnixSocketInADirectoryNobodyMayWriteIsPermissionError() throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path socket = readOnly.resolve("echo.sock");
        try (NetlabProcess serve = NetlabProcess.startUnder(unprivileged, "serve", "--unix", socket.toString())) {
            assertThat(serve.awaitExit(T)).as(serve.stderr()).isEqualTo(ExitCodes.FAILED);
            assertThat(serve.stderr()).contains("netlab serve: cannot listen on " + socket + ": PermissionError: [Errno 13] error while "
                    + "attempting to bind on address '" + socket + "': permission denied: cannot create a socket in " + readOnly);
        }
        assertThat(socket).doesNotExist();
    }

    /** A port below {@code from} that nobody holds now, so that privilege is the only reason a bind fails. */
    private static int freePrivilegedPort(int from) {
        for (int port = from; port > 0; port--) {
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
                return port;
            } catch (IOException takenOrNotAllowed) {
                // try the next one
            }
        }
        Assumptions.abort("no privileged port is free on 127.0.0.1 (or this test may not bind one to check)");
        return -1;
    }
}
