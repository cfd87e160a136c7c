package netlab.engine.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;

import io.netty.channel.DefaultSelectStrategyFactory;
import io.netty.channel.IoHandle;
import io.netty.channel.IoHandler;
import io.netty.channel.IoHandlerContext;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.IoOps;
import io.netty.channel.IoRegistration;
import io.netty.channel.epoll.EpollIoHandle;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollIoOps;
import io.netty.channel.epoll.Native;
import io.netty.channel.unix.FileDescriptor;

/**
 * Netty 4.2.18's epoll handler with its registrations mended. When a channel's interest set
 * becomes empty (reading paused with nothing to write, or the peer's EOF seen) the handler takes
 * the fd out of epoll but goes on treating it as added, so the next interest change is an
 * {@code EPOLL_CTL_MOD} on an fd epoll no longer has: ENOENT, and the connection is lost with its
 * unsent bytes. Here a registration remembers that its fd left epoll and puts it back with
 * {@code EPOLL_CTL_ADD}, as a fixed handler would.
 */
final class ReaddingEpollIoHandler implements IoHandler {
    private static final Field EPOLL_FD = epollFdField();
    /** Ready channels taken per wait, unless {@code -Dnetlab.epollMaxEvents} says otherwise. */
    static final int MAX_EVENTS = 8;

    private final EpollIoHandler delegate;
    /** Small reads land here first, on this loop's thread only (ArrayReadingHandle). */
    private final byte[] scratch = new byte[ArrayReadingHandle.SCRATCH];

    private ReaddingEpollIoHandler(EpollIoHandler delegate) {
        this.delegate = delegate;
    }

    /** The factory for the loop; {@link #usable()} says whether it can mend registrations on this JVM. */
    static IoHandlerFactory newFactory() {
        // At most MAX_EVENTS ready channels per wait, so that the callbacks a batch of reads woke
        // run while what was read is still in the core's cache: 8 reads of 64 KiB fit a 1 MiB
        // L2, Netty's default of all of them does not. Stream echo, 64 KiB x 50: 10% less CPU per
        // request (docs/performance.md, "two servers at a time"). -Dnetlab.epollMaxEvents=0 takes
        // Netty's default (every ready channel, the array growing from 4,096).
        int maxEvents = Integer.getInteger("netlab.epollMaxEvents", MAX_EVENTS);
        IoHandlerFactory epoll = maxEvents > 0
                ? EpollIoHandler.newFactory(maxEvents, DefaultSelectStrategyFactory.INSTANCE)
                : EpollIoHandler.newFactory();
        return executor -> new ReaddingEpollIoHandler((EpollIoHandler) epoll.newHandler(executor));
    }

    /** False when Netty's epoll handler no longer has the field this relies on (another Netty version). */
    static boolean usable() {
        return EPOLL_FD != null;
    }

    @Override
    public void initialize() {
        delegate.initialize();
    }

    @Override
    public int run(IoHandlerContext context) {
        return delegate.run(context);
    }

    @Override
    public void prepareToDestroy() {
        delegate.prepareToDestroy();
    }

    @Override
    public void destroy() {
        delegate.destroy();
    }

    @Override
    public IoRegistration register(IoHandle handle) throws Exception {
        EpollIoHandle epoll = (EpollIoHandle) handle;
        return new Registration(delegate.register(ArrayReadingHandle.wrap(epoll, scratch)), epoll);
    }

    @Override
    public void wakeup() {
        delegate.wakeup();
    }

    @Override
    public boolean isCompatible(Class<? extends IoHandle> handleType) {
        return delegate.isCompatible(handleType);
    }

    private int epollFd() {
        try {
            return ((FileDescriptor) EPOLL_FD.get(delegate)).intValue();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field epollFdField() {
        try {
            Field f = EpollIoHandler.class.getDeclaredField("epollFd");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private final class Registration implements IoRegistration {
        private final IoRegistration registration;
        private final EpollIoHandle handle;
        private boolean added;
        private boolean outOfEpoll;

        Registration(IoRegistration registration, EpollIoHandle handle) {
            this.registration = registration;
            this.handle = handle;
        }

        @Override
        public <T> T attachment() {
            return registration.attachment();
        }

        @Override
        public long submit(IoOps ops) {
            int value = ((EpollIoOps) ops).value();
            if (value == EpollIoOps.NONE.value()) {
                long result = registration.submit(ops);
                // once added, an empty set makes Netty delete the fd from epoll
                outOfEpoll = added && registration.isValid();
                return result;
            }
            if (outOfEpoll && registration.isValid()) {
                try {
                    Native.epollCtlAdd(epollFd(), handle.fd().intValue(), value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                outOfEpoll = false;
                return value;
            }
            long result = registration.submit(ops);
            added = true;
            return result;
        }

        @Override
        public boolean isValid() {
            return registration.isValid();
        }

        @Override
        public boolean cancel() {
            // Netty deletes the fd from epoll here and only logs (at debug) an fd that is out of it already
            return registration.cancel();
        }
    }
}
