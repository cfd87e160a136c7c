package netlab.ui.panes;

import java.util.Locale;

import netlab.engine.event.ErrorInfo;

/**
 * What to do about an error, as a message key: a refused connection means no server listens
 * there, a port in use means another server holds it. Errors without an obvious remedy get none.
 */
public final class ErrorHints {
    private ErrorHints() {
    }

    /** The hint's message key for {@code error}, or null. */
    public static String keyFor(ErrorInfo error) {
        if (error == null || error.type() == null) {
            return null;
        }
        String message = error.message() == null ? "" : error.message().toLowerCase(Locale.ROOT);
        return switch (error.type()) {
            case "ConnectionRefusedError" -> "hint.refused";
            case "ConnectionResetError", "ConnectionAbortedError" -> "hint.reset";
            case "BrokenPipeError" -> "hint.brokenPipe";
            case "socket.gaierror" -> "hint.host";
            case "TimeoutError" -> "hint.timeout";
            // a port below 1024 names the port; a path or a program is something else
            case "PermissionError" -> message.contains("port") || message.contains("bind on address ('")
                    ? "hint.permission" : "hint.permissionPath";
            case "FileNotFoundError" -> "hint.notFound";
            case "LimitOverrunError" -> "hint.limit";
            case "IncompleteReadError" -> "hint.incomplete";
            case "OSError" -> message.contains("[errno 98]") || message.contains("address already in use") ? "hint.inUse"
                    : message.contains("[errno 99]") || message.contains("cannot assign") ? "hint.notLocal"
                    : message.contains("[errno 13]") ? "hint.permission"
                    : message.contains("[errno 105]") ? "hint.noBuffers" : null;
            default -> null;
        };
    }
}
