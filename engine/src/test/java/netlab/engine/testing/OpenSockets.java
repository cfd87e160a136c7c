package netlab.engine.testing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The TCP and UDP sockets this JVM holds open, from /proc (Linux). Unix-domain sockets are left
 * out: the JDK keeps one socket pair for its own use once a socket has been closed under a
 * blocked thread, for the life of the JVM.
 */
public final class OpenSockets {
    private OpenSockets() {
    }

    /** How many TCP/UDP sockets are open, or -1 where /proc cannot say. */
    public static int count() {
        if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
            return -1;
        }
        return describe().size();
    }

    /** Each open TCP/UDP socket with its local and remote port and state, for messages. */
    public static List<String> describe() {
        Map<String, String> inet = new HashMap<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/net/" + table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && !f[0].equals("sl")) {
                        inet.put(f[9], table + " " + port(f[1]) + " -> " + port(f[2]) + " state " + f[3]);
                    }
                }
            } catch (IOException ignored) {
                // no such table on this machine
            }
        }
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path fd : dir) {
                try {
                    String link = Files.readSymbolicLink(fd).toString();
                    if (link.startsWith("socket:[")) {
                        String described = inet.get(link.substring(8, link.length() - 1));
                        if (described != null) {
                            out.add("fd " + fd.getFileName() + ": " + described);
                        }
                    }
                } catch (IOException ignored) {
                    // closed while we looked
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }

    private static String port(String addressAndPort) {
        return "port " + Integer.parseInt(addressAndPort.substring(addressAndPort.indexOf(':') + 1), 16);
    }
}
