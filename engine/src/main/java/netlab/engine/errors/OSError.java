package netlab.engine.errors;

/** OSError with an errno, as socket calls raise it; subclasses carry Python's more specific names. */
public class OSError extends PyException {
    private final int errno;

    public OSError(int errno, String message) {
        this("OSError", errno, message, null);
    }

    protected OSError(String pyType, int errno, String message, Throwable cause) {
        super(pyType, errno != 0 ? "[Errno " + errno + "] " + message : message, cause);
        this.errno = errno;
    }

    public OSError(int errno, String message, Throwable cause) {
        this("OSError", errno, message, cause);
    }

    public int errno() {
        return errno;
    }
}
