package netlab.engine.log;

import netlab.engine.event.Origin;

/** One named logger ({@code logging.getLogger('echo_client')}). */
public final class Logger {
    private final Logging logging;
    private final String name;
    private final Origin fallback;

    Logger(Logging logging, String name, Origin fallback) {
        this.logging = logging;
        this.name = name;
        this.fallback = fallback;
    }

    public String name() {
        return name;
    }

    Origin fallback() {
        return fallback;
    }

    public void debug(String message) {
        logging.emit(this, message);
    }

    /** {@code log.debug(format.format(args))} with Java's {@link String#format} placeholders. */
    public void debug(String format, Object... args) {
        logging.emit(this, String.format(format, args));
    }

    public void info(String message) {
        logging.emit(this, message);
    }

    public void warning(String message) {
        logging.emit(this, message);
    }

    /** An error line; shown as an error in panes and printed as {@code name: message: Type: detail}. */
    public void error(String message, Throwable error) {
        logging.emitError(this, message, error);
    }
}
