package netlab.engine.errors;

/** ValueError: e.g. readline() past the reader's limit. */
public class ValueError extends PyException {
    public ValueError(String message) {
        super("ValueError", message);
    }
}
