package netlab.engine.errors;

/**
 * ENOENT: nothing at that path (a Unix socket that no server made, a missing directory, a program
 * to run that does not exist: {@code [Errno 2] No such file or directory: 'x'}).
 */
public class FileNotFoundError extends OSError {
    public FileNotFoundError(String message, Throwable cause) {
        super("FileNotFoundError", Errno.ENOENT, message, cause);
    }
}
