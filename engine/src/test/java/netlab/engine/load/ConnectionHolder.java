package netlab.engine.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The client side of the many-connections test, in a process of its own (each process has its
 * own open-file limit, so the lab's JVM holds only the server's half): opens N connections with
 * plain NIO, at most {@value #IN_FLIGHT} connecting at once, sends each one message in one write,
 * checks its echo byte for byte, and holds them all open until told to close on stdin.
 *
 * <pre>java ... ConnectionHolder HOST PORT N</pre>
 * prints {@code limit SOFT HARD}, then {@code held N verified V bytes B} (or {@code refused after
 * K: WHY} first, when the system says no), waits for {@code close}, closes all, prints {@code closed}.
 */
public final class ConnectionHolder {
    private static final int IN_FLIGHT = 500;

    private ConnectionHolder() {
    }

    private static final class Conn {
        final SocketChannel channel;
        final byte[] message;
        int sent;
        int echoed;

        Conn(SocketChannel channel, int index) {
            this.channel = channel;
            this.message = String.format("connection %06d says hello to the lab%n", index).getBytes(StandardCharsets.US_ASCII);
        }
    }

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int n = Integer.parseInt(args[2]);
        System.out.println("limit " + openFilesLimit());
        Selector selector = Selector.open();
        List<Conn> all = new ArrayList<>(n);
        int opened = 0;
        int connecting = 0;
        int verified = 0;
        long bytes = 0;
        String refused = null;
        ByteBuffer buf = ByteBuffer.allocate(256);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while ((verified + failed(all) < opened || opened < n) && System.nanoTime() < deadline) {
            while (refused == null && opened < n && connecting < IN_FLIGHT) {
                try {
                    SocketChannel ch = SocketChannel.open();
                    ch.configureBlocking(false);
                    Conn c = new Conn(ch, opened);
                    all.add(c);
                    opened++;
                    connecting++;
                    if (ch.connect(new InetSocketAddress(host, port))) {
                        ch.register(selector, SelectionKey.OP_WRITE, c);
                    } else {
                        ch.register(selector, SelectionKey.OP_CONNECT, c);
                    }
                } catch (IOException e) {
                    refused = "refused after " + opened + ": " + e;
                    System.out.println(refused);
                    n = opened;
                }
            }
            selector.select(100);
            for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                SelectionKey key = it.next();
                it.remove();
                Conn c = (Conn) key.attachment();
                try {
                    if (key.isConnectable()) {
                        c.channel.finishConnect();
                        key.interestOps(SelectionKey.OP_WRITE);
                    } else if (key.isWritable()) {
                        c.sent += c.channel.write(ByteBuffer.wrap(c.message, c.sent, c.message.length - c.sent));
                        if (c.sent == c.message.length) {
                            key.interestOps(SelectionKey.OP_READ);
                        }
                    } else if (key.isReadable()) {
                        buf.clear();
                        int got = c.channel.read(buf);
                        if (got < 0) {
                            throw new IOException("the server closed after " + c.echoed + " bytes");
                        }
                        for (int k = 0; k < got; k++) {
                            if (c.echoed >= c.message.length || buf.get(k) != c.message[c.echoed]) {
                                throw new IOException("echo byte " + c.echoed + " differs");
                            }
                            c.echoed++;
                        }
                        if (c.echoed == c.message.length) {
                            verified++;
                            connecting--;
                            bytes += c.echoed;
                            key.interestOps(0); // held, idle
                        }
                    }
                } catch (IOException e) {
                    System.out.println("failed " + all.indexOf(c) + ": " + e);
                    c.echoed = -1;
                    connecting--;
                    key.cancel();
                    c.channel.close();
                }
            }
        }
        System.out.println("held " + (opened - failed(all)) + " verified " + verified + " bytes " + bytes);
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        String line;
        while ((line = in.readLine()) != null && !line.equals("close")) {
            // wait to be told
        }
        for (Conn c : all) {
            c.channel.close();
        }
        System.out.println("closed");
    }

    private static int failed(List<Conn> all) {
        int f = 0;
        for (Conn c : all) {
            f += c.echoed < 0 ? 1 : 0;
        }
        return f;
    }

    /** "Max open files" of this process: soft and hard, from /proc (Linux). */
    static String openFilesLimit() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/limits"))) {
                if (l.startsWith("Max open files")) {
                    String[] f = l.trim().split("\\s+");
                    return f[3] + " " + f[4];
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "? ?";
    }
}
