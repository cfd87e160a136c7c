package netlab.engine.transport;

import java.net.InetSocketAddress;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.socket.DatagramPacket;
import netlab.engine.bytes.Bytes;
import netlab.engine.errors.Errno;
import netlab.engine.errors.OSError;
import netlab.engine.errors.ValueError;
import netlab.engine.event.EventKind;
import netlab.engine.event.Origin;
import netlab.engine.loop.EventLoop;
import netlab.engine.net.HostPort;

/** A {@link DatagramTransport} over a Netty datagram channel. */
final class UdpTransport implements DatagramTransport {
    private final EventLoop loop;
    private final Channel channel;
    private final Origin origin;
    private final HostPort local;
    private final InetSocketAddress remote;
    /** False for a socket that sends to a group: not connected, so it hears replies from anyone. */
    private final boolean connected;
    private final DatagramHandler handler;
    private long sent;
    private boolean closing;

    UdpTransport(EventLoop loop, Channel channel, Origin origin, HostPort local, InetSocketAddress remote, boolean connected,
                 DatagramHandler handler) {
        this.connected = connected;
        this.loop = loop;
        this.channel = channel;
        this.origin = origin;
        this.local = local;
        this.remote = remote;
        this.handler = handler;
    }

    @Override
    public void sendto(Bytes data, HostPort addr) {
        if (closing) {
            return; // asyncio ignores sends on a closing transport
        }
        InetSocketAddress target;
        if (addr == null) {
            if (remote == null) {
                throw new ValueError("sendto() needs an address: this endpoint has no remote_addr");
            }
            target = remote;
        } else {
            target = new InetSocketAddress(addr.host(), addr.port());
            if (connected && remote != null && !target.equals(remote)) {
                throw new ValueError("Invalid address: must be None or " + HostPort.of(remote).pyRepr());
            }
        }
        int max = target.getAddress() instanceof java.net.Inet6Address ? MAX_DATAGRAM_V6 : MAX_DATAGRAM_V4;
        if (data.size() > max) {
            handler.errorReceived(new OSError(Errno.EMSGSIZE, "Message too long: " + data.size()
                    + " bytes, one UDP datagram holds at most " + max));
            return;
        }
        HostPort to = HostPort.of(target);
        loop.events().publish(origin, EventKind.DATAGRAM_SENT, null, to.pyRepr(), data, sent++, data.size(), null);
        var buf = Unpooled.wrappedBuffer(data.unsafeBackingArray(), data.unsafeOffset(), data.size());
        Object msg = connected && remote != null ? buf : new DatagramPacket(buf, target);
        channel.writeAndFlush(msg).addListener((ChannelFutureListener) f -> {
            if (!f.isSuccess() && channel.isOpen()) {
                handler.errorReceived(f.cause());
            }
        });
    }

    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        loop.events().publish(origin, EventKind.CLOSE_CALLED, null, null, null, -1, 0, null);
        channel.close();
    }

    @Override
    public void abort() {
        close();
    }

    @Override
    public boolean isClosing() {
        return closing || !channel.isOpen();
    }

    @Override
    public HostPort sockname() {
        return local;
    }

    @Override
    public HostPort peername() {
        return remote == null || !connected ? null : HostPort.of(remote);
    }

    @Override
    public Object getExtraInfo(String name) {
        return switch (name) {
            case "sockname" -> local;
            case "peername" -> peername();
            case "socket" -> channel;
            default -> null;
        };
    }

    @Override
    public Origin origin() {
        return origin;
    }

    @Override
    public String toString() {
        return "<DatagramTransport " + origin.connection() + " " + local + (remote == null ? "" : " -> " + HostPort.of(remote)) + ">";
    }
}
