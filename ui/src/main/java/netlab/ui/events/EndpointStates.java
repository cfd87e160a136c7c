package netlab.ui.events;

import netlab.engine.lab.EndpointState;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;

/** Reading an endpoint's state back from its {@link EventKind#ENDPOINT_STATE} event. */
public final class EndpointStates {
    private EndpointStates() {
    }

    /** The state the event announces, or null when it announces none. */
    public static EndpointState of(LabEvent event) {
        if (event.kind() != EventKind.ENDPOINT_STATE || event.text() == null) {
            return null;
        }
        for (EndpointState state : EndpointState.values()) {
            if (state.label().equals(event.text())) {
                return state;
            }
        }
        return null;
    }
}
