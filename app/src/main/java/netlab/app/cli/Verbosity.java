package netlab.app.cli;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;

/** Which events the command line prints. */
public enum Verbosity {
    /**
     * For load runs: errors, elision markers and the endpoints' own lines ("starting up on ...",
     * "closing server"), not each connection's; the lab counts per-connection detail instead of
     * reporting it (see {@link #detailed()}).
     */
    QUIET,
    /** The seed's log lines, errors and markers: what the Python program would print. */
    NORMAL,
    /** Every event: connection_made, data_received with its bytes and offset, and so on. */
    VERBOSE;

    public boolean prints(LabEvent e) {
        return switch (this) {
            case QUIET -> e.kind() == EventKind.ERROR || e.kind() == EventKind.ELIDED || e.kind() == EventKind.LIMIT_REACHED
                    || (e.kind() == EventKind.LOG && !e.origin().isConnection());
            case NORMAL -> e.kind() == EventKind.LOG || e.kind() == EventKind.ERROR || e.kind() == EventKind.ELIDED
                    || e.kind() == EventKind.LIMIT_REACHED || e.kind() == EventKind.RULE_MATCHED;
            case VERBOSE -> true;
        };
    }

    /** Whether the lab should report every read, write and task step (all but quiet). */
    public boolean detailed() {
        return this != QUIET;
    }

    public String format(LabEvent e) {
        if (this == VERBOSE && e.kind() != EventKind.LOG) {
            return e.logger() + ": [" + e.kind().asyncioName() + "] " + e.describe();
        }
        return e.toLogLine();
    }
}
