package netlab.engine.errors;

/** TimeoutError (asyncio.TimeoutError since Python 3.11). */
public class TimeoutError extends PyException {
    public TimeoutError(String message) {
        super("TimeoutError", message);
    }
}
