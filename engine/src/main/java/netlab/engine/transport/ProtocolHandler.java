package netlab.engine.transport;

import java.util.ArrayDeque;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.ssl.SslCloseCompletionEvent;
import io.netty.handler.ssl.SslHandler;
import netlab.engine.bytes.Bytes;
import netlab.engine.errors.PyErrors;
import netlab.engine.errors.SSLEOFError;
import netlab.engine.event.ErrorInfo;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.Origin;
import netlab.engine.loop.EventLoop;
import netlab.engine.net.Address;
import netlab.engine.net.ArrayRead;
import netlab.engine.tls.Tls;
import netlab.engine.tls.TlsErrors;

/**
 * Turns one Netty channel's life into asyncio's protocol callbacks and reports each as an event:
 * connection_made, data_received (one per socket read, with its offset), eof_received,
 * pause/resume_writing, connection_lost. One instance per connection, and one protocol instance
 * from the factory per connection. Over TLS, connection_made waits for the handshake, as asyncio's
 * SSL transport does; a failed handshake never reaches the protocol.
 */
final class ProtocolHandler extends ChannelInboundHandlerAdapter {
    private final ConnectionSetup setup;
    private final EventLoop loop;
    private final EventStream events;
    private SocketTransport transport;
    private Protocol protocol;
    private Origin origin;
    /** The guest (a student) this accepted connection belongs to, or null. */
    private GuestDoor guest;
    private Throwable lostCause;
    private long receivedOffset;
    private boolean lost;
    private boolean pauseReported;
    /** The peer's end of stream was seen (a FIN, or a close_notify and then a FIN: one eof_received). */
    private boolean endSeen;
    /** Data (as Bytes) and EOF (as {@link #EOF}) that arrived while reading was paused, oldest first. */
    private final ArrayDeque<Object> held = new ArrayDeque<>();
    private boolean releasing;
    /** The loop iteration in which data last arrived. */
    private long dataIteration = -1;
    private static final Object EOF = new Object();
    private final Runnable deliverData = this::deliverData;
    /** The bytes deliverData hands to the protocol (taken at once: a nested delivery may set it again). */
    private Bytes delivering;

    ProtocolHandler(ConnectionSetup setup) {
        this.setup = setup;
        this.loop = setup.loop();
        this.events = loop.events();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        Address local = Address.of(ctx.channel().localAddress());
        Address peer = Address.of(ctx.channel().remoteAddress());
        if (setup.role() == netlab.engine.event.Role.SERVER && setup.group().full()) {
            refuse(ctx, peer);
            return;
        }
        String id = setup.group().nextId();
        origin = setup.originOf(id, local, peer);
        guest = GuestDoor.of(setup, peer);
        if (guest != null) {
            origin = guest.name(origin);
        }
        transport = new SocketTransport(loop, ctx.channel(), origin, local, peer, setup.limits());
        transport.afterWrite(this::settleWritability);
        transport.afterResume(this::releaseHeld);
        transport.onFatal(cause -> exceptionCaught(ctx, cause));
        setup.group().add(transport);
        loop.io().watchChannel(ctx.channel(), "connection", origin);
        String refused = guest == null ? null : guest.enter(loop, reason -> shut(ctx, EventKind.LOG, reason));
        if (refused != null) {
            shut(ctx, EventKind.LIMIT_REACHED, refused);
            return;
        }
        SslHandler ssl = ctx.pipeline().get(SslHandler.class);
        if (ssl == null) {
            made(local, peer);
            return;
        }
        ssl.handshakeFuture().addListener(f -> {
            if (lost && f.isSuccess()) {
                return;
            }
            if (f.isSuccess()) {
                events.publish(origin, EventKind.TLS_HANDSHAKE, null, Tls.describe(ssl.engine().getSession()),
                        null, -1, 0, null);
                made(local, peer);
            } else {
                handshakeFailed(ctx, f.cause());
            }
        });
    }

    /**
     * A server at its connection cap: the new connection is reset at once (the client sees
     * ConnectionResetError), and the server's own pane says so with the count. It never reaches
     * the protocol, and nothing else is reported for it.
     */
    private void refuse(ChannelHandlerContext ctx, Address peer) {
        ConnectionGroup group = setup.group();
        long n = group.refuse();
        Origin server = Origin.endpoint(setup.endpoint(), setup.role(), setup.endpoint());
        events.publish(server, EventKind.LIMIT_REACHED, "netlab",
                netlab.engine.event.LabSentences.CONNECTION_LIMIT.say(group.limit(), peer.pyRepr(), n), null, n, group.limit(), null);
        try {
            ctx.channel().config().setOption(io.netty.channel.ChannelOption.SO_LINGER, 0);
        } catch (RuntimeException unsupported) {
            // a Unix domain socket has no linger: it is closed plainly
        }
        ctx.close();
    }

