package netlab.engine.classroom.server;

import java.util.Map;
import java.util.Optional;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import netlab.engine.classroom.ClassException;
import netlab.engine.classroom.ClassSession;
import netlab.engine.classroom.ClassSnapshot;

/**
 * One student's WebSocket, after the handshake let it in: what they send is capped (size, rate),
 * read as data (never run, never shown as HTML by anyone), and handed to the session; what the
 * session refuses goes back as an error message in words. A flood is dropped with a message,
 * then closed (1008); a page that goes away leaves its answers counted.
 */
final class StudentSocket extends ChannelInboundHandlerAdapter {
    private static final long RATE_MESSAGE_EVERY = 1_000_000_000L;

    private final ClassSession session;
    private final ClassServerOptions options;
    private final ClassRoom room;
    private final TokenBucket bucket;
    private String token;
    private int droppedInARow;
    private long lastRateMessage;
    private boolean floodNoticed;
    private boolean upgraded;

    StudentSocket(ClassSession session, ClassServerOptions options, ClassRoom room) {
        this.session = session;
        this.options = options;
        this.room = room;
        this.bucket = new TokenBucket(options.messagesPerSecond(), options.burst());
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof WebSocketFrame frame)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            if (frame instanceof TextWebSocketFrame text) {
                received(ctx, text);
            } else if (frame instanceof CloseWebSocketFrame close) {
                Closing.received(ctx.channel(), close);
            } else if (frame instanceof BinaryWebSocketFrame) {
                send(ctx, StudentMessages.error("the class page sends text only"));
            }
        } finally {
            ReferenceCountUtil.release(frame);
        }
    }

    private void received(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
        if (!bucket.tryTake()) {
            droppedInARow++;
            if (droppedInARow >= options.floodClose()) {
                if (!floodNoticed) {
                    floodNoticed = true;
                    session.notice(netlab.engine.classroom.ClassNotice.FLOOD, who());
                }
                Closing.close(ctx.channel(), WebSocketCloseStatus.POLICY_VIOLATION, "too many messages: reload the page to join again");
                return;
            }
            long now = System.nanoTime();
            if (now - lastRateMessage > RATE_MESSAGE_EVERY) {
                lastRateMessage = now;
                send(ctx, StudentMessages.error("too many messages: at most " + options.messagesPerSecond()
                        + " a second; wait a moment (this one was not taken)"));
            }
            return;
        }
        droppedInARow = 0;
        int size = frame.content().readableBytes();
        if (size > options.maxMessageBytes()) {
            send(ctx, StudentMessages.error("a message is at most " + options.maxMessageBytes() + " bytes; this one had " + size
                    + " (it was not taken)"));
            return;
        }
        Optional<Map<String, String>> message = StudentMessages.read(frame.text());
        if (message.isEmpty()) {
            send(ctx, StudentMessages.error("not a message of the class page"));
            return;
        }
        Map<String, String> m = message.get();
        try {
            switch (m.getOrDefault("type", "")) {
                case "join" -> join(ctx, m);
                case "answer" -> answer(ctx, m);
                case "ping" -> { }
                default -> send(ctx, StudentMessages.error("not a message of the class page"));
            }
        } catch (ClassException refused) {
            send(ctx, StudentMessages.error(refused.getMessage()));
        }
    }

    private void join(ChannelHandlerContext ctx, Map<String, String> m) {
        if (token != null) {
            throw new ClassException("you have joined already");
        }
        java.net.SocketAddress from = ctx.channel().remoteAddress();
        ClassSession.Admission admitted = session.join(m.get("name"), m.get("token"),
                from instanceof java.net.InetSocketAddress ip ? ip.getAddress() : null);
        token = admitted.token();
        room.joined(ctx.channel());
        ClassSnapshot now = session.snapshot();
        send(ctx, StudentMessages.joined(admitted.student().name(), token, now.title()));
        if (now.current().isEmpty()) {
            send(ctx, StudentMessages.waiting());
            return;
        }
        var q = now.current().get();
        send(ctx, StudentMessages.question(q, now.questions().indexOf(q) + 1, now.questions().size(),
                session.answerOf(token, q.id()).orElse(null)));
        if (now.revealed()) {
            send(ctx, StudentMessages.reveal(q, now.histogram()));
        }
    }

    private void answer(ChannelHandlerContext ctx, Map<String, String> m) {
        if (token == null) {
            throw new ClassException("join the class first");
        }
        String question = m.getOrDefault("question", "");
        String kept = session.answer(token, question, m.get("value"));
        send(ctx, StudentMessages.answered(question, kept));
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
            upgraded = true;
        }
        if (evt instanceof IdleStateEvent idle) {
            switch (idle.state()) {
                // a browser answers pings by itself: a page that does not is gone
                case WRITER_IDLE -> {
                    if (upgraded) {
                        ctx.writeAndFlush(new PingWebSocketFrame());
                    }
                }
                case READER_IDLE, ALL_IDLE -> ctx.close();
            }
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (token != null) {
            session.left(token, "the page closed");
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // a broken connection or a protocol violation ends this student's connection, nothing else
        if (cause instanceof io.netty.handler.codec.TooLongFrameException && upgraded && ctx.channel().isActive()) {
            // a message in fragments, together over the frame cap: as for one frame over it
            Closing.close(ctx.channel(), WebSocketCloseStatus.MESSAGE_TOO_BIG, "message too big: reload the page to join again");
            return;
        }
        ctx.close();
    }

    private String who() {
        return token == null ? "before joining" : session.nameOf(token).orElse("a student");
    }

    private static void send(ChannelHandlerContext ctx, String json) {
        ctx.writeAndFlush(new TextWebSocketFrame(json));
    }
}
