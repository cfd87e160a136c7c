package netlab.ui.bench;

import java.util.List;
import java.util.stream.Collectors;

import netlab.engine.lab.ClientSpec;
import netlab.engine.bytes.Bytes;
import netlab.engine.port.EndpointInfo;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** Seed 000's {@code echo_client}: writes its parts, maybe half-closes, reads until EOF. */
final class TcpClientKind implements EndpointKind {
    @Override
    public String id() {
        return "tcp-client";
    }

    @Override
    public String groupKey() {
        return "bench.group.clients";
    }

    @Override
    public Ikon icon() {
        return Feather.MONITOR;
    }

    @Override
    public boolean owns(EndpointInfo endpoint) {
        return endpoint.spec() instanceof ClientSpec;
    }

    @Override
    public boolean ownsOrigin(netlab.engine.event.Origin origin) {
        return origin.role() == netlab.engine.event.Role.CLIENT
                && !netlab.engine.lab.InteractiveClientEndpoint.LOGGER.equals(origin.label());
    }

    @Override
    public List<Property> properties(EndpointInfo endpoint) {
        ClientSpec spec = (ClientSpec) endpoint.spec();
        return List.of(
                new Property("bench.prop.target", spec.target().toString()),
                new Property("bench.prop.parts", spec.parts().stream().map(Bytes::repr).collect(Collectors.joining(" · "))),
                new Property("field.pauseMillis", String.valueOf(spec.pause().toMillis())),
                new Property("bench.prop.halfClose", spec.halfClose() ? "write_eof()" : "—"),
                new Property("field.readSize", String.valueOf(spec.readSize())));
    }

}
