package netlab.ui.lab;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Role;
import netlab.engine.lab.EndpointState;
import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import netlab.engine.port.EndpointInfo;
import netlab.engine.port.LabCommands;
import netlab.ui.events.EndpointStates;
import netlab.ui.server.ServerCardModel;
import netlab.ui.views.LabSubscriber;

/**
 * The port the latest server (or relay) of the bench listens on, which client forms point at:
 * from the events, and first-hand from the server card for its own server (whose events may have
 * been elided under a flood).
 */
final class ServerFollower implements LabSubscriber {
    private final LabCommands commands;
    private final ReadOnlyIntegerWrapper listeningPort = new ReadOnlyIntegerWrapper(-1);
    private String listeningServer;

    ServerFollower(LabCommands commands, ServerCardModel card) {
        this.commands = commands;
        card.listeningPortProperty().addListener((obs, old, now) -> {
            if (now.intValue() > 0) {
                listeningServer = card.endpointIdProperty().get();
                listeningPort.set(now.intValue());
            }
        });
    }

    @Override
    public void accept(LabEvent e) {
        if ((e.origin().role() != Role.SERVER && e.origin().role() != Role.RELAY) || e.origin().isConnection()) {
            return;
        }
        EndpointState state = EndpointStates.of(e);
        if (state == null) {
            return;
        }
        String id = e.origin().endpoint();
        Address address = commands.endpoint(id).map(EndpointInfo::address).orElse(null);
        if (state == EndpointState.RUNNING && address instanceof HostPort listening) {
            listeningServer = id;
            listeningPort.set(listening.port());
        } else if (state.isOver() && id.equals(listeningServer)) {
            listeningServer = null;
            listeningPort.set(-1);
        }
    }

    ReadOnlyIntegerProperty listeningPortProperty() {
        return listeningPort.getReadOnlyProperty();
    }
}
