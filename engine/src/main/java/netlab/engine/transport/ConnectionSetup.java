package netlab.engine.transport;

import java.util.function.Function;
import java.util.function.Supplier;

import io.netty.channel.Channel;
import io.netty.handler.ssl.SslHandler;

import netlab.engine.event.Role;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.Address;

/**
 * What a new connection needs to know about its endpoint: where to report, how to name its pane
 * from the peer's address, which protocol to run, its buffer limits and its group; and, for TLS,
 * how to make the channel's {@link SslHandler} (null for plain connections); and, for endpoints
 * that name their connections themselves (a relay's two legs), how (null: role, id and labeler); and
 * whose an accepted connection is ({@link Guests}: a class's students).
 */
record ConnectionSetup(EventLoop loop, String endpoint, Role role, Function<Address, String> labeler,
                       Supplier<? extends Protocol> protocolFactory, WaterMarks limits, ConnectionGroup group,
                       LoopFuture<Connected<Protocol>> connected, Function<Channel, SslHandler> tls,
                       ConnectionNamer namer, Guests guests) {
    ConnectionSetup(EventLoop loop, String endpoint, Role role, Function<Address, String> labeler,
                    Supplier<? extends Protocol> protocolFactory, WaterMarks limits, ConnectionGroup group,
                    LoopFuture<Connected<Protocol>> connected, Function<Channel, SslHandler> tls,
                    ConnectionNamer namer) {
        this(loop, endpoint, role, labeler, protocolFactory, limits, group, connected, tls, namer, Guests.NONE);
    }

    ConnectionSetup(EventLoop loop, String endpoint, Role role, Function<Address, String> labeler,
                    Supplier<? extends Protocol> protocolFactory, WaterMarks limits, ConnectionGroup group,
                    LoopFuture<Connected<Protocol>> connected, Function<Channel, SslHandler> tls) {
        this(loop, endpoint, role, labeler, protocolFactory, limits, group, connected, tls, null);
    }

    ConnectionSetup(EventLoop loop, String endpoint, Role role, Function<Address, String> labeler,
                    Supplier<? extends Protocol> protocolFactory, WaterMarks limits, ConnectionGroup group,
                    LoopFuture<Connected<Protocol>> connected) {
        this(loop, endpoint, role, labeler, protocolFactory, limits, group, connected, null);
    }

    /** The origin of a new connection numbered {@code id} between {@code local} and {@code peer}. */
    netlab.engine.event.Origin originOf(String id, Address local, Address peer) {
        if (namer != null) {
            return namer.name(id, local, peer);
        }
        return new netlab.engine.event.Origin(endpoint, role, id, labeler.apply(peer), local.toString(), peer.toString());
    }

    /** Sets up a new channel's pipeline: TLS first when asked for, then the protocol's handler. */
    void initChannel(Channel ch) {
        // Unix domain channels know half-closure only through their config, not as a channel option
        if (ch.config() instanceof io.netty.channel.socket.DuplexChannelConfig duplex) {
            duplex.setAllowHalfClosure(true);
        }
        if (tls != null) {
            ch.pipeline().addLast("tls", tls.apply(ch));
        }
        ch.pipeline().addLast("protocol", new ProtocolHandler(this));
    }
}
