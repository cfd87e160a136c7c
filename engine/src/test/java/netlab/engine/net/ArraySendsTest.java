package netlab.engine.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.MultiThreadIoEventLoopGroup;

/**
 * Writes sent from their arrays, over real sockets: what the kernel takes, that nothing overtakes
 * what Netty still holds, and a reset told as Netty tells a failed write.
 */
class ArraySendsTest {
    private final MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NettyTransport.epoll().ioHandlerFactory());

    @AfterEach
    void stop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void anIdleConnectionSendsFromTheArrayAtAnOffset() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Channel channel = connect(listening);
            try (Socket peer = listening.accept()) {
                byte[] array = "..hello, arrays..".getBytes();
                assertThat(onLoop(channel, () -> ArraySends.trySend(channel, array, 2, 13))).isEqualTo(13L);
                assertThat(readExactly(peer.getInputStream(), 13)).asString().isEqualTo("hello, arrays");
            } finally {
                channel.close().sync();
            }
        }
    }

    @Test
    void whileNettyHoldsBytesNothingIsSentAheadOfThem() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Channel channel = connect(listening);
            try (Socket peer = listening.accept()) {
                // the peer reads nothing yet: a write far beyond the socket buffers stays partly in Netty
                byte[] big = pattern(32 * 1024 * 1024, 7);
                onLoop(channel, () -> channel.writeAndFlush(Unpooled.wrappedBuffer(big)));
                Awaitility.await().atMost(Duration.ofSeconds(10))
                        .until(() -> onLoop(channel, () -> channel.unsafe().outboundBuffer().totalPendingWriteBytes()) > 0);
                byte[] after = pattern(1000, 3);
                assertThat(onLoop(channel, () -> ArraySends.trySend(channel, after, 0, after.length))).isZero();
                onLoop(channel, () -> channel.writeAndFlush(Unpooled.wrappedBuffer(after)));
                byte[] got = readExactly(peer.getInputStream(), big.length + after.length);
                assertThat(java.util.Arrays.copyOfRange(got, 0, big.length)).isEqualTo(big);
                assertThat(java.util.Arrays.copyOfRange(got, big.length, got.length)).isEqualTo(after);
            } finally {
                channel.close().sync();
            }
        }
    }

    @Test
    void aResetPeerFailsTheSendWithNettysWordsForIt() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Channel channel = connect(listening);
            Socket peer = listening.accept();
            byte[] array = "too late".getBytes();
            // Netty closes the channel as soon as its loop sees the reset, so the sends run in one
            // task on that loop, which holds it until a send meets the reset (bounded in time)
            java.util.concurrent.CountDownLatch sending = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Future<Long> failed = channel.eventLoop().submit(() -> {
                sending.countDown();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                long result;
                do {
                    result = ArraySends.trySend(channel, array, 0, array.length);
                } while (result >= 0 && System.nanoTime() < deadline);
                return result;
            });
            assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();
            peer.setSoLinger(true, 0);
            peer.close(); // an RST
            long result = failed.get(20, TimeUnit.SECONDS);
            assertThat(result).as("a send met the reset").isNegative();
            assertThat(ArraySends.error(result).getMessage()).containsIgnoringCase("reset");
            channel.close().sync();
        }
    }

    private Channel connect(ServerSocket listening) throws InterruptedException {
        return new Bootstrap().group(group).channel(NettyTransport.epoll().socketChannel())
                .handler(new ChannelInboundHandlerAdapter())
                .connect(new InetSocketAddress("127.0.0.1", listening.getLocalPort())).sync().channel();
    }

    private static <T> T onLoop(Channel channel, Callable<T> work) throws Exception {
        return channel.eventLoop().submit(work).get(10, TimeUnit.SECONDS);
    }

    private static byte[] pattern(int size, int seed) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * seed + i / 253);
        }
        return b;
    }

    private static byte[] readExactly(InputStream in, int size) throws Exception {
        ByteArrayOutputStream got = new ByteArrayOutputStream(size);
        byte[] chunk = new byte[64 * 1024];
        while (got.size() < size) {
            int n = in.read(chunk, 0, Math.min(chunk.length, size - got.size()));
            assertThat(n).as("the peer got everything before EOF").isPositive();
            got.write(chunk, 0, n);
        }
        return got.toByteArray();
    }
}
