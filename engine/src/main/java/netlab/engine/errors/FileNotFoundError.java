package netlab.engine.errors;

/** ENOENT: nothing at that path (a Unix socket that no server made, a missing directory). */
public class FileNotFoundError extends OSError {
    public FileNotFoundError(String message, Throwable cause) {
        super("FileNotFoundError", Errno.ENOENT, message, cause);
    }
}
