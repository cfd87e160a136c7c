package netlab.engine.errors;

import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;

/**
 * Names Java's and Netty's exceptions the way Python would, so that every error a class sees reads
 * like the tutorial's: {@code ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 1)}.
 */
public final class PyErrors {
    private PyErrors() {
    }

    public static String typeName(Throwable t) {
        if (t instanceof PyException p) {
            return p.pyType();
        }
        Throwable translated = translate(t, null);
        if (translated instanceof PyException p) {
            return p.pyType();
        }
        return t.getClass().getSimpleName();
    }

    public static String message(Throwable t) {
        Throwable translated = t instanceof PyException ? t : translate(t, null);
        String m = translated.getMessage();
        return m == null ? "" : m;
    }

    /**
     * The Python exception for a Java one. {@code address} (Python's tuple form, may be null) is
     * woven into the message the way asyncio does for connect and bind failures.
     */
    public static RuntimeException translate(Throwable t, String address) {
        if (t instanceof PyException p) {
            return p;
        }
        String msg = t.getMessage() == null ? "" : t.getMessage();
        String lower = msg.toLowerCase(Locale.ROOT);
        String at = address == null ? "" : " " + address;
        if (t instanceof UnknownHostException) {
            return new GaiError(Errno.EAI_NONAME, "Name or service not known" + (msg.isEmpty() ? "" : ": " + msg), t);
        }
        // The JDK raises BindException for every bind failure (EACCES and EADDRNOTAVAIL too): the
        // message says which, so it is read before the type.
        if (lower.contains("cannot assign requested address")) {
            return new OSError(Errno.EADDRNOTAVAIL, "error while attempting to bind on address" + at + ": cannot assign requested address", t);
        }
        // NIO's bind failures are BindExceptions; epoll's say "bind(..) failed: <strerror>"
        boolean bind = t instanceof BindException || lower.startsWith("bind(");
        if (lower.contains("permission denied")) {
            return bind
                    ? new PermissionError("error while attempting to bind on address" + at + ": permission denied", t)
                    : new PermissionError("Permission denied" + at, t);
        }
        if (t instanceof BindException || lower.contains("address already in use")) {
            return new OSError(Errno.EADDRINUSE, "error while attempting to bind on address" + at + ": address already in use", t);
        }
        if (t instanceof NoRouteToHostException || lower.contains("no route to host")) {
            return new OSError(Errno.EHOSTUNREACH, "No route to host" + at, t);
        }
        if (lower.contains("network is unreachable")) {
            return new OSError(Errno.ENETUNREACH, "Network is unreachable" + at, t);
        }
        if (t instanceof ConnectException && (lower.contains("timed out") || lower.contains("timeout"))) {
            return new TimeoutError("connect to" + at + " timed out");
        }
        if (t instanceof ConnectException && lower.contains("connection reset")) {
            // the peer accepted and reset before the connect was seen done (asyncio: SO_ERROR ECONNRESET)
            return new ConnectionResetError(Errno.ECONNRESET, "Connection reset by peer", t);
        }
        if (t instanceof ConnectException || lower.contains("connection refused")) {
            return new ConnectionRefusedError("Connect call failed" + at, t);
        }
        if (lower.contains("connection reset")) {
            return new ConnectionResetError(Errno.ECONNRESET, "Connection reset by peer", t);
        }
        if (lower.contains("broken pipe")) {
            return new BrokenPipeError("Broken pipe", t);
        }
        if (t instanceof PortUnreachableException) {
            return new ConnectionRefusedError("port unreachable" + at, t);
        }
        if (t instanceof ClosedChannelException) {
            return new ConnectionResetError(0, "Connection lost", t);
        }
        if (t instanceof SocketException) {
            return new OSError(0, msg, t);
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        return new PyException(t.getClass().getSimpleName(), msg, t);
    }
}
