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

    /**
     * {@code log.debug('received %r', data)}: Python's lazy {@code %}-formatting ({@link netlab.engine.pytext.PyPercent}),
     * done only when the line is published, so a line nobody will see costs nothing to format.
     */
    public void debug(String template, Object arg) {
        logging.emitLazily(this, template, new Object[] {arg});
    }

    public void debug(String template, Object arg1, Object arg2) {
        logging.emitLazily(this, template, new Object[] {arg1, arg2});
    }

    public void debug(String template, Object... args) {
        logging.emitLazily(this, template, args);
    }

    /** Whether a line logged now would be published (per-connection lines are not at load). */
    public boolean isEnabled() {
        return logging.isEnabledFor(this);
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
