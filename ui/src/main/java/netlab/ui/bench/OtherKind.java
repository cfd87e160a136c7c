package netlab.ui.bench;

import java.util.List;

import netlab.engine.lab.Endpoint;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** Whatever no registered kind owns: shown all the same, with what every endpoint has. */
final class OtherKind implements EndpointKind {
    @Override
    public String id() {
        return "other";
    }

    @Override
    public String groupKey() {
        return "bench.group.other";
    }

    @Override
    public Ikon icon() {
        return Feather.BOX;
    }

    @Override
    public boolean owns(Endpoint endpoint) {
        return true;
    }

    @Override
    public List<Property> properties(Endpoint endpoint) {
        return List.of(new Property("bench.prop.type", endpoint.getClass().getSimpleName()));
    }
}
