package netlab.engine.errors;

/** EACCES / EPERM: e.g. binding a port below 1024 without the right to. */
public class PermissionError extends OSError {
    public PermissionError(String message, Throwable cause) {
        super("PermissionError", Errno.EACCES, message, cause);
    }
}
