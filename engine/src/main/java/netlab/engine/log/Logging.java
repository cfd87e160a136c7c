package netlab.engine.log;

import netlab.engine.event.ErrorInfo;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.Origin;
import netlab.engine.loop.EventLoop;
import netlab.engine.pytext.PyPercent;

/**
 * Python's {@code logging} as the seeds use it: {@code getLogger(name).debug(message)} becomes a
 * {@code LOG} event printed as {@code name: message}. A line belongs to the connection or task
 * that is running when it is logged, so it lands in that connection's pane.
 */
public final class Logging {
    private final EventLoop loop;
    private final EventStream events;

    public Logging(EventLoop loop) {
        this.loop = loop;
        this.events = loop.events();
    }

    /** A logger whose lines outside any task or connection belong to the lab. */
    public Logger getLogger(String name) {
        return new Logger(this, name, EventStream.LAB_ORIGIN);
    }

    /** A logger whose lines outside any task or connection belong to {@code fallback}. */
    public Logger getLogger(String name, Origin fallback) {
        return new Logger(this, name, fallback);
    }

    void emit(Logger logger, String message) {
        if (skippedAtLoad()) {
            return;
        }
        Origin origin = origin(logger);
        if (wanted(origin)) {
            events.log(origin, logger.name(), message);
        }
    }

    /** Formats {@code template % args} only when the line will be published. */
    void emitLazily(Logger logger, String template, Object[] args) {
        if (skippedAtLoad()) {
            return;
        }
        Origin origin = origin(logger);
        if (wanted(origin)) {
            events.log(origin, logger.name(), PyPercent.format(template, args));
        }
    }

    /** Whether a line for {@code origin} would be published: at load, per-connection lines are not. */
    boolean isEnabledFor(Logger logger) {
        return wanted(origin(logger));
    }

    /**
     * At load, whether the line belongs to the connection whose work runs now, which a line is
     * not published for: asked of the loop, which knows it without looking at the connection's
     * origin (one more object a request would touch).
     */
    private boolean skippedAtLoad() {
        if (events.isDetailed()) {
            return false;
        }
        EventLoop running = EventLoop.running();
        return (running != null ? running : loop).currentOriginIsConnection();
    }

    private Origin origin(Logger logger) {
        Origin current = runningOrigin();
        return current != null ? current : logger.fallback();
    }

    /**
     * The origin of what runs now on the loop whose thread this is: the lab's loop or a program
     * loop beside it (one lab's loggers serve every program of a preset).
     */
    private Origin runningOrigin() {
        EventLoop running = EventLoop.running();
        return (running != null ? running : loop).currentOrigin();
    }

    private boolean wanted(Origin origin) {
        return events.isDetailed() || !origin.isConnection();
    }

    void emitError(Logger logger, String message, Throwable error) {
        Origin current = runningOrigin();
        Origin origin = current != null ? current : logger.fallback();
        if (error == null) {
            events.publish(origin, EventKind.ERROR, logger.name(), message, null, -1, 0, null);
        } else {
            ErrorInfo info = ErrorInfo.of(error);
            events.publish(origin, EventKind.ERROR, logger.name(), message + ": " + info, null, -1, 0, info);
        }
    }
}
