package netlab.engine.record;

/** A file that cannot be opened as a recording, with what is wrong in words a person can act on. */
public final class RecordingException extends Exception {
    public RecordingException(String message) {
        super(message);
    }

    public RecordingException(String message, Throwable cause) {
        super(message, cause);
    }
}
