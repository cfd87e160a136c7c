package netlab.engine.loop;

import netlab.engine.event.EventStream;
import netlab.engine.event.Origin;

/**
 * What runs now on a loop's thread: the task whose body runs ({@code asyncio.current_task()}),
 * and the origin that log lines, and the callbacks and timers scheduled, belong to (asyncio's
 * context): the running task's, the callback's (it keeps the origin it was scheduled with), or the
 * connection whose protocol is called. Loop thread only.
 */
final class LoopContext {
    private static final byte UNKNOWN = 0;
    private static final byte CONNECTION = 1;
    private static final byte OTHER = 2;

    private final EventStream events;
    private Task<?> task;
    private Origin origin;
    /** Whether {@link #origin} is a connection's, once known: a per-request question under load. */
    private byte originKind;

    LoopContext(EventStream events) {
        this.events = events;
    }

    Task<?> task() {
        return task;
    }

    Origin origin() {
        return origin;
    }

    /** A task's step begins; returns the task that ran before, for {@link #leaveTask}. */
    Task<?> enterTask(Task<?> entered) {
        Task<?> previous = task;
        task = entered;
        origin = entered.context();
        // from the task, which a step has at hand, rather than from the origin, which it may not
        originKind = entered.inConnection() ? CONNECTION : OTHER;
        return previous;
    }

    void leaveTask(Task<?> previous, Origin previousOrigin) {
        task = previous;
        origin = previousOrigin;
        originKind = UNKNOWN;
    }

    /** Whether what runs now belongs to a connection. */
    boolean originIsConnection() {
        if (originKind == UNKNOWN) {
            originKind = origin != null && origin.isConnection() ? CONNECTION : OTHER;
        }
        return originKind == CONNECTION;
    }

    /** Runs {@code action} with what it logs and schedules belonging to {@code attributed}. */
    void withOrigin(Origin attributed, Runnable action) {
        Origin previous = origin;
        byte previousKind = originKind;
        origin = attributed;
        originKind = UNKNOWN;
        try {
            action.run();
        } finally {
            origin = previous;
            originKind = previousKind;
        }
    }

    /** Runs one callback of an iteration in the origin it was scheduled with; what it raises is reported, and the loop goes on. */
    void run(Handle h) {
        Origin previous = origin;
        byte previousKind = originKind;
        origin = h.origin();
        originKind = UNKNOWN;
        try {
            h.callback().run();
        } catch (Throwable t) {
            events.error(origin != null ? origin : EventStream.LAB_ORIGIN, "asyncio",
                    new CallbackException("Exception in callback " + h.describe(), t));
        } finally {
            origin = previous;
            originKind = previousKind;
        }
    }

    /** An exception a loop callback raised; reported, and the loop goes on. */
    static final class CallbackException extends RuntimeException {
        CallbackException(String message, Throwable cause) {
            super(message + ": " + cause, cause);
        }
    }
}
