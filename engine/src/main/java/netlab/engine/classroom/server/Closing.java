package netlab.engine.classroom.server;

import java.util.concurrent.TimeUnit;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.util.AttributeKey;

/**
 * The server ends a student's WebSocket (the class ended, a flood, a message too big): it sends
 * its close frame once, and closes the connection when the page answers with its own (or after
 * two seconds), as RFC 6455 has the server do, so the browser sees one clean close.
 */
final class Closing {
    private static final AttributeKey<Boolean> SENT = AttributeKey.valueOf("netlab.class.closeSent");

    private Closing() {
    }

    static void close(Channel channel, WebSocketCloseStatus status, String reason) {
        if (channel.attr(SENT).setIfAbsent(true) != null) {
            return;
        }
        channel.writeAndFlush(new CloseWebSocketFrame(status, reason));
        channel.eventLoop().schedule(() -> channel.close(), 2, TimeUnit.SECONDS);
    }

    /** The page's close frame: the answer to ours (close now) or its own (answer it, then close). */
    static void received(Channel channel, CloseWebSocketFrame frame) {
        if (channel.attr(SENT).setIfAbsent(true) != null) {
            channel.close();
            return;
        }
        int code = frame.statusCode() < 0 ? WebSocketCloseStatus.NORMAL_CLOSURE.code() : frame.statusCode();
        channel.writeAndFlush(new CloseWebSocketFrame(code, "")).addListener(f -> channel.close());
    }
}
