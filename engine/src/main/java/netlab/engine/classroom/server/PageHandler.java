package netlab.engine.classroom.server;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import netlab.engine.classroom.ClassSession;

/**
 * The HTTP side of the class server: serves the student page's files, answers {@code /check}
 * (is this the code?), and lets a WebSocket upgrade at {@code /ws} through only with the
 * session's code and from the page's own origin. Every response carries a strict
 * Content-Security-Policy (scripts and styles from this server only, no inline script, no
 * frames, nothing fetched elsewhere) and is never cached.
 */
final class PageHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String WEBSOCKET_PATH = "/ws";

    private final ClassSession session;
    private final StudentPage page;
    private final WrongCodes wrongCodes;
    private final java.util.function.Consumer<String> onWrongCode;

    PageHandler(ClassSession session, StudentPage page, WrongCodes wrongCodes, java.util.function.Consumer<String> onWrongCode) {
        super(false); // a request passed on to the WebSocket handshake must stay alive; released here otherwise
        this.session = session;
        this.page = page;
        this.wrongCodes = wrongCodes;
        this.onWrongCode = onWrongCode;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean passedOn = false;
        try {
            if (!request.decoderResult().isSuccess()) {
                respond(ctx, request, HttpResponseStatus.BAD_REQUEST, "bad request\n", "text/plain; charset=utf-8");
                return;
            }
            if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) {
                respond(ctx, request, HttpResponseStatus.METHOD_NOT_ALLOWED, "only GET\n", "text/plain; charset=utf-8");
                return;
            }
            QueryStringDecoder uri = new QueryStringDecoder(request.uri(), StandardCharsets.UTF_8, true, 8);
            String path = uri.path();
            if (path.equals(WEBSOCKET_PATH) || path.equals("/check")) {
                String refusal = refusal(ctx, request, first(uri, "code"));
                if (refusal != null) {
                    HttpResponseStatus status = refusal.startsWith("too many") ? HttpResponseStatus.TOO_MANY_REQUESTS : HttpResponseStatus.FORBIDDEN;
                    respond(ctx, request, status, refusal + "\n", "text/plain; charset=utf-8");
                    return;
                }
                if (path.equals("/check")) {
                    respond(ctx, request, HttpResponseStatus.NO_CONTENT, "", null);
                    return;
                }
                passedOn = true;
                ctx.fireChannelRead(request); // the handshake, by WebSocketServerProtocolHandler
                return;
            }
            var file = page.file(path);
            if (file.isEmpty()) {
                respond(ctx, request, HttpResponseStatus.NOT_FOUND, "not found\n", "text/plain; charset=utf-8");
                return;
            }
            respond(ctx, request, HttpResponseStatus.OK, file.get().bytes(), file.get().contentType());
        } finally {
            if (!passedOn) {
                request.release();
            }
        }
    }

    /** Why this request may not join, or null: a wrong code (counted per address), or a page of another site. */
    private String refusal(ChannelHandlerContext ctx, FullHttpRequest request, String code) {
        String address = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress().getHostAddress();
        if (!wrongCodes.mayTry(address)) {
            return "too many wrong codes from this address: wait a minute";
        }
        if (!session.code().matches(code)) {
            if (wrongCodes.wrong(address) == 1) {
                onWrongCode.accept(address);
            }
            return "wrong code: type the code the teacher shows";
        }
        String origin = request.headers().get(HttpHeaderNames.ORIGIN);
        String host = request.headers().get(HttpHeaderNames.HOST);
        if (origin != null && !sameHost(origin, host)) {
            return "the class page joins from its own address only";
        }
        return null;
    }

    /** Whether a browser's Origin ({@code http://h:p}) is the Host it asked ({@code h:p}). */
    static boolean sameHost(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI o = URI.create(origin);
            String authority = o.getRawAuthority();
            return authority != null && authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String first(QueryStringDecoder uri, String name) {
        List<String> values = uri.parameters().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static void respond(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status, String body, String type) {
        respond(ctx, request, status, body.getBytes(StandardCharsets.UTF_8), type);
    }

    private static void respond(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status, byte[] body, String type) {
        boolean head = request.method() == HttpMethod.HEAD;
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
        var h = response.headers();
        if (type != null) {
            h.set(HttpHeaderNames.CONTENT_TYPE, type);
        }
        h.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        secure(h);
        boolean keepAlive = HttpUtil.isKeepAlive(request) && status.code() < 400;
        if (!keepAlive) {
            h.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
        var written = ctx.writeAndFlush(response);
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** The headers every response of the class server carries. */
    static void secure(io.netty.handler.codec.http.HttpHeaders h) {
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cross-Origin-Resource-Policy", "same-origin");
        h.set(HttpHeaderNames.CACHE_CONTROL, "no-store");
    }
}
