package netlab.engine.experiments;

import java.util.Map;

import netlab.engine.event.Origin;
import netlab.engine.log.Logger;
import netlab.engine.log.Logging;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.ProgramLoop;
import netlab.engine.net.Address;

/**
 * What an experiment runs with: the lab's loop, logging whose lines land in the
 * experiment's pane, its parameters (from the preset or the person), the addresses of the
 * preset's servers by name (for an experiment that talks to one), and the loop as the program
 * sees it ({@link #getEventLoop()}), which is closed when the experiment ends.
 */
public record ExperimentContext(EventLoop loop, Logging logging, Origin origin, Map<String, String> params,
                                Map<String, Address> servers, ProgramLoop program) {
    public ExperimentContext {
        params = Map.copyOf(params);
        servers = Map.copyOf(servers);
    }

    /** The context of a program that starts now: its loop as it sees it is a new {@link ProgramLoop}. */
    public ExperimentContext(EventLoop loop, Logging logging, Origin origin, Map<String, String> params,
                             Map<String, Address> servers) {
        this(loop, logging, origin, params, servers, new ProgramLoop(loop, origin));
    }

    /** {@code asyncio.get_event_loop()}: the lab's loop as this program sees it. */
    public ProgramLoop getEventLoop() {
        return program;
    }

    public boolean boolParam(String name, boolean fallback) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException("parameter " + name + " must be true or false, was '" + v + "'");
        };
    }

    public double doubleParam(String name, double fallback) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + " must be a number, was '" + v + "'", e);
        }
    }

    /** {@code logging.getLogger(name)} with lines outside any connection in this experiment's pane. */
    public Logger logger(String name) {
        return logging.getLogger(name, origin);
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
