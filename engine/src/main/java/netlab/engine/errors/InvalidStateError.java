package netlab.engine.errors;

/** asyncio.InvalidStateError: a result asked of a future that is not done, or set twice. */
public class InvalidStateError extends PyException {
    public InvalidStateError(String message) {
        super("InvalidStateError", message);
    }
}
