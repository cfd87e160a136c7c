package netlab.engine.lab;

import static netlab.engine.testing.OnLoop.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The echo server's drain against a peer that is slow to read (a plain Java socket, not NetLab):
 * its write buffer goes over the high water mark (pause_writing), its drain waits, and once the
 * peer reads it resumes and every byte comes back in order.
 */
class SlowPeerTest {
    private final LabBench bench = new LabBench();

    @AfterEach
    void close() {
        bench.close();
    }

    private static byte at(long i) {
        return (byte) (i ^ (i >>> 8) ^ (i >>> 16));
    }

    @Test
    void aSlowReaderPausesTheEchoAndReadingResumesIt() throws Exception {
        int total = 16 * 1024 * 1024;
        ServerEndpoint server = bench.echoServer(65536);
        AtomicReference<Throwable> writeFailed = new AtomicReference<>();
        try (Socket peer = new Socket()) {
            peer.connect(new InetSocketAddress("127.0.0.1", server.port()), (int) T.toMillis());
            peer.setSoTimeout((int) T.toMillis());
            Thread writer = new Thread(() -> {
                try {
                    OutputStream out = peer.getOutputStream();
                    byte[] block = new byte[64 * 1024];
                    for (long base = 0; base < total; base += block.length) {
                        for (int i = 0; i < block.length; i++) {
                            block[i] = at(base + i);
                        }
                        out.write(block);
                    }
                    peer.shutdownOutput(); // write_eof: the server echoes the rest and closes
                } catch (Throwable e) {
                    writeFailed.set(e);
                }
            }, "slow-peer-writer");
            writer.setDaemon(true);
            writer.start();

            LabEvent paused = bench.log.await(e -> e.origin().endpoint().equals(server.id())
                    && e.kind() == EventKind.PAUSE_WRITING, T);
            String conn = paused.origin().connection();
            long echoedWhenPaused = bench.log.all().stream()
                    .filter(e -> conn.equals(e.origin().connection()) && e.kind() == EventKind.DATA_SENT && e.seq() < paused.seq())
                    .mapToLong(LabEvent::amount).sum();
            assertThat(echoedWhenPaused).as("the echo paused before it was done").isLessThan(total);
            assertThat(paused.amount()).isGreaterThan(64 * 1024);

            InputStream in = peer.getInputStream();
            byte[] buf = new byte[256 * 1024];
            long got = 0;
            int n;
            while ((n = in.read(buf)) >= 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] != at(got + i)) {
                        throw new AssertionError("echoed byte " + (got + i) + " differs");
                    }
                }
                got += n;
            }
            writer.join(T.toMillis());
            assertThat(writeFailed.get()).isNull();
            assertThat(got).isEqualTo(total);
        }
        List<LabEvent> flow = bench.events(server.id()).stream()
                .filter(e -> e.kind() == EventKind.PAUSE_WRITING || e.kind() == EventKind.RESUME_WRITING).toList();
        assertThat(flow.get(0).kind()).isEqualTo(EventKind.PAUSE_WRITING);
        assertThat(flow.get(flow.size() - 1).kind()).isEqualTo(EventKind.RESUME_WRITING);
        for (int i = 1; i < flow.size(); i++) {
            assertThat(flow.get(i).kind()).isNotEqualTo(flow.get(i - 1).kind());
        }
        // while paused, the handler's drain() waited: not one write between a pause and its resume (order, not time)
        List<LabEvent> connection = bench.events(server.id()).stream()
                .filter(e -> flow.get(0).origin().connection().equals(e.origin().connection())).toList();
        boolean pausedNow = false;
        for (LabEvent e : connection) {
            if (e.kind() == EventKind.PAUSE_WRITING || e.kind() == EventKind.RESUME_WRITING) {
                pausedNow = e.kind() == EventKind.PAUSE_WRITING;
            } else if (e.kind() == EventKind.DATA_SENT) {
                assertThat(pausedNow).as("a write (seq %d) while the writer was paused", e.seq()).isFalse();
            }
        }
        bench.log.await(e -> e.origin().endpoint().equals(server.id()) && e.kind() == EventKind.LOG
                && e.text().equals("closing"), T);
    }
}
