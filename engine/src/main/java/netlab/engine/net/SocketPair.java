package netlab.engine.net;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Python's {@code socket.socketpair()}: two connected sockets. Java has no socketpair(2), so the
 * pair is made the way Python's own fallback makes one (listen, connect, accept, stop listening),
 * but over a Unix domain socket in a private temporary directory rather than TCP loopback, so that
 * the pair is AF_UNIX as on Linux and no port is ever opened. The path is gone before this returns.
 *
 * @param first  the end the seeds call {@code rsock}
 * @param second the end the seeds call {@code wsock}
 */
public record SocketPair(SocketChannel first, SocketChannel second) implements AutoCloseable {

    public static SocketPair open() throws IOException {
        Path dir = Files.createTempDirectory("netlab-pair");
        Path path = dir.resolve("s");
        try (ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            listener.bind(UnixDomainSocketAddress.of(path), 1);
            SocketChannel a = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                a.connect(UnixDomainSocketAddress.of(path));
                SocketChannel b = listener.accept();
                return new SocketPair(b, a);
            } catch (IOException e) {
                a.close();
                throw e;
            }
        } finally {
            Files.deleteIfExists(path);
            Files.deleteIfExists(dir);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            first.close();
        } finally {
            second.close();
        }
    }
}
