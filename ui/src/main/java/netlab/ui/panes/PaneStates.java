package netlab.ui.panes;

import netlab.engine.lab.EndpointState;
import netlab.engine.event.EventKind;

/** How a pane's state follows the events of its connection or endpoint. */
final class PaneStates {
    private PaneStates() {
    }

    static PaneState next(PaneKind kind, PaneState now, EventKind event, EndpointState endpoint) {
        if (endpoint != null) {
            return kind == PaneKind.SERVER_MAIN ? ofServer(endpoint, now) : ofClient(endpoint, now);
        }
        return switch (event) {
            case LISTENING -> kind == PaneKind.SERVER_MAIN ? PaneState.LISTENING : now;
            case SERVER_CLOSED -> kind == PaneKind.SERVER_MAIN ? PaneState.STOPPED : now;
            case CONNECTION_MADE -> now == PaneState.CLOSED ? now : PaneState.OPEN;
            case EOF_SENT -> switch (now) {
                case OPEN -> PaneState.HALF_CLOSED_LOCAL;
                case HALF_CLOSED_REMOTE -> PaneState.HALF_CLOSED_BOTH;
                default -> now;
            };
            case EOF_RECEIVED -> switch (now) {
                case OPEN -> PaneState.HALF_CLOSED_REMOTE;
                case HALF_CLOSED_LOCAL -> PaneState.HALF_CLOSED_BOTH;
                default -> now;
            };
            case CONNECTION_LOST -> kind == PaneKind.SERVER_MAIN ? now : PaneState.CLOSED;
            // a child process's pane (the program's own never gets its child's exit): over once it exited
            case PROCESS_EXITED -> kind == PaneKind.LAB ? PaneState.CLOSED : now;
            default -> now;
        };
    }

    private static PaneState ofServer(EndpointState endpoint, PaneState now) {
        return switch (endpoint) {
            case STARTING -> PaneState.STARTING;
            case RUNNING -> PaneState.LISTENING;
            case STOPPING -> PaneState.STOPPING;
            case STOPPED, FINISHED -> PaneState.STOPPED;
            case FAILED -> PaneState.FAILED;
        };
    }

    /** A client's connection speaks for it while there is one; its end says how the client ended. */
    private static PaneState ofClient(EndpointState endpoint, PaneState now) {
        return switch (endpoint) {
            case STARTING, RUNNING -> now;
            case STOPPING -> now.isConnected() ? now : PaneState.STOPPING;
            case STOPPED -> PaneState.STOPPED;
            case FINISHED -> PaneState.CLOSED;
            case FAILED -> PaneState.FAILED;
        };
    }
}
