package netlab.engine.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.socket.ChannelInputShutdownEvent;

/**
 * The epoll transport's reads into new arrays, over real sockets: what a plain read delivers, and
 * that EOF, a reset and paused reading still come the way Netty reports them.
 */
class ArrayReadingHandleTest {
    private final MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NettyTransport.epoll().ioHandlerFactory());
    private final BlockingQueue<Object> seen = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void thisJdkReadsIntoArrays() {
        // the suite runs on JDK 22 or later, with native access: without it every read would be Netty's
        assertThat(SocketCalls.available()).isTrue();
    }

    @Test
    void aReadArrivesInAnArrayOfItsExactSizeThenEofAsNettyReportsIt() throws Exception {
        int port = serve(true);
        try (Socket client = new Socket("127.0.0.1", port)) {
            client.getOutputStream().write("hello, arrays".getBytes());
            Read first = (Read) next();
            assertThat(first.ownArray()).as("read into an array of its own").isTrue();
            assertThat(first.bytes()).asString().isEqualTo("hello, arrays");
            assertThat(next()).isEqualTo("readComplete");
            client.shutdownOutput();
            Object o;
            do {
                o = next(); // Netty's read of the EOF ends with a read-complete of its own
            } while ("readComplete".equals(o));
            assertThat(o).isEqualTo(ChannelInputShutdownEvent.INSTANCE);
        }
    }

    @Test
    void moreThanOneReadsCapComesWholeAndInOrder() throws Exception {
        int port = serve(true);
        byte[] sent = new byte[3 * ArrayReadingHandle.MAX_READ + 17];
        for (int i = 0; i < sent.length; i++) {
            sent[i] = (byte) (i * 31 + i / 251);
        }
        try (Socket client = new Socket("127.0.0.1", port)) {
            OutputStream out = client.getOutputStream();
            out.write(sent);
            client.shutdownOutput();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            for (Object o = next(); o != ChannelInputShutdownEvent.INSTANCE; o = next()) {
                if (o instanceof Read r) {
                    if (r.ownArray()) {
                        assertThat(r.bytes().length).isLessThanOrEqualTo(ArrayReadingHandle.MAX_READ);
                    }
                    got.write(r.bytes());
                }
            }
            assertThat(got.toByteArray()).isEqualTo(sent);
        }
    }

    @Test
    void aResetIsReportedAsNettyReportsIt() throws Exception {
        int port = serve(true);
        try (Socket client = new Socket("127.0.0.1", port)) {
            client.getOutputStream().write(new byte[] {1, 2, 3});
            assertThat(((Read) next()).ownArray()).isTrue();
            assertThat(next()).isEqualTo("readComplete");
            client.setSoLinger(true, 0); // close() now sends RST
        }
        Object o;
        do {
            o = next();
        } while (!(o instanceof IOException) && !"inactive".equals(o));
        assertThat(o).isInstanceOf(IOException.class);
        assertThat(((IOException) o).getMessage()).containsIgnoringCase("reset");
    }

    @Test
    void whileReadingIsPausedNothingIsReadUntilItResumes() throws Exception {
        int port = serve(false);
        Channel server;
        try (Socket client = new Socket("127.0.0.1", port)) {
            server = (Channel) next();
            client.getOutputStream().write("waits".getBytes());
            // the bytes reach the server's receive queue and stay there: nobody reads while paused
            int fd = ((io.netty.channel.epoll.EpollSocketChannel) server).fd().intValue();
            int[] out = new int[1];
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> SocketCalls.queued(fd, out) == 5);
            assertThat(seen).isEmpty();
            server.eventLoop().submit(() -> server.config().setAutoRead(true)).sync();
            Read read = (Read) next();
            assertThat(read.bytes()).asString().isEqualTo("waits");
        }
    }

    @Test
    void smallReadsArriveInArraysOfTheirExactSizeToo() throws Exception {
        int port = serve(true);
        try (Socket client = new Socket("127.0.0.1", port)) {
            for (int i = 0; i < 20; i++) {
                java.util.List<Read> reads = exchange(client, 100 + i);
                assertThat(reads).allMatch(Read::ownArray);
            }
        }
    }

    @Test
    void aReadThatFillsTheScratchArrayLeavesTheRestToComeWholeAndInOrder() throws Exception {
        int port = serve(true);
        try (Socket client = new Socket("127.0.0.1", port)) {
            exchange(client, 100); // the channel's reads are small: the next goes through the scratch array
            java.util.List<Read> reads = exchange(client, 2 * ArrayReadingHandle.SCRATCH + 5);
            assertThat(reads.get(0).bytes().length).isLessThanOrEqualTo(ArrayReadingHandle.SCRATCH);
        }
    }

    @Test
    void largeReadsStayInArraysOfTheirOwn() throws Exception {
        int port = serve(true);
        try (Socket client = new Socket("127.0.0.1", port)) {
            for (int i = 0; i < 8; i++) {
                // a message may come as a full read and a tail; the tail is read here too
                assertThat(exchange(client, 3 * ArrayReadingHandle.ARRAY_READ_FROM)).allMatch(Read::ownArray);
            }
        }
    }

    /** Sends {@code size} bytes and returns the reads that brought them, once they all came. */
    private java.util.List<Read> exchange(Socket client, int size) throws Exception {
        byte[] sent = new byte[size];
        java.util.Arrays.fill(sent, (byte) size);
        client.getOutputStream().write(sent);
        java.util.List<Read> reads = new java.util.ArrayList<>();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        while (got.size() < size) {
            if (next() instanceof Read r) {
                reads.add(r);
                got.write(r.bytes());
            }
        }
        assertThat(got.toByteArray()).isEqualTo(sent);
        return reads;
    }

    /** A server that reports what its one connection's pipeline sees; {@code autoRead} false starts paused. */
    private int serve(boolean autoRead) throws InterruptedException {
        ServerBootstrap b = new ServerBootstrap().group(group).channel(NettyTransport.epoll().serverChannel())
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childOption(ChannelOption.AUTO_READ, autoRead)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                            @Override
                            public void channelActive(ChannelHandlerContext ctx) {
                                if (!autoRead) {
                                    seen.add(ctx.channel());
                                }
                            }

                            @Override
                            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                ByteBuf buf = (ByteBuf) msg;
                                if (buf instanceof ArrayRead read) {
                                    seen.add(new Read(read.bytes(), true));
                                } else {
                                    byte[] copy = new byte[buf.readableBytes()];
                                    buf.readBytes(copy);
                                    seen.add(new Read(copy, false));
                                }
                                buf.release();
                            }

                            @Override
                            public void channelReadComplete(ChannelHandlerContext ctx) {
                                seen.add("readComplete");
                            }

                            @Override
                            public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
                                seen.add(evt);
                            }

                            @Override
                            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                                seen.add(cause);
                            }

                            @Override
                            public void channelInactive(ChannelHandlerContext ctx) {
                                seen.add("inactive");
                            }
                        });
                    }
                });
        Channel listening = b.bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
        return ((InetSocketAddress) listening.localAddress()).getPort();
    }

    private Object next() throws InterruptedException {
        Object o = seen.poll(10, TimeUnit.SECONDS);
        assertThat(o).as("an event within 10 s").isNotNull();
        return o;
    }

    /** One channelRead: its bytes, and whether they came in a read's own array. */
    private record Read(byte[] bytes, boolean ownArray) {
    }
}
