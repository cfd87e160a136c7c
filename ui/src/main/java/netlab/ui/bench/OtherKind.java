package netlab.ui.bench;

import java.util.List;

import netlab.engine.port.EndpointInfo;
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
    public boolean owns(EndpointInfo endpoint) {
        return true;
    }

    @Override
    public List<Property> properties(EndpointInfo endpoint) {
        return List.of(new Property("bench.prop.type", endpoint.spec() == null ? "?" : endpoint.spec().getClass().getSimpleName()));
    }
}
