package netlab.ui.bench;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.net.HostPort;
import netlab.engine.lab.ServerSpec;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.port.EndpointInfo;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** A TCP stream server (seed 000's {@code start_server}) and the connections it accepted. */
final class TcpServerKind implements EndpointKind {
    @Override
    public String id() {
        return "tcp-server";
    }

    @Override
    public String groupKey() {
        return "bench.group.servers";
    }

    @Override
    public Ikon icon() {
        return Feather.SERVER;
    }

    @Override
    public boolean owns(EndpointInfo endpoint) {
        return endpoint.spec() instanceof ServerSpec;
    }

    @Override
    public boolean ownsOrigin(Origin origin) {
        return origin.role() == Role.SERVER;
    }

    @Override
    public boolean showsConnections() {
        return true;
    }

    @Override
    public List<Property> properties(EndpointInfo endpoint) {
        ServerSpec spec = (ServerSpec) endpoint.spec();
        List<Property> out = new ArrayList<>();
        out.add(new Property("bench.prop.behavior", spec.behavior().id()));
        if (spec.address() instanceof HostPort asked) {
            out.add(new Property("field.host", asked.host() + (spec.allInterfaces() ? " ⚠" : "")));
            out.add(new Property("field.port", asked.port() == 0 ? "0 → " + port(endpoint) : String.valueOf(asked.port())));
        } else {
            out.add(new Property("bench.prop.address", String.valueOf(endpoint.address() != null ? endpoint.address() : spec.address())));
        }
        out.add(new Property("field.readSize", String.valueOf(spec.readSize())));
        out.add(new Property("bench.prop.connections", String.valueOf(endpoint.connections())));
        out.add(new Property("bench.prop.maxConnections", String.valueOf(spec.maxConnections())));
        if (endpoint.refused() > 0) {
            out.add(new Property("bench.prop.refused", String.valueOf(endpoint.refused())));
        }
        return out;
    }

    private static String port(EndpointInfo server) {
        return server.address() instanceof HostPort listening ? String.valueOf(listening.port()) : "?";
    }

}
