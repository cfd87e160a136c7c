package netlab.engine.experiments;

import java.util.Map;

import netlab.engine.bench.Lab;
import netlab.engine.event.Origin;
import netlab.engine.log.Logger;
import netlab.engine.log.Logging;
import netlab.engine.loop.EventLoop;
import netlab.engine.net.SocketAddr;

/**
 * What an experiment runs with: the lab and its loop, logging whose lines land in the
 * experiment's pane, its parameters (from the preset or the person), and the addresses of the
 * preset's servers by name (for an experiment that talks to one).
 */
public record ExperimentContext(Lab lab, Origin origin, Map<String, String> params, Map<String, SocketAddr> servers) {
    public ExperimentContext {
        params = Map.copyOf(params);
        servers = Map.copyOf(servers);
    }

    public EventLoop loop() {
        return lab.loop();
    }

    public Logging logging() {
        return lab.logging();
    }

    /** {@code logging.getLogger(name)} with lines outside any connection in this experiment's pane. */
    public Logger logger(String name) {
        return lab.logging().getLogger(name, origin);
    }

    public String param(String name, String fallback) {
        return params.getOrDefault(name, fallback);
    }

    public int intParam(String name, int fallback) {
        String v = params.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + " must be a whole number, was '" + v + "'", e);
        }
    }
}
