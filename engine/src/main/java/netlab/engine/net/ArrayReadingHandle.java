package netlab.engine.net;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicBoolean;

import io.netty.channel.ChannelPipeline;
import io.netty.channel.IoEvent;
import io.netty.channel.IoRegistration;
import io.netty.channel.epoll.EpollIoEvent;
import io.netty.channel.epoll.EpollIoHandle;
import io.netty.channel.epoll.EpollIoOps;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.unix.FileDescriptor;
import io.netty.handler.ssl.SslHandler;

/**
 * A TCP channel's epoll handle that reads the channel's data itself, into a new array that the
 * protocol keeps as its bytes: Netty's read would land in a pooled buffer that must then be copied
 * (docs/performance.md, "is it the array or the copy?"). Only a plain EPOLLIN of an active,
 * auto-reading channel is read here, once, so the read never meets an EOF or an error: those,
 * writability, paused reading and anything past one read's cap are Netty's, as before.
 *
 * <p>A channel whose reads are large asks the kernel how much is queued and reads it into an
 * array of exactly that size, which no copy follows. Asking is a system call of its own, which
 * costs more than copying a small read does: a channel whose reads are small reads into the
 * loop's scratch array ({@value #SCRATCH} bytes) and copies what came into an array of its size,
 * without Netty's buffer, its reference counts and its pipeline around it (docs/performance.md,
 * eleventh session).
 *
 * <p>After a large read (16 KiB or more) it tells the loop's thread ({@link ChannelIoListener}),
 * which runs one iteration there and then: the task the read woke answers while the bytes are
 * still in the core's cache, before the next ready connection of the same wait is read. Small
 * reads keep the batch (every ready connection read, then the tasks), which measured 12% cheaper
 * for them (docs/performance.md, eleventh session).
 */
final class ArrayReadingHandle implements EpollIoHandle {
    /** As asyncio's selector transport: at most this much per read. */
    static final int MAX_READ = 256 * 1024;
    /** {@code -Dnetlab.arrayReads=false} leaves every read to Netty (for comparisons). */
    private static final boolean ENABLED = !"false".equals(System.getProperty("netlab.arrayReads"));
    /** {@code -Dnetlab.iterationPerChannel=false}: no iteration right after a large read (for comparisons). */
    private static final boolean LISTENING = !"false".equals(System.getProperty("netlab.iterationPerChannel"));
    private static final Field OUTER = outerChannelField();
    private static final int PLAIN_IN = EpollIoOps.EPOLLIN.value();
    private static final AtomicBoolean FIRST_BUFFER_TAKEN = new AtomicBoolean();
    /** Reads below this size go through the scratch array rather than being sized by an ioctl. */
    static final int ARRAY_READ_FROM = 16 * 1024;
    /** The loop's scratch array for small reads; one that fills it leaves the rest to Netty. */
    static final int SCRATCH = 64 * 1024;

    private final EpollIoHandle netty;
    private final EpollSocketChannel channel;
    /** The loop's, shared by every channel on it: only its thread reads into it. */
    private final byte[] scratch;
    /** The loop thread that hears of each handled event, or null. */
    private final ChannelIoListener listener;
    /** Whether the event being handled was a large read, done here. */
    private boolean largeRead;
    private final int[] queued = new int[1];
    private Boolean tls;
    /** The channel's recent read size: the last one, or half the one before if that was larger. */
    private int recentSize;

    private ArrayReadingHandle(EpollIoHandle netty, EpollSocketChannel channel, byte[] scratch, ChannelIoListener listener) {
        this.netty = netty;
        this.channel = channel;
        this.scratch = scratch;
        this.listener = listener;
    }

    /**
     * {@code handle} itself unless it is a TCP channel's and this JDK can read into arrays;
     * {@code scratch} is the loop's, {@value #SCRATCH} bytes.
     */
    static EpollIoHandle wrap(EpollIoHandle handle, byte[] scratch) {
        if (OUTER == null) {
            return handle;
        }
        try {
            if (!(OUTER.get(handle) instanceof EpollSocketChannel channel)) {
                return handle;
            }
            // sends skip Netty's buffers too (ArraySends), so this holds with array reads off
            takeFirstBuffer(channel);
            // registered on the loop's own thread: a loop that listens is this thread
            ChannelIoListener listener = LISTENING && Thread.currentThread() instanceof ChannelIoListener l ? l : null;
            return ENABLED && SocketCalls.available() ? new ArrayReadingHandle(handle, channel, scratch, listener) : handle;
        } catch (IllegalAccessException | IllegalArgumentException e) {
            return handle;
        }
    }

