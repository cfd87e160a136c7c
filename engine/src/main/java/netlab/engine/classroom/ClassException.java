package netlab.engine.classroom;

/** A request of a student the class refuses; the message says why, in words a student reads. */
public final class ClassException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ClassException(String message) {
        super(message, null, false, false);
    }
}
