package netlab.engine.lab;

import java.util.Map;

import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.experiments.ExperimentCatalog;
import netlab.engine.experiments.ExperimentContext;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.Task;
import netlab.engine.net.Address;

/** An experiment running as a task on its loop: finished when its program returns, stopped by cancelling it. */
public final class ExperimentEndpoint extends AbstractEndpoint {
    private final ExperimentSpec spec;
    private final Map<String, Address> servers;
    private Task<Void> task;

    ExperimentEndpoint(Lab lab, netlab.engine.loop.EventLoop loop, String id, ExperimentSpec spec, Map<String, Address> servers) {
        super(lab, loop, id, Origin.endpoint(id, Role.EXPERIMENT, spec.label()));
        this.spec = spec;
        this.servers = Map.copyOf(servers);
    }

    public ExperimentSpec spec() {
        return spec;
    }

    LoopFuture<ExperimentEndpoint> start() {
        announce();
        ExperimentContext context = new ExperimentContext(loop, lab.logging(), origin(), spec.params(), servers);
        setState(EndpointState.RUNNING);
        task = loop.createTask(spec.id(), origin(), () -> {
            ExperimentCatalog.find(spec.id()).orElseThrow().run(context);
            return null;
        });
        task.addDoneCallback(t -> {
            context.program().close();
            if (t.cancelled()) {
                setState(EndpointState.STOPPED);
            } else if (t.exception() != null) {
                lab.logging().getLogger(spec.label(), origin()).error("error", t.exception());
                setState(EndpointState.FAILED);
            } else {
                setState(EndpointState.FINISHED);
            }
        });
        LoopFuture<ExperimentEndpoint> started = loop.createFuture();
        started.setResult(this);
        return started;
    }

    @Override
    protected void stopOnLoop() {
        setState(EndpointState.STOPPING);
        if (task == null || !task.cancel("stopped by the user")) {
            setState(EndpointState.STOPPED);
        }
    }
}
