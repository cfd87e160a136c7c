package netlab.engine.loop;

import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;

import io.netty.channel.IoEventLoop;
import io.netty.channel.IoRegistration;
import io.netty.channel.nio.NioIoOps;
import io.netty.channel.nio.NioSelectableChannelIoHandle;
import netlab.engine.event.Origin;

/**
 * {@code loop.add_reader(sock, callback)} / {@code remove_reader}: the callback runs on the loop
 * whenever the socket has something to read, and reads it itself (seed 001 #3). The socket is
 * watched by the same selector as the lab's Netty channels, so this needs the NIO transport.
 */
public final class FdReaders {
    private FdReaders() {
    }

    /** A watched socket; {@link #remove()} is {@code remove_reader}. */
    public interface Reader {
        void remove();
    }

    /** Loop thread only. {@code origin} is where the callback's log lines go. */
    public static LoopFuture<Reader> addReader(EventLoop loop, SelectableChannel channel, Origin origin, Runnable callback) {
        loop.checkThread("add_reader");
        LoopFuture<Reader> result = loop.createFuture();
        if (!(loop.netty() instanceof IoEventLoop io) || !loop.transport().adoptsJavaSockets()) {
            result.setException(new IllegalStateException("add_reader needs the NIO transport, not " + loop.transport().name()));
            return result;
        }
        try {
            channel.configureBlocking(false);
        } catch (java.io.IOException e) {
            result.setException(e);
            return result;
        }
        IoRegistration[] registration = new IoRegistration[1];
        NioSelectableChannelIoHandle<SelectableChannel> handle = new NioSelectableChannelIoHandle<>(channel) {
            @Override
            protected void handle(SelectableChannel ch, SelectionKey key) {
                if (registration[0] != null && registration[0].isValid()) {
                    loop.withOrigin(origin, callback);
                }
            }
        };
        io.register(handle).addListener(f -> {
            if (!f.isSuccess()) {
                result.setException(f.cause());
                return;
            }
            IoRegistration reg = (IoRegistration) f.getNow();
            registration[0] = reg;
            reg.submit(NioIoOps.READ);
            result.setResult(reg::cancel);
        });
        return result;
    }
}
