package netlab.ui.bench;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.net.HostPort;
import netlab.engine.lab.Endpoint;
import netlab.engine.lab.Lab;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.loop.LoopFuture;
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
    public boolean owns(Endpoint endpoint) {
        return endpoint instanceof ServerEndpoint;
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
    public List<Property> properties(Endpoint endpoint) {
        ServerEndpoint server = (ServerEndpoint) endpoint;
        ServerSpec spec = server.spec();
        List<Property> out = new ArrayList<>();
        out.add(new Property("bench.prop.behavior", spec.behavior().id()));
        if (spec.address() instanceof HostPort asked) {
            out.add(new Property("field.host", asked.host() + (spec.allInterfaces() ? " ⚠" : "")));
            out.add(new Property("field.port", asked.port() == 0 ? "0 → " + port(server) : String.valueOf(asked.port())));
        } else {
            out.add(new Property("bench.prop.address", String.valueOf(server.address() != null ? server.address() : spec.address())));
        }
        out.add(new Property("field.readSize", String.valueOf(spec.readSize())));
        out.add(new Property("bench.prop.connections", String.valueOf(server.connectionCount())));
        out.add(new Property("bench.prop.maxConnections", String.valueOf(spec.maxConnections())));
        if (server.refusedConnections() > 0) {
            out.add(new Property("bench.prop.refused", String.valueOf(server.refusedConnections())));
        }
        return out;
    }

    private static String port(ServerEndpoint server) {
        return server.address() == null ? "?" : String.valueOf(server.port());
    }

    /** The same spec; one that asked for a free port comes back on the port it had, so its clients find it. */
    @Override
    public LoopFuture<ServerEndpoint> again(Lab lab, Endpoint endpoint) {
        ServerEndpoint server = (ServerEndpoint) endpoint;
        ServerSpec spec = server.spec();
        if (spec.address() instanceof HostPort asked && asked.port() == 0 && server.address() instanceof HostPort bound) {
            spec = spec.withPort(bound.port());
        }
        return lab.startServer(spec);
    }

    @Override
    public LoopFuture<ServerEndpoint> duplicate(Lab lab, Endpoint endpoint) {
        return lab.startServer(((ServerEndpoint) endpoint).spec().withPort(0));
    }
}
