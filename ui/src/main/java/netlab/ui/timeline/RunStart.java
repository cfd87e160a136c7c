package netlab.ui.timeline;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Role;

/**
 * When the newest run began: a preset's run (its task is made), or else a client or experiment
 * started by hand; the first event before any. The timeline's axis reads times from it and Fit all
 * shows from it, so a run of microseconds is not crushed by the idle minutes before it.
 */
final class RunStart {
    private long nanos = -1;
    private boolean presetRunning;

    void accept(LabEvent e) {
        if (nanos < 0 || startsRun(e)) {
            nanos = e.nanos();
        }
        if (e.origin().role() == Role.LAB && (e.kind() == EventKind.TASK_CREATED || e.kind() == EventKind.TASK_DONE)) {
            presetRunning = e.kind() == EventKind.TASK_CREATED;
        }
    }

    private boolean startsRun(LabEvent e) {
        if (e.kind() == EventKind.TASK_CREATED && e.origin().role() == Role.LAB) {
            return true;
        }
        // a client or experiment of a preset's run starts inside it: only one started by hand starts a run
        return e.kind() == EventKind.ENDPOINT_STATE && "starting".equals(e.text()) && !presetRunning
                && (e.origin().role() == Role.CLIENT || e.origin().role() == Role.EXPERIMENT);
    }

    /** -1 before any event. */
    long nanos() {
        return nanos;
    }

    void reset() {
        nanos = -1;
        presetRunning = false;
    }
}