    /**
     * Closes a guest's connection at once (reset, as a refused one) for {@code reason}, said in its
     * pane first: a cap of the guest's ({@code LIMIT_REACHED}), or the teacher's drop ({@code LOG}).
     */
    private void shut(ChannelHandlerContext ctx, EventKind kind, String reason) {
        if (lost || !ctx.channel().isOpen()) {
            return;
        }
        events.publish(origin, kind, "netlab", reason, null, kind == EventKind.LIMIT_REACHED ? 1 : -1, 0, null);
        try {
            ctx.channel().config().setOption(io.netty.channel.ChannelOption.SO_LINGER, 0);
        } catch (RuntimeException unsupported) {
            // no linger here: closed plainly
        }
        ctx.close();
    }

    private void made(Address local, Address peer) {
        events.publish(origin, EventKind.CONNECTION_MADE, null,
                netlab.engine.event.EventTexts.connectionMade(local.pyRepr(), peer.pyRepr()), null, -1, 0, null);
        try {
            protocol = setup.protocolFactory().get();
        } catch (Throwable t) {
            fatal(info -> netlab.engine.event.LabSentences.FACTORY_FATAL.say(info), t);
            if (setup.connected() != null) {
                setup.connected().trySetException(t);
            }
            return;
        }
        if (callProtocol("connection_made", () -> protocol.connectionMade(transport)) && setup.connected() != null) {
            setup.connected().trySetResult(new Connected<>(transport, protocol));
        }
    }

    private void handshakeFailed(ChannelHandlerContext ctx, Throwable cause) {
        Throwable error = TlsErrors.translate(lostCause != null ? lostCause : cause);
        if (error == null) {
            error = PyErrors.translate(lostCause != null ? lostCause : cause, null);
        }
        lostCause = error;
        ErrorInfo info = ErrorInfo.of(error);
        events.publish(origin, EventKind.ERROR, null, netlab.engine.event.LabSentences.SSL_FAILED.say(info), null, -1, 0, info);
        if (setup.connected() != null) {
            setup.connected().trySetException(error);
        }
        ctx.close();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        Bytes data;
        try {
            // a read into a new array of its own is kept as it is; any other is copied out of Netty's buffer
            data = Bytes.wrap(buf instanceof ArrayRead read ? read.bytes() : ByteBufUtil.getBytes(buf));
        } finally {
            buf.release();
        }
        if (protocol == null || lost) {
            return;
        }
        String over = guest == null ? null : guest.received(data.size());
        if (over != null) {
            shut(ctx, EventKind.LIMIT_REACHED, over); // the read past the cap is not taken
            return;
        }
        if (holding()) {
            held.add(data);
            return;
        }
        dataReceived(data);
    }

    private void dataReceived(Bytes data) {
        dataIteration = loop.iterations();
        events.publish(origin, EventKind.DATA_RECEIVED, null, null, data, receivedOffset, data.size(), null);
        receivedOffset += data.size();
        delivering = data;
        loop.withOrigin(origin, deliverData); // callProtocol without a lambda and a flag made per read
    }

    /** protocol.data_received(the bytes in {@link #delivering}), attributed by {@link #dataReceived}. */
    private void deliverData() {
        Bytes data = delivering;
        delivering = null;
        try {
            protocol.dataReceived(data);
        } catch (Throwable t) {
            fatal(info -> netlab.engine.event.LabSentences.CALL_FATAL.say("data_received", info), t);
        }
    }

    /**
     * Whether what arrives now must wait: reading is paused, or earlier arrivals still wait. Java
     * NIO reads nothing while paused, but Netty's epoll transport reads up to the EOF once the peer
     * half-closes, paused or not; asyncio delivers neither data nor EOF until resume_reading.
     */
    private boolean holding() {
        return transport.readingPaused() || !held.isEmpty();
    }

    /** Delivers what arrived while reading was paused, in order, until the protocol pauses again. */
    private void releaseHeld() {
        if (releasing) {
            return; // a protocol that paused and resumed inside a callback: the outer loop goes on
        }
        releasing = true;
        try {
            while (!held.isEmpty() && !lost && !transport.readingPaused()) {
                deliverHeld();
            }
        } finally {
            releasing = false;
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt == ChannelInputShutdownEvent.INSTANCE && protocol == null && !lost && handshaking(ctx)) {
            // A plain peer that closes its side mid-handshake (a server that echoed part of our
            // ClientHello and closed, say) half-closes a channel that allows half-closure: the
            // SslHandler would wait for the rest of the record until its timeout. End it now.
            lostCause = new SSLEOFError("[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol: "
                    + (setup.role() == netlab.engine.event.Role.CLIENT
                    ? "the server closed the connection during the TLS handshake (is it a TLS server?)"
                    : "the client closed the connection during the TLS handshake (does it speak TLS?)"), null);
            ctx.close();
        } else if (evt == ChannelInputShutdownEvent.INSTANCE && protocol != null && !lost && !endSeen) {
            endOfStream();
        } else if (evt instanceof SslCloseCompletionEvent closed && closed.isSuccess() && protocol != null && !lost && !endSeen) {
            // the peer's close_notify ends its stream: eof_received, then the close that asyncio's SSL
            // transport does, which answers with our close_notify (it used to wait for TCP's FIN)
            endOfStream();
        }
        ctx.fireUserEventTriggered(evt);
    }

