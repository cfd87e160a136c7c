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

import netlab.engine.net.UnixPath;
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
        return OnLoop.call(t.loop, () -> UnixSockets.createUnixServer(t.loop, () -> server, UnixServerOptions.of("srv", UnixPath.of(path)))).get(T);
    }

    @Test
    void anEchoRunsTheCallbacksInOrderAndTheSocketFileGoesWithTheServer() throws Exception {
        Path path = dir.resolve("echo.sock");
        RecordingProtocol serverSide = new RecordingProtocol().onData((tr, d) -> {
            tr.write(d);
            tr.close();
        });
        Server server = serve(path, serverSide);
        assertThat(UnixSockets.isSocket(path)).isTrue();
        assertThat(server.sockets().get(0)).isEqualTo(netlab.engine.net.UnixPath.of(path));

        RecordingProtocol client = new RecordingProtocol().onConnectionMade(tr -> tr.write(Bytes.utf8("over a path")));
        OnLoop.call(t.loop, () -> UnixSockets.createUnixConnection(t.loop, () -> client, UnixConnectOptions.of("cli", "cli", UnixPath.of(path)))).get(T);
        client.await("connection_lost", T);
        serverSide.await("connection_lost", T);

        assertThat(client.received().utf8()).isEqualTo("over a path");
        // the server closed its side: the client sees EOF first, as over TCP
        assertThat(client.shape()).containsExactly("connection_made", "data_received*", "eof_received", "connection_lost(None)");
        assertThat(serverSide.shape()).containsExactly("connection_made", "data_received*", "connection_lost(None)");
        assertThat(OnLoop.call(t.loop, () -> client.transport().canWriteEof())).isTrue();

        OnLoop.run(t.loop, server::close);
        OnLoop.call(t.loop, server::waitClosed).get(T);
        org.awaitility.Awaitility.await().atMost(T).until(() -> !Files.exists(path));
    }

    /**
     * The client half-closes; the server's eof_received keeps the connection open and answers
     * after it. (Netty's own NIO domain channel closed the connection at the EOF instead: see
     * {@link netlab.engine.net.UnixStreamChannel}.)
     */
    @Test
    void theClientHalfClosesAndTheServerAnswersAfterEofReceived() throws Exception {
        Path path = dir.resolve("half.sock");
        RecordingProtocol serverSide = new RecordingProtocol().onEof(true, tr -> {
            tr.write(Bytes.utf8("answer after EOF"));
            tr.close();
        });
        serve(path, serverSide);
        RecordingProtocol client = new RecordingProtocol().onConnectionMade(tr -> {
            tr.write(Bytes.utf8("question"));
            tr.writeEof();
        });
        OnLoop.call(t.loop, () -> UnixSockets.createUnixConnection(t.loop, () -> client, UnixConnectOptions.of("cli", "cli", UnixPath.of(path)))).get(T);
        client.await("connection_lost", T);
        serverSide.await("connection_lost", T);

        assertThat(serverSide.received().utf8()).isEqualTo("question");
        assertThat(serverSide.shape()).containsExactly("connection_made", "data_received*", "eof_received", "connection_lost(None)");
        assertThat(client.received().utf8()).isEqualTo("answer after EOF");
        assertThat(client.shape()).containsExactly("connection_made", "data_received*", "eof_received", "connection_lost(None)");
        assertThat(t.log.all().stream().filter(e -> e.origin().role() == netlab.engine.event.Role.CLIENT).map(e -> e.kind()))
                .containsSubsequence(netlab.engine.event.EventKind.EOF_SENT, netlab.engine.event.EventKind.DATA_RECEIVED,
                        netlab.engine.event.EventKind.EOF_RECEIVED);
    }

    /** CPython's asyncio, as the seed's client would: write, write_eof(), then read to EOF what NetLab answered after eof_received. */
    @Test
    void pythonsWriteEofOverAUnixPathGetsTheAnswerNetLabWritesAfterEofReceived() throws Exception {
        netlab.engine.testing.Python.require("to half-close a Unix connection from CPython's asyncio");
        Path path = dir.resolve("py-half.sock");
        RecordingProtocol serverSide = new RecordingProtocol().onEof(true, tr -> {
            tr.write(Bytes.utf8("answer after EOF"));
            tr.close();
        });
        serve(path, serverSide);
        java.util.List<String> out = netlab.engine.testing.Python.exec(String.join("\n",
                "import asyncio, sys",
                "async def main():",
                "    reader, writer = await asyncio.open_unix_connection(sys.argv[1])",
                "    writer.write(b'question')",
                "    writer.write_eof()",
                "    print(await reader.read())",
                "    writer.close()",
                "asyncio.run(main())"), "", path.toString());
        assertThat(out).containsExactly("b'answer after EOF'");
        serverSide.await("connection_lost", T);
        assertThat(serverSide.shape()).containsExactly("connection_made", "data_received*", "eof_received", "connection_lost(None)");
    }

    /** The other way round: the server half-closes first, and the client's answer after eof_received still arrives. */
    @Test
    void theServerHalfClosesAndTheClientAnswersAfterEofReceived() throws Exception {
        Path path = dir.resolve("other-way.sock");
        RecordingProtocol serverSide = new RecordingProtocol().onConnectionMade(tr -> {
            tr.write(Bytes.utf8("hello, then EOF"));
            tr.writeEof();
        }).onEof(false, tr -> { });
        serve(path, serverSide);
        RecordingProtocol client = new RecordingProtocol().onEof(true, tr -> {
            tr.write(Bytes.utf8("the client's late answer"));
            tr.close();
        });
        OnLoop.call(t.loop, () -> UnixSockets.createUnixConnection(t.loop, () -> client, UnixConnectOptions.of("cli", "cli", UnixPath.of(path)))).get(T);
        serverSide.await("connection_lost", T);
        client.await("connection_lost", T);

        assertThat(client.received().utf8()).isEqualTo("hello, then EOF");
        assertThat(serverSide.received().utf8()).isEqualTo("the client's late answer");
        assertThat(serverSide.shape()).containsExactly("connection_made", "data_received*", "eof_received", "connection_lost(None)");
        assertThat(client.shape()).containsExactly("connection_made", "data_received*", "eof_received", "connection_lost(None)");
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
        assertThatThrownBy(() -> UnixServerOptions.of("srv", UnixPath.of(tooLong)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AF_UNIX path too long");

        assertThatThrownBy(() -> OnLoop.call(t.loop, () -> UnixSockets.createUnixConnection(t.loop, RecordingProtocol::new,
                UnixConnectOptions.of("cli", "cli", UnixPath.of(dir.resolve("nobody.sock"))))).get(T))
                .isInstanceOf(FileNotFoundError.class).hasMessageContaining("[Errno 2]");
    }
}
