package netlab.engine.splittest;

/** The requests are not messages of the framing asked for: says where, with the first offending bytes. */
public final class FramingMismatch extends IllegalArgumentException {
    public FramingMismatch(String message) {
        super(message);
    }
}