    /** The peer's stream ended (TCP's FIN, or TLS's close_notify): eof_received, after what arrived before it. */
    private void endOfStream() {
        endSeen = true;
        if (holding()) {
            held.add(EOF);
        } else if (dataIteration == loop.iterations() && loop.inLoop()) {
            // epoll reports the data and the peer's EOF at once; asyncio sees the EOF on a later
            // read, after the callbacks the data woke (a task's readline) have run
            held.add(EOF);
            loop.callSoon(this::releaseHeld);
        } else {
            eofReceived();
        }
    }

    /** Hands the oldest held arrival to the protocol: data_received, or eof_received. */
    private void deliverHeld() {
        if (held.poll() instanceof Bytes data) {
            dataReceived(data);
        } else {
            eofReceived();
        }
    }

    private static boolean handshaking(ChannelHandlerContext ctx) {
        SslHandler ssl = ctx.pipeline().get(SslHandler.class);
        return ssl != null && !ssl.handshakeFuture().isDone();
    }

    private void eofReceived() {
        events.publish(origin, EventKind.EOF_RECEIVED, null, null, null, receivedOffset, 0, null);
        boolean[] keepOpen = {false};
        // over TLS asyncio closes whatever eof_received returns ("has no effect when using ssl")
        if (callProtocol("eof_received", () -> keepOpen[0] = protocol.eofReceived()) && (!keepOpen[0] || transport.isTls())) {
            transport.close();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (transport != null && !transport.inWrite()) {
            settleWritability();
        }
    }

    /** Tells the protocol to pause or resume when the channel's writability differs from what it was told. */
    private void settleWritability() {
        if (protocol == null || lost) {
            return;
        }
        boolean writable = transport.channelWritable();
        if (writable == !pauseReported) {
            return;
        }
        pauseReported = !writable;
        long buffered = transport.getWriteBufferSize();
        if (writable) {
            events.publish(origin, EventKind.RESUME_WRITING, null, "resume_writing() buffer " + buffered + " bytes",
                    null, -1, buffered, null);
            callProtocol("resume_writing", protocol::resumeWriting);
        } else {
            events.publish(origin, EventKind.PAUSE_WRITING, null, "pause_writing() buffer " + buffered + " bytes",
                    null, -1, buffered, null);
            callProtocol("pause_writing", protocol::pauseWriting);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (protocol == null && transport != null && transport.isTls()) {
            // a failing handshake: its listener reports it once, with this as the reason
            if (lostCause == null) {
                lostCause = cause;
            }
            ctx.close();
            return;
        }
        Throwable error = TlsErrors.translate(cause);
        if (error == null) {
            error = PyErrors.translate(cause, null);
        }
        if (lostCause == null) {
            lostCause = error;
        }
        if (origin != null) {
            events.publish(origin, EventKind.ERROR, null, netlab.engine.event.LabSentences.ERROR.say(ErrorInfo.of(error)), null, -1, 0, ErrorInfo.of(error));
        }
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (origin == null || lost) {
            return;
        }
        // the connection is gone: what it delivered while paused is not lost with it
        while (!held.isEmpty() && protocol != null) {
            deliverHeld();
        }
        lost = true;
        if (guest != null) {
            guest.left();
        }
        setup.group().remove(transport);
        ErrorInfo info = lostCause == null ? null : ErrorInfo.of(lostCause);
        events.publish(origin, EventKind.CONNECTION_LOST, null,
                "connection_lost(" + (info == null ? "None" : info) + ")", null, receivedOffset, 0, info);
        if (protocol != null) {
            callProtocol("connection_lost", () -> protocol.connectionLost(lostCause));
        } else if (setup.connected() != null) {
            setup.connected().trySetException(lostCause != null ? lostCause
                    : new netlab.engine.errors.ConnectionResetError(0, "Connection lost before it was made", null));
        }
    }

    /** Runs a protocol callback with its log lines attributed to this connection; a throw is fatal to it. */
    private boolean callProtocol(String name, Runnable callback) {
        boolean[] ok = {true};
        loop.withOrigin(origin, () -> {
            try {
                callback.run();
            } catch (Throwable t) {
                ok[0] = false;
                fatal(info -> netlab.engine.event.LabSentences.CALL_FATAL.say(name, info), t);
            }
        });
        return ok[0];
    }

    private void fatal(java.util.function.Function<ErrorInfo, String> text, Throwable t) {
        if (lostCause == null) {
            lostCause = t;
        }
        ErrorInfo info = ErrorInfo.of(t);
        events.publish(origin, EventKind.ERROR, null, text.apply(info), null, -1, 0, info);
        transport.abort();
    }
}
