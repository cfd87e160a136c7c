package netlab.engine.errors;

/** Nobody listens on that address: ECONNREFUSED. */
public class ConnectionRefusedError extends OSError {
    public ConnectionRefusedError(String message, Throwable cause) {
        super("ConnectionRefusedError", Errno.ECONNREFUSED, message, cause);
    }
}
