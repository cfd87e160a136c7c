package netlab.app.cli;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;

/** Which events the command line prints. */
public enum Verbosity {
    /** Errors and elision markers only: for load runs. */
    QUIET,
    /** The seed's log lines, errors and markers: what the Python program would print. */
    NORMAL,
    /** Every event: connection_made, data_received with its bytes and offset, and so on. */
    VERBOSE;

    public boolean prints(LabEvent e) {
        return switch (this) {
            case QUIET -> e.kind() == EventKind.ERROR || e.kind() == EventKind.ELIDED || e.kind() == EventKind.LIMIT_REACHED;
            case NORMAL -> e.kind() == EventKind.LOG || e.kind() == EventKind.ERROR || e.kind() == EventKind.ELIDED
                    || e.kind() == EventKind.LIMIT_REACHED;
            case VERBOSE -> true;
        };
    }

    public String format(LabEvent e) {
        if (this == VERBOSE && e.kind() != EventKind.LOG) {
            return e.logger() + ": [" + e.kind().asyncioName() + "] " + e.describe();
        }
        return e.toLogLine();
    }
}
