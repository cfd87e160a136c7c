package netlab.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Whether anything on this machine listens on a TCP port, as the kernel lists it in /proc/net. */
public final class ListeningSockets {
    private ListeningSockets() {
    }

    /** True when a socket in LISTEN has this local port (IPv4 or IPv6). */
    public static boolean on(int port) throws IOException {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.exists(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p)) {
                String[] f = line.trim().split("\\s+");
                // sl local_address rem_address st ...; st 0A is LISTEN
                if (f.length > 3 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
                    return true;
                }
            }
        }
        return false;
    }
}
