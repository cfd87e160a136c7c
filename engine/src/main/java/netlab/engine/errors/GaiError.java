package netlab.engine.errors;

/** socket.gaierror: the host name cannot be resolved. */
public class GaiError extends OSError {
    public GaiError(int errno, String message, Throwable cause) {
        super("socket.gaierror", errno, message, cause);
    }
}
