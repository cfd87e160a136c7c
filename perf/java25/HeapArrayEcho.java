import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * A yardstick for issue 17's 64 KiB target, not part of NetLab: an echo server whose every read
 * lands in a new Java array, as a read into an immutable {@code bytes} value must, with the copies
 * that NetLab's transport makes or does not make. It answers: is it the fresh array per read that
 * costs, or the copy into it?
 *
 * <p>Modes (the second argument):
 * <ul>
 *   <li>{@code fresh}: a new 64 KiB array per read; libc's recv writes into it and send reads from
 *       it, through FFM critical downcalls that pass the array itself (JDK 22+). No copy in Java,
 *       as CPython's sock.recv and send.</li>
 *   <li>{@code reuse}: the same, into one array used for every read: what a pooled buffer costs.</li>
 *   <li>{@code nio}: a new array per read through the JDK's SocketChannel, which copies through a
 *       direct buffer of its own both ways, as NetLab copies Netty's read buffer into a
 *       {@code byte[]} and back into a direct buffer for the write.</li>
 *   <li>{@code nio-read}: the JDK's read (one copy), then send from the array (none).</li>
 * </ul>
 * Run by perf/cpu-alloc (servers heap-fresh, heap-reuse, heap-nio, heap-nio-read) with the JDK's
 * source launcher: {@code java --enable-native-access=ALL-UNNAMED --add-exports
 * java.base/sun.nio.ch=ALL-UNNAMED perf/java25/HeapArrayEcho.java echo fresh}. It prints
 * "listening PORT" and serves 127.0.0.1 until killed.
 */
public class HeapArrayEcho {
    private static final int SIZE = 65536;
    private static final int MSG_DONTWAIT = 0x40;
    private static final int MSG_NOSIGNAL = 0x4000;
    private static MethodHandle recv;
    private static MethodHandle send;

    public static void main(String[] args) throws Throwable {
        String mode = args.length > 1 ? args[1] : "fresh";
        if (!Arrays.asList("fresh", "reuse", "nio", "nio-read").contains(mode)) {
            throw new IllegalArgumentException("mode: fresh, reuse, nio or nio-read, not " + mode);
        }
        Linker linker = Linker.nativeLinker();
        // ssize_t recv/send(int fd, void *buf, size_t len, int flags); critical(true) lets buf be a heap array
        FunctionDescriptor io = FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT);
        recv = linker.downcallHandle(linker.defaultLookup().find("recv").orElseThrow(), io, Linker.Option.critical(true));
        send = linker.downcallHandle(linker.defaultLookup().find("send").orElseThrow(), io, Linker.Option.critical(true));
        Selector selector = Selector.open();
        ServerSocketChannel server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0), 4096);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        System.out.println("listening " + ((InetSocketAddress) server.getLocalAddress()).getPort());
        byte[] shared = new byte[SIZE];
        while (true) {
            selector.select();
            for (SelectionKey key : selector.selectedKeys()) {
                if (!key.isValid()) {
                    continue;
                }
                if (key.isAcceptable()) {
                    accept(server, selector);
                    continue;
                }
                Connection c = (Connection) key.attachment();
                try {
                    if (key.isWritable()) {
                        c.flush();
                    } else if (key.isReadable()) {
                        c.read(mode, shared);
                    }
                } catch (IOException e) {
                    key.cancel();
                    c.channel.close();
                }
            }
            selector.selectedKeys().clear();
        }
    }

    private static void accept(ServerSocketChannel server, Selector selector) throws IOException {
        SocketChannel ch;
        while ((ch = server.accept()) != null) {
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            Connection c = new Connection(ch, ((sun.nio.ch.SelChImpl) ch).getFDVal());
            c.key = ch.register(selector, SelectionKey.OP_READ, c);
        }
    }

    private static final class Connection {
        final SocketChannel channel;
        final int fd;
        SelectionKey key;
        ByteBuffer unsent; // what the socket did not take yet (then reads wait)

        Connection(SocketChannel channel, int fd) {
            this.channel = channel;
            this.fd = fd;
        }

        void read(String mode, byte[] shared) throws Throwable {
            byte[] a = mode.equals("reuse") ? shared : new byte[SIZE];
            long n;
            if (mode.equals("nio") || mode.equals("nio-read")) {
                int r = channel.read(ByteBuffer.wrap(a));
                if (r < 0) {
                    throw new IOException("end of stream");
                }
                n = r;
            } else {
                n = (long) recv.invokeExact(fd, MemorySegment.ofArray(a), (long) a.length, MSG_DONTWAIT);
                if (n == 0) {
                    throw new IOException("end of stream");
                }
                // -1: nothing to read now; an error shows again on the next read, as end of stream
            }
            if (n <= 0) {
                return;
            }
            if (mode.equals("nio")) {
                ByteBuffer out = ByteBuffer.wrap(a, 0, (int) n);
                channel.write(out);
                keepUnsent(out);
                return;
            }
            long sent = (long) send.invokeExact(fd, MemorySegment.ofArray(a), n, MSG_DONTWAIT | MSG_NOSIGNAL);
            sent = Math.max(sent, 0);
            if (sent < n) {
                // the next read may reuse the array: keep a copy of the rest
                keepUnsent(ByteBuffer.wrap(Arrays.copyOfRange(a, (int) sent, (int) n)));
            }
        }

        void keepUnsent(ByteBuffer rest) {
            if (rest.hasRemaining()) {
                unsent = rest;
                key.interestOps(SelectionKey.OP_WRITE);
            }
        }

        void flush() throws IOException {
            channel.write(unsent);
            if (!unsent.hasRemaining()) {
                unsent = null;
                key.interestOps(SelectionKey.OP_READ);
            }
        }
    }
}
