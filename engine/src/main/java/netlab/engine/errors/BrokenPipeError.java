package netlab.engine.errors;

/** Writing to a connection the peer has closed: EPIPE. */
public class BrokenPipeError extends OSError {
    public BrokenPipeError(String message, Throwable cause) {
        super("BrokenPipeError", Errno.EPIPE, message, cause);
    }
}
