package netlab.app.preset;

/** A preset file that cannot be used, with the file and the field that is wrong. */
public final class PresetException extends RuntimeException {
    public PresetException(String message) {
        super(message);
    }

    public PresetException(String message, Throwable cause) {
        super(message, cause);
    }
}
