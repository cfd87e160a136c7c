package netlab.ui.bench;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.net.HostPort;
import netlab.engine.lab.Endpoint;
import netlab.engine.lab.Lab;
import netlab.engine.lab.RelayEndpoint;
import netlab.engine.lab.RelaySpec;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.loop.LoopFuture;
import netlab.ui.relay.RelayCard;
import netlab.ui.views.LabContext;
import netlab.ui.views.LabPart;
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
    public boolean owns(Endpoint endpoint) {
        return endpoint instanceof RelayEndpoint;
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
    public List<Property> properties(Endpoint endpoint) {
        RelayEndpoint relay = (RelayEndpoint) endpoint;
        RelaySpec spec = relay.spec();
        List<Property> out = new ArrayList<>();
        out.add(new Property("bench.prop.address", String.valueOf(relay.address() == null ? spec.listen() : relay.address())));
        out.add(new Property("bench.prop.target", spec.target().toString()));
        out.add(new Property("bench.prop.relaying", spec.describe(relay.seed())));
        out.add(new Property("bench.prop.connections", String.valueOf(relay.liveCount())));
        return out;
    }

    /** The same relay, on the port it had and with the seed it drew: the run repeats. */
    @Override
    public LoopFuture<RelayEndpoint> again(Lab lab, Endpoint endpoint) {
        RelayEndpoint relay = (RelayEndpoint) endpoint;
        RelaySpec spec = relay.spec().withSeed(relay.seed());
        if (spec.listen() instanceof HostPort asked && asked.port() == 0 && relay.address() instanceof HostPort bound) {
            spec = spec.withPort(bound.port());
        }
        return lab.startRelay(spec);
    }

    @Override
    public LoopFuture<RelayEndpoint> duplicate(Lab lab, Endpoint endpoint) {
        RelayEndpoint relay = (RelayEndpoint) endpoint;
        return lab.startRelay(relay.spec().withSeed(relay.seed()).withPort(0));
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
