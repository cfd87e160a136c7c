package netlab.engine.event;

import netlab.engine.errors.PyErrors;

/**
 * An error as a class should read it: the Python exception type ({@code ConnectionRefusedError})
 * and its message.
 */
public record ErrorInfo(String type, String message) {
    public static ErrorInfo of(Throwable t) {
        return new ErrorInfo(PyErrors.typeName(t), PyErrors.message(t));
    }

    @Override
    public String toString() {
        return message == null || message.isEmpty() ? type : type + ": " + message;
    }
}
