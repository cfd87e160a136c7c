package netlab.engine.errors;

/** RuntimeError: e.g. "Event loop is closed", "Event loop stopped before Future completed." */
public class RuntimeError extends PyException {
    public RuntimeError(String message) {
        super("RuntimeError", message);
    }
}
