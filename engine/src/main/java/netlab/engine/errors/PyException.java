package netlab.engine.errors;

/**
 * An exception that has a Python name, so that a pane can say {@code ConnectionRefusedError} the
 * way the tutorial does. Unchecked: task bodies await without declaring what may come back.
 */
public class PyException extends RuntimeException {
    private final String pyType;

    public PyException(String pyType, String message) {
        super(message);
        this.pyType = pyType;
    }

    public PyException(String pyType, String message, Throwable cause) {
        super(message, cause);
        this.pyType = pyType;
    }

    /** The Python exception's name, e.g. {@code asyncio.IncompleteReadError} is {@code IncompleteReadError}. */
    public String pyType() {
        return pyType;
    }

    @Override
    public String toString() {
        String m = getMessage();
        return m == null || m.isEmpty() ? pyType : pyType + ": " + m;
    }
}
