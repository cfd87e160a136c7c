package netlab.engine.transport;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.function.Supplier;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.FixedRecvByteBufAllocator;
import netlab.engine.errors.PyErrors;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.HostPort;

/**
 * {@code loop.create_datagram_endpoint}: one UDP socket and one protocol instance for all the
 * datagrams it sends and receives (a UDP "server" serves every peer with the same instance).
 */
public final class UdpSockets {
    /** The largest UDP payload there is (65,535 minus the 8-byte UDP header), rounded up. */
    static final int MAX_DATAGRAM_READ = 65_536;

    private UdpSockets() {
    }

    /** Done once the socket is bound (and connected, with a remote address) and connection_made has run. */
    public static <P extends DatagramProtocol> LoopFuture<DatagramEndpoint<P>> createDatagramEndpoint(
            EventLoop loop, Supplier<P> factory, DatagramOptions options, Role role) {
        return createDatagramEndpoint(loop, factory, options, role, options.endpoint() + "/1");
    }

    /**
     * As {@link #createDatagramEndpoint(EventLoop, Supplier, DatagramOptions, Role)}, its events
     * reported as connection {@code connection} of the endpoint (a relay has several sockets).
     */
    public static <P extends DatagramProtocol> LoopFuture<DatagramEndpoint<P>> createDatagramEndpoint(
            EventLoop loop, Supplier<P> factory, DatagramOptions options, Role role, String connection) {
        LoopFuture<DatagramEndpoint<P>> result = loop.createFuture();
        LoopFuture<List<InetSocketAddress>> local = options.local().map(a -> Resolver.resolve(loop, a)).orElse(null);
        LoopFuture<List<InetSocketAddress>> remote = options.remote().map(a -> Resolver.resolve(loop, a)).orElse(null);
        whenDone(loop, local, l -> whenDone(loop, remote, r -> {
            if (l != null && l.exception() != null) {
                result.setException(l.exception());
            } else if (r != null && r.exception() != null) {
                result.setException(r.exception());
            } else {
                open(loop, factory, options, role, connection, l == null ? null : l.result().get(0), r == null ? null : r.result().get(0), result);
            }
        }));
        return result;
    }

    private static <T> void whenDone(EventLoop loop, LoopFuture<T> f, java.util.function.Consumer<LoopFuture<T>> then) {
        if (f == null) {
            then.accept(null);
        } else {
            f.addDoneCallback(then::accept);
        }
    }

    private static <P extends DatagramProtocol> void open(EventLoop loop, Supplier<P> factory, DatagramOptions options, Role role,
                                                        String connection, InetSocketAddress local, InetSocketAddress remote,
                                                        LoopFuture<DatagramEndpoint<P>> result) {
        P protocol;
        try {
            protocol = factory.get();
        } catch (Throwable t) {
            result.setException(t);
            return;
        }
        DatagramHandler handler = new DatagramHandler(loop, protocol);
        InetSocketAddress wanted = local != null ? local : DatagramHandler.wildcardFor(remote);
        InetSocketAddress bindTo = options.multicast().join().isPresent() ? MulticastSockets.scoped(wanted, options.multicast()) : wanted;
        boolean toGroup = remote != null && remote.getAddress().isMulticastAddress();
        boolean unconnected = toGroup || options.broadcast();
        Bootstrap bootstrap = new Bootstrap()
                .group(loop.netty())
                // Netty reads datagrams into 2048-byte buffers by default and cuts longer ones
                // short without a word; one buffer must hold the largest datagram there is
                .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(MAX_DATAGRAM_READ))
                .handler(handler);
        options.reuse().applyTo(loop, bootstrap);
        if (options.broadcast()) {
            bootstrap.option(ChannelOption.SO_BROADCAST, true);
        }
        if (toGroup || options.multicast().join().isPresent()) {
            // a socket of the group's family: a dual-stack socket ignores IP_MULTICAST_IF for an IPv4 group
            MulticastSockets.openInFamilyOf(loop, bootstrap, toGroup ? remote.getAddress() : bindTo.getAddress());
            MulticastSockets.prepare(loop, bootstrap, options.multicast());
        } else {
            bootstrap.channel(loop.transport().datagramChannel());
        }
        ChannelFuture bound = bootstrap.bind(bindTo);
        bound.addListener((ChannelFuture b) -> {
            if (!b.isSuccess()) {
                result.setException(PyErrors.translate(b.cause(), HostPort.of(bindTo).pyRepr()));
                return;
            }
            if (options.multicast().join().isPresent()) {
                MulticastSockets.join(b.channel(), options.multicast()).addListener((ChannelFuture j) -> {
                    if (!j.isSuccess()) {
                        b.channel().close();
                        result.setException(PyErrors.translate(j.cause(), options.multicast().join().get().getHostAddress()));
                        return;
                    }
                    made(loop, b.channel(), options, role, connection, remote, false, handler, protocol, result);
                });
                return;
            }
            if (remote == null || unconnected) {
                // a socket that sends to a group or a broadcast address is not connected: the
                // replies come from the members, each from its own address
                made(loop, b.channel(), options, role, connection, remote, false, handler, protocol, result);
                return;
            }
            b.channel().connect(remote).addListener((ChannelFuture c) -> {
                if (!c.isSuccess()) {
                    b.channel().close();
                    result.setException(PyErrors.translate(c.cause(), HostPort.of(remote).pyRepr()));
                    return;
                }
                made(loop, b.channel(), options, role, connection, remote, true, handler, protocol, result);
            });
        });
    }

    private static <P extends DatagramProtocol> void made(EventLoop loop, Channel ch, DatagramOptions options, Role role,
                                                        String connection, InetSocketAddress remote, boolean connected, DatagramHandler handler, P protocol,
                                                        LoopFuture<DatagramEndpoint<P>> result) {
        HostPort local = HostPort.of((InetSocketAddress) ch.localAddress());
        Origin origin = new Origin(options.endpoint(), role, connection, options.label(), local.toString(),
                remote == null ? null : HostPort.of(remote).toString());
        UdpTransport transport = new UdpTransport(loop, ch, origin, local, remote, connected, handler);
        loop.io().watchChannel(ch, "datagram", origin);
        if (handler.start(origin, transport)) {
            result.setResult(new DatagramEndpoint<>(transport, protocol));
        } else {
            result.setException(new IllegalStateException("connection_made failed; see the error above"));
        }
    }

    /** What {@code create_datagram_endpoint} returns: {@code transport, protocol}. */
    public record DatagramEndpoint<P extends DatagramProtocol>(DatagramTransport transport, P protocol) {
    }
}
