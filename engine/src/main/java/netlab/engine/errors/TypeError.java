package netlab.engine.errors;

/** TypeError: an argument of the wrong kind, e.g. a coroutine where a future is expected. */
public class TypeError extends PyException {
    public TypeError(String message) {
        super("TypeError", message);
    }
}
