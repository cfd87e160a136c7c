package netlab.ui.bench;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.lab.ExperimentSpec;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.port.EndpointInfo;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** A seed program of its own (tasks, timers, a socket pair), run as a task on the loop. */
final class ExperimentKind implements EndpointKind {
    @Override
    public String id() {
        return "experiment";
    }

    @Override
    public String groupKey() {
        return "bench.group.experiments";
    }

    @Override
    public Ikon icon() {
        return Feather.CPU;
    }

    @Override
    public boolean owns(EndpointInfo endpoint) {
        return endpoint.spec() instanceof ExperimentSpec;
    }

    @Override
    public boolean ownsOrigin(Origin origin) {
        return origin.role() == Role.EXPERIMENT;
    }

    @Override
    public List<Property> properties(EndpointInfo endpoint) {
        ExperimentSpec spec = (ExperimentSpec) endpoint.spec();
        List<Property> out = new ArrayList<>();
        out.add(new Property("bench.prop.experiment", spec.id()));
        spec.params().forEach((k, v) -> out.add(new Property("bench.prop.param", k + " = " + v)));
        return out;
    }

}
