package netlab.engine.errors;

/**
 * Python's {@code ssl.SSLEOFError}: the connection ended in the middle of the TLS protocol, as
 * when a plain (non-TLS) peer closes its side during the handshake.
 */
public class SSLEOFError extends SSLError {
    public SSLEOFError(String message, Throwable cause) {
        super("SSLEOFError", message, cause);
    }
}
