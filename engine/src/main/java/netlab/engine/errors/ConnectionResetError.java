package netlab.engine.errors;

/** The peer reset the connection (ECONNRESET), or it was lost while the writer waited to drain. */
public class ConnectionResetError extends OSError {
    public ConnectionResetError(int errno, String message, Throwable cause) {
        super("ConnectionResetError", errno, message, cause);
    }
}
