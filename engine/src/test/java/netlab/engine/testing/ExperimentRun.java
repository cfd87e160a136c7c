package netlab.engine.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import netlab.engine.lab.EndpointState;
import netlab.engine.lab.ExperimentEndpoint;
import netlab.engine.lab.ExperimentSpec;
import netlab.engine.lab.Lab;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;

/** One experiment started on a lab, and what it printed once it is over. */
public final class ExperimentRun {
    private final ExperimentEndpoint endpoint;
    private final EventLog log;

    private ExperimentRun(ExperimentEndpoint endpoint, EventLog log) {
        this.endpoint = endpoint;
        this.log = log;
    }

    /** Starts experiment {@code id}; {@code log} must have subscribed before. */
    public static ExperimentRun start(Lab lab, EventLog log, String id, Map<String, String> params) {
        try {
            return new ExperimentRun(lab.startExperiment(new ExperimentSpec(id, null, params)).get(OnLoop.T), log);
        } catch (Exception e) {
            throw new AssertionError("experiment " + id + " did not start: " + e, e);
        }
    }

    public ExperimentEndpoint endpoint() {
        return endpoint;
    }

    /** Waits until it is over and returns its state. */
    public EndpointState await(Duration timeout) {
        try {
            endpoint.finished().get(timeout);
        } catch (Exception e) {
            throw new AssertionError(endpoint.spec().id() + " did not end within " + timeout + "; it printed " + lines(), e);
        }
        return endpoint.state();
    }

    /** The lines it printed (and errors), as the command line prints them. */
    public List<String> lines() {
        return log.all().stream()
                .filter(e -> e.origin().endpoint().equals(endpoint.id()))
                .filter(e -> e.kind() == EventKind.LOG || e.kind() == EventKind.ERROR)
                .map(LabEvent::toLogLine)
                .toList();
    }

    public List<LabEvent> events() {
        return log.all().stream().filter(e -> e.origin().endpoint().equals(endpoint.id())).toList();
    }
}
