package netlab.app.cli;

import java.nio.file.Path;

import netlab.engine.errors.ConnectionRefusedError;
import netlab.engine.errors.Errno;
import netlab.engine.errors.FileNotFoundError;
import netlab.engine.errors.GaiError;
import netlab.engine.errors.LimitOverrunError;
import netlab.engine.errors.OSError;
import netlab.engine.errors.PyErrors;
import netlab.engine.errors.SSLCertVerificationError;
import netlab.engine.errors.SSLError;
import netlab.engine.errors.TimeoutError;
import netlab.engine.lab.TransportKind;

/**
 * What to do after a client failed, fitted to the error it failed with: a refused connection
 * asks whether a server listens (on the same kind of socket), an untrusted certificate says how
 * to trust it, a line over the reader's limit says how to read it, and so on. A hint that does
 * not fit the error is worse than none.
 */
final class ConnectHints {
    private ConnectHints() {
    }

    /**
     * The hint after {@code error} (null: none known) for a client that went to {@code host}
     * {@code port}, or to the Unix socket {@code unix}, over {@code kind}.
     */
    static String after(Throwable error, TransportKind kind, String host, int port, Path unix) {
        String serve = switch (kind) {
            case UNIX -> "./netlab serve --unix " + unix;
            case UDP -> "./netlab serve --udp --port " + port;
            case TLS -> "./netlab serve --tls --port " + port;
            case TCP -> "./netlab serve --port " + port;
        };
        if (error instanceof FileNotFoundError && kind == TransportKind.UNIX) {
            return "there is no socket at " + unix + ": start a server there first (try: " + serve + ")";
        }
        if (error instanceof ConnectionRefusedError) {
            return kind == TransportKind.UDP
                    ? "nothing listens on UDP port " + port + " of " + host + " (try: " + serve + ")"
                    : kind == TransportKind.UNIX ? "no server accepts on " + unix + " (try: " + serve + ")"
                    : "is a server listening? try: " + serve;
        }
        if (error instanceof SSLCertVerificationError) {
            return "the server's certificate is not trusted: give the PEM file that './netlab serve --tls' printed with "
                    + "--cafile FILE, or skip the check with --insecure (a test server only)";
        }
        if (error instanceof SSLError) {
            return "the TLS handshake failed: does the server at " + host + " port " + port + " speak TLS? "
                    + "(for a plain server, leave out --tls)";
        }
        if (error instanceof TimeoutError) {
            return "nothing answered within --timeout: is " + host + " the right address, and reachable?";
        }
        if (error instanceof GaiError) {
            return "the name " + host + " could not be resolved: check --host";
        }
        if (error instanceof OSError os && os.errno() == Errno.EACCES && kind == TransportKind.UDP) {
            return host + " is a broadcast address: sending to one needs --broadcast (SO_BROADCAST), asked for explicitly";
        }
        if (error instanceof OSError os && os.errno() == Errno.EMSGSIZE) {
            return "the datagram was not sent: one UDP datagram holds at most 65507 bytes, so send less";
        }
        if (error instanceof LimitOverrunError || overLimit(error)) {
            return "the server sent more than the reader's limit (64 KiB) without the separator (a newline, for a "
                    + "line): read it in chunks instead (--read chunk:N)";
        }
        if (error != null && PyErrors.typeName(error).matches("ConnectionResetError|BrokenPipeError|ConnectionAbortedError")) {
            return "the server ended the connection before the client was done: is it the kind of server this client "
                    + "expects (--behavior)?";
        }
        return null;
    }

    /** asyncio's readline turns a LimitOverrunError into ValueError('Separator is not found, and chunk exceed the limit'). */
    private static boolean overLimit(Throwable error) {
        return error != null && "ValueError".equals(PyErrors.typeName(error)) && String.valueOf(error.getMessage()).contains("limit");
    }
}