    @Override
    public FileDescriptor fd() {
        return netty.fd();
    }

    @Override
    public void handle(IoRegistration registration, IoEvent event) {
        largeRead = false;
        if (!readHere((EpollIoEvent) event)) {
            netty.handle(registration, event);
        }
        if (largeRead && listener != null) {
            listener.channelIoHandled();
        }
    }

    /** True when the event was a plain read, done here; false leaves the event to Netty. */
    private boolean readHere(EpollIoEvent event) {
        if (event.ops().value() != PLAIN_IN || !channel.isActive() || !channel.config().isAutoRead()
                || channel.isInputShutdown() || tls()) {
            return false;
        }
        int fd = netty.fd().intValue();
        if (recentSize < ARRAY_READ_FROM) {
            return readSmall(fd);
        }
        int waiting = SocketCalls.queued(fd, queued);
        if (waiting <= 0) {
            return false;
        }
        // halving, not forgetting: a 64 KiB message often comes as a full read and a few bytes
        recentSize = Math.max(waiting, recentSize >> 1);
        byte[] into = FreshArrays.forRead(Math.min(waiting, MAX_READ));
        long n = SocketCalls.recv(fd, into);
        if (n <= 0) {
            return false;
        }
        boolean all = n == into.length && waiting <= MAX_READ;
        if (n < into.length) {
            into = java.util.Arrays.copyOf(into, (int) n);
        }
        deliver(into);
        // what is left (past the cap, or what came after the ioctl) Netty reads at once, in this
        // same event, rather than at the next wait
        return all || paused();
    }

    /**
     * Whether the read just delivered paused reading (a reader over its limit): what is left then
     * stays in the kernel, as asyncio leaves it, until reading resumes and epoll reports it again.
     */
    private boolean paused() {
        return !channel.config().isAutoRead();
    }

    /** A read into the scratch array, copied out; true unless it filled the scratch (Netty reads the rest). */
    private boolean readSmall(int fd) {
        long n = SocketCalls.recv(fd, scratch);
        if (n <= 0) {
            return false;
        }
        recentSize = Math.max((int) n, recentSize >> 1);
        deliver(java.util.Arrays.copyOf(scratch, (int) n));
        return n < scratch.length || paused();
    }

    /** Hands one read to the pipeline; after a large one {@link #handle} runs an iteration. */
    private void deliver(byte[] read) {
        largeRead = read.length >= ARRAY_READ_FROM;
        ChannelPipeline pipeline = channel.pipeline();
        pipeline.fireChannelRead(new ArrayRead(read));
        pipeline.fireChannelReadComplete();
    }

    /**
     * Netty's allocator loads its classes on its first buffer, JFR's event classes among them (about
     * two hundred): in a fresh process on a busy machine that took 240 ms. Reads and sends that
     * skip Netty's buffers would meet that first buffer in the middle of a conversation, and a
     * relay's pieces sent meanwhile would reach the reader as one; so the process's first TCP
     * channel takes it while it is being set up, where the first write used to.
     */
    private static void takeFirstBuffer(EpollSocketChannel channel) {
        if (FIRST_BUFFER_TAKEN.compareAndSet(false, true)) {
            channel.alloc().ioBuffer(1).release();
        }
    }

    /** A TLS channel's handler is added before the channel is active, so the first read can tell. */
    private boolean tls() {
        if (tls == null) {
            tls = channel.pipeline().get(SslHandler.class) != null;
        }
        return tls;
    }

    @Override
    public void close() throws Exception {
        netty.close();
    }

    /** The channel a Netty handle (its {@code Unsafe}, an inner class of the channel) belongs to. */
    private static Field outerChannelField() {
        try {
            Field f = Class.forName("io.netty.channel.AbstractChannel$AbstractUnsafe").getDeclaredField("this$0");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
