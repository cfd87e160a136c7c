package netlab.engine.loop;

import netlab.engine.errors.PyErrors;
import netlab.engine.event.ErrorInfo;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.Origin;
import netlab.engine.pytext.PyStr;

/**
 * A task's events for the timeline: created, each step with its start, each await, done, each
 * cancel request. Each is published under the task's name as logger, in its context's pane, with
 * its number as {@code amount}. Nothing is published (and nothing measured) while the loop's
 * tracing is off. Static, given the task: an object of its own per task would be one more that
 * every step touches.
 */
final class TaskEvents {
    private TaskEvents() {
    }

    static void created(Task<?> task) {
        EventLoop loop = task.loop();
        if (loop.controls().tracing()) {
            publish(task, EventKind.TASK_CREATED, task.name(), -1, null);
        }
    }

    /** The step's start on the event clock, or 0 when not tracing. */
    static long stepBegins(EventLoop loop) {
        return loop.controls().tracing() ? loop.events().clock().nanos() : 0;
    }

    static void stepEnded(Task<?> task, long begin) {
        EventLoop loop = task.loop();
        if (begin != 0 && loop.controls().tracing()) {
            publish(task, EventKind.TASK_STEP, netlab.engine.event.EventTexts.taskStep(task.steps()), begin, null);
        }
    }

    /** {@code on} null: a bare yield ({@code sleep(0)}). */
    static void waiting(Task<?> task, LoopFuture<?> on) {
        EventLoop loop = task.loop();
        if (loop.controls().tracing()) {
            publish(task, EventKind.TASK_WAITING, on == null ? "sleep(0)" : on.label(), -1, null);
        }
    }

    static void done(Task<?> task) {
        EventLoop loop = task.loop();
        if (!loop.controls().tracing()) {
            return;
        }
        ErrorInfo error = null;
        if (!task.cancelled() && task.exception() != null) {
            error = new ErrorInfo(PyErrors.typeName(task.exception()), PyErrors.message(task.exception()));
        }
        publish(task, EventKind.TASK_DONE, task.outcome(), -1, error);
    }

    static void cancelRequested(Task<?> task, String message) {
        EventLoop loop = task.loop();
        if (loop.controls().tracing()) {
            publish(task, EventKind.TASK_CANCEL, message == null ? "cancel()" : "cancel(" + PyStr.repr(message) + ")", -1, null);
        }
    }

    private static void publish(Task<?> task, EventKind kind, String text, long offset, ErrorInfo error) {
        Origin origin = task.context() != null ? task.context() : EventStream.LAB_ORIGIN;
        task.loop().events().publish(origin, kind, task.name(), text, null, offset, task.number(), error);
    }
}
