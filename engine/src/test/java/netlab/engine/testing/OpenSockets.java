package netlab.engine.testing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** How many sockets this JVM holds open, from /proc (Linux); -1 where that cannot be known. */
public final class OpenSockets {
    private OpenSockets() {
    }

    public static int count() {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return -1;
        }
        int n = 0;
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(fds)) {
            for (Path fd : dir) {
                try {
                    if (Files.readSymbolicLink(fd).toString().startsWith("socket:")) {
                        n++;
                    }
                } catch (IOException ignored) {
                    // closed while we looked
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return n;
    }
}
