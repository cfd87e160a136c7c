package netlab.engine.transport;

import java.io.IOException;
import java.net.StandardSocketOptions;

/**
 * SO_REUSEADDR and SO_REUSEPORT on a UDP server's socket (asyncio's {@code reuse_address},
 * {@code reuse_port}): with both on, several sockets may bind one port, and each member of a
 * multicast group on it hears every datagram sent to the group.
 *
 * @param address SO_REUSEADDR
 * @param port    SO_REUSEPORT, where the system has it ({@link #portSupported()})
 */
public record ReuseOptions(boolean address, boolean port) {
    /** Neither: a second socket on the same port is EADDRINUSE. */
    public static final ReuseOptions NONE = new ReuseOptions(false, false);

    public ReuseOptions {
        if (port && !portSupported()) {
            throw new IllegalArgumentException("SO_REUSEPORT is not supported on this system");
        }
    }

    /** Whether this system's datagram sockets have SO_REUSEPORT (Linux, the BSDs, macOS do; Windows does not). */
    public static boolean portSupported() {
        try (java.nio.channels.DatagramChannel probe = java.nio.channels.DatagramChannel.open()) {
            return probe.supportedOptions().contains(StandardSocketOptions.SO_REUSEPORT);
        } catch (IOException e) {
            return false;
        }
    }

    /** Sets the options said on {@code bootstrap}: SO_REUSEPORT is NIO's standard option (JDK 9+), epoll's own. */
    void applyTo(netlab.engine.loop.EventLoop loop, io.netty.bootstrap.Bootstrap bootstrap) {
        if (address) {
            bootstrap.option(io.netty.channel.ChannelOption.SO_REUSEADDR, true);
        }
        if (port && loop.transport().name().equals("epoll")) {
            bootstrap.option(io.netty.channel.epoll.EpollChannelOption.SO_REUSEPORT, true);
        } else if (port) {
            bootstrap.option(io.netty.channel.socket.nio.NioChannelOption.of(StandardSocketOptions.SO_REUSEPORT), true);
        }
    }
}
