package netlab.engine.errors;

/** asyncio.CancelledError: delivered into a task at the await where it was suspended. */
public class CancelledError extends PyException {
    public CancelledError(String message) {
        super("CancelledError", message);
    }

    public CancelledError() {
        this(null);
    }
}
