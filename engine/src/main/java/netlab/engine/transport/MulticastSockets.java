package netlab.engine.transport;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.StandardSocketOptions;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioChannelOption;
import io.netty.channel.socket.nio.NioDatagramChannel;
import netlab.engine.loop.EventLoop;

/**
 * The family and multicast side of a UDP socket: opened in the family of its address (an IPv4
 * group on a dual-stack IPv6 socket would ignore IP_MULTICAST_IF), sending to a group out of the chosen
 * interface with the chosen TTL and loopback, and joining a group.
 */
final class MulticastSockets {
    private MulticastSockets() {
    }

    /** A channel of {@code address}'s family (IPv4 or IPv6), NIO or epoll as the loop uses. */
    static void openInFamilyOf(EventLoop loop, Bootstrap bootstrap, InetAddress address) {
        SocketProtocolFamily family = address instanceof Inet6Address ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET;
        if (loop.transport().name().equals("epoll")) {
            bootstrap.channelFactory(() -> new EpollDatagramChannel(family));
        } else {
            bootstrap.channelFactory(() -> new NioDatagramChannel(family));
        }
    }

    /** Sets up {@code bootstrap} for a socket that joins or sends to a group. */
    static void prepare(EventLoop loop, Bootstrap bootstrap, MulticastOptions options) {
        NetworkInterface nif = options.networkInterface();
        bootstrap.option(ChannelOption.IP_MULTICAST_IF, nif)
                .option(ChannelOption.IP_MULTICAST_TTL, options.ttl());
        if (loop.transport().name().equals("epoll")) {
            // Netty's option says the opposite of the socket's: "disabled" (epoll sets IP(V6)_MULTICAST_LOOP to its negation)
            bootstrap.option(ChannelOption.IP_MULTICAST_LOOP_DISABLED, !options.loop());
        } else {
            // NIO's config (Netty 4.2.18) passes IP_MULTICAST_LOOP_DISABLED to IP_MULTICAST_LOOP as it is, not negated:
            // "loop on" switched the socket's loopback off (unseen on lo, which loops everything back itself). The JDK's own option
            bootstrap.option(NioChannelOption.of(StandardSocketOptions.IP_MULTICAST_LOOP), options.loop());
        }
    }

    /**
     * Where a socket that joins a group binds: {@code bindTo}, with the interface's scope when it is
     * an interface-local or link-local IPv6 group (ff01::/16, ff02::/16), which Linux refuses to
     * bind without one (EINVAL).
     */
    static java.net.InetSocketAddress scoped(java.net.InetSocketAddress bindTo, MulticastOptions options) {
        if (bindTo.getAddress() instanceof Inet6Address a && a.getScopeId() == 0 && (a.isMCNodeLocal() || a.isMCLinkLocal())) {
            try {
                return new java.net.InetSocketAddress(Inet6Address.getByAddress(null, a.getAddress(), options.networkInterface()), bindTo.getPort());
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException(e); // 16 bytes are always an IPv6 address
            }
        }
        return bindTo;
    }

    /** Joins the group of {@code options} on its interface; done when the kernel has said yes or no. */
    static ChannelFuture join(Channel channel, MulticastOptions options) {
        return ((DatagramChannel) channel).joinGroup(options.join().orElseThrow(), options.networkInterface(), null);
    }
}
