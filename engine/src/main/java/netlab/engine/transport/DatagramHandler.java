package netlab.engine.transport;

import java.net.InetSocketAddress;
import java.net.PortUnreachableException;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DatagramPacket;
import netlab.engine.bytes.Bytes;
import netlab.engine.errors.ConnectionRefusedError;
import netlab.engine.errors.PyErrors;
import netlab.engine.event.ErrorInfo;
import netlab.engine.event.EventKind;
import netlab.engine.event.Origin;
import netlab.engine.loop.EventLoop;
import netlab.engine.net.HostPort;

/**
 * A datagram channel's life as asyncio's datagram protocol callbacks, each reported as an event.
 * Netty keeps a datagram channel open when a read fails with "port unreachable" (the ICMP error
 * Linux reports on a connected UDP socket), which is where error_received comes from.
 */
final class DatagramHandler extends ChannelInboundHandlerAdapter {
    private final EventLoop loop;
    private final DatagramProtocol protocol;
    private Origin origin;
    private UdpTransport transport;
    private long received;
    private boolean made;
    private boolean lost;

    DatagramHandler(EventLoop loop, DatagramProtocol protocol) {
        this.loop = loop;
        this.protocol = protocol;
    }

    /** Called once the channel is bound (and connected): connection_made. */
    boolean start(Origin origin, UdpTransport transport) {
        this.origin = origin;
        this.transport = transport;
        made = true;
        loop.events().publish(origin, EventKind.CONNECTION_MADE, null, netlab.engine.event.EventTexts.datagramMade(transport.sockname().pyRepr(),
                transport.peername() == null ? null : transport.peername().pyRepr()), null, -1, 0, null);
        return call(() -> protocol.connectionMade(transport));
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        DatagramPacket packet = (DatagramPacket) msg;
        Bytes data;
        HostPort sender;
        try {
            ByteBuf buf = packet.content();
            byte[] copy = new byte[buf.readableBytes()];
            buf.readBytes(copy);
            data = Bytes.wrap(copy);
            sender = HostPort.of(packet.sender());
        } finally {
            packet.release();
        }
        if (!made || lost) {
            return;
        }
        loop.events().publish(origin, EventKind.DATAGRAM_RECEIVED, null, sender.pyRepr(), data, received++, data.size(), null);
        call(() -> protocol.datagramReceived(data, sender));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // a closed asyncio transport reports nothing more; Netty's epoll transport may still fail a read then
        if (!made || lost || transport.isClosing()) {
            return;
        }
        errorReceived(cause instanceof PortUnreachableException
                ? new ConnectionRefusedError("Connection refused", cause)
                : PyErrors.translate(cause, null));
    }

    void errorReceived(Throwable error) {
        ErrorInfo info = ErrorInfo.of(error);
        loop.events().publish(origin, EventKind.ERROR_RECEIVED, null, null, null, -1, 0, info);
        call(() -> protocol.errorReceived(error));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (!made || lost) {
            return;
        }
        lost = true;
        loop.events().publish(origin, EventKind.CONNECTION_LOST, null, "connection_lost(None)", null, received, 0, null);
        call(() -> protocol.connectionLost(null));
    }

    private boolean call(Runnable callback) {
        boolean[] ok = {true};
        loop.withOrigin(origin, () -> {
            try {
                callback.run();
            } catch (Throwable t) {
                ok[0] = false;
                ErrorInfo info = ErrorInfo.of(t);
                loop.events().publish(origin, EventKind.ERROR, null, netlab.engine.event.LabSentences.DATAGRAM_FATAL.say(info),
                        null, -1, 0, info);
                transport.close();
            }
        });
        return ok[0];
    }

    static InetSocketAddress wildcardFor(InetSocketAddress remote) {
        return remote.getAddress() instanceof java.net.Inet6Address
                ? new InetSocketAddress("::", 0) : new InetSocketAddress("0.0.0.0", 0);
    }
}
