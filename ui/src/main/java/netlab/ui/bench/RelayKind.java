package netlab.ui.bench;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.lab.RelaySpec;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.ui.relay.RelayCard;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;
import netlab.engine.port.EndpointInfo;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** A re-chunking relay and, below it, the two legs of each connection it relays. */
final class RelayKind implements EndpointKind {
    @Override
    public String id() {
        return "relay";
    }

    @Override
    public String groupKey() {
        return "bench.group.relays";
    }

    @Override
    public Ikon icon() {
        return Feather.SHUFFLE;
    }

    @Override
    public boolean owns(EndpointInfo endpoint) {
        return endpoint.spec() instanceof RelaySpec;
    }

    @Override
    public boolean ownsOrigin(Origin origin) {
        return origin.role() == Role.RELAY;
    }

    @Override
    public boolean showsConnections() {
        return true;
    }

    @Override
    public List<Property> properties(EndpointInfo endpoint) {
        EndpointInfo relay = endpoint;
        RelaySpec spec = (RelaySpec) relay.spec();
        List<Property> out = new ArrayList<>();
        out.add(new Property("bench.prop.address", String.valueOf(relay.address() == null ? spec.listen() : relay.address())));
        out.add(new Property("bench.prop.target", spec.target().toString()));
        out.add(new Property("bench.prop.relaying", spec.describe(relay.seed())));
        out.add(new Property("bench.prop.connections", String.valueOf(relay.connections())));
        return out;
    }

    @Override
    public LabPart newForm(LabContext context) {
        return new RelayCard(context);
    }

    @Override
    public String newKey() {
        return "bench.new.relay";
    }
}
