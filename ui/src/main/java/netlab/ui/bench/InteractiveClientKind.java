package netlab.ui.bench;

import java.util.List;

import netlab.engine.lab.InteractiveClientEndpoint;
import netlab.engine.lab.InteractiveClientSpec;
import netlab.engine.port.EndpointInfo;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** A telnet-style client that a person types into, in its pane. */
final class InteractiveClientKind implements EndpointKind {
    @Override
    public String id() {
        return "interactive-client";
    }

    @Override
    public String groupKey() {
        return "bench.group.interactive";
    }

    @Override
    public Ikon icon() {
        return Feather.TERMINAL;
    }

    @Override
    public boolean owns(EndpointInfo endpoint) {
        return endpoint.spec() instanceof InteractiveClientSpec;
    }

    @Override
    public boolean ownsOrigin(netlab.engine.event.Origin origin) {
        return origin.role() == netlab.engine.event.Role.CLIENT && InteractiveClientEndpoint.LOGGER.equals(origin.label());
    }

    @Override
    public List<Property> properties(EndpointInfo endpoint) {
        InteractiveClientSpec spec = (InteractiveClientSpec) endpoint.spec();
        return List.of(
                new Property("bench.prop.target", spec.target().toString()),
                new Property("field.readSize", String.valueOf(spec.readSize())));
    }

}
