package netlab.engine.transport;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import netlab.engine.bytes.Bytes;
import netlab.engine.errors.FileNotFoundError;
import netlab.engine.errors.OSError;
import netlab.engine.testing.OnLoop;
import netlab.engine.testing.RecordingProtocol;
import netlab.engine.testing.TestLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** create_unix_server / create_unix_connection over real Unix domain sockets, and every path mistake. */
class UnixSocketsTest {
    private final TestLoop t = new TestLoop();
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        t.close();
    }

    private Server serve(Path path, RecordingProtocol server) throws Exception {
        return OnLoop.call(t.loop, () -> UnixSockets.createUnixServer(t.loop, () -> server, UnixServerOptions.of("srv", path))).get(T);
    }

    /**
     * Netty 4.2.18's NIO byte channels honour half-closure only for TCP (SocketChannelConfig), so
     * a Unix domain connection is closed as soon as the peer's EOF is read: the echo here does not
     * half-close, and connection_lost follows the data without an eof_received.
     */
    @Test
    void anEchoRunsTheCallbacksInOrderAndTheSocketFileGoesWithTheServer() throws Exception {
        Path path = dir.resolve("echo.sock");
        RecordingProtocol serverSide = new RecordingProtocol().onData((tr, d) -> {
            tr.write(d);
            tr.close();
        });
        Server server = serve(path, serverSide);
        assertThat(UnixSockets.isSocket(path)).isTrue();
        assertThat(server.sockets().get(0)).isEqualTo(netlab.engine.net.SocketAddr.unix(path.toString()));

        RecordingProtocol client = new RecordingProtocol().onConnectionMade(tr -> tr.write(Bytes.utf8("over a path")));
        OnLoop.call(t.loop, () -> UnixSockets.createUnixConnection(t.loop, () -> client, UnixConnectOptions.of("cli", "cli", path))).get(T);
        client.await("connection_lost", T);
        serverSide.await("connection_lost", T);

        assertThat(client.received().utf8()).isEqualTo("over a path");
        assertThat(client.shape()).startsWith("connection_made", "data_received*").last().asString().startsWith("connection_lost");
        assertThat(serverSide.shape()).startsWith("connection_made", "data_received*").last().asString().startsWith("connection_lost");
        assertThat(OnLoop.call(t.loop, () -> client.transport().canWriteEof())).isTrue();

        OnLoop.run(t.loop, server::close);
        OnLoop.call(t.loop, server::waitClosed).get(T);
        org.awaitility.Awaitility.await().atMost(T).until(() -> !Files.exists(path));
    }

    @Test
    void aStaleSocketFileIsReplacedButALiveOneIsNot() throws Exception {
        Path path = dir.resolve("stale.sock");
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(path));
        }
        assertThat(Files.exists(path)).as("closing a Java listener leaves its file").isTrue();
        Server first = serve(path, new RecordingProtocol());
        assertThat(first.isServing()).isTrue();

        assertThatThrownBy(() -> serve(path, new RecordingProtocol()))
                .isInstanceOf(OSError.class).hasMessageContaining("[Errno 98]").hasMessageContaining("another server listens there");
        OnLoop.run(t.loop, first::close);
    }

    @Test
    void eachPathMistakeHasItsOwnError() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "not a socket");
        assertThatThrownBy(() -> serve(file, new RecordingProtocol()))
                .isInstanceOf(OSError.class).hasMessageContaining("exists and is not a socket");
        assertThat(Files.readString(file)).isEqualTo("not a socket");

        assertThatThrownBy(() -> serve(dir.resolve("missing").resolve("x.sock"), new RecordingProtocol()))
                .isInstanceOf(FileNotFoundError.class).hasMessageContaining("no such directory");

        Path tooLong = dir.resolve("x".repeat(120) + ".sock");
        assertThatThrownBy(() -> UnixServerOptions.of("srv", tooLong))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AF_UNIX path too long");

        assertThatThrownBy(() -> OnLoop.call(t.loop, () -> UnixSockets.createUnixConnection(t.loop, RecordingProtocol::new,
                UnixConnectOptions.of("cli", "cli", dir.resolve("nobody.sock")))).get(T))
                .isInstanceOf(FileNotFoundError.class).hasMessageContaining("[Errno 2]");
    }
}
