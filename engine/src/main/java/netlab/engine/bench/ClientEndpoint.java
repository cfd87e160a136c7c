package netlab.engine.bench;

import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.experiments.StreamEchoClient;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.Task;
import netlab.engine.transport.ConnectOptions;

/** A lab client running seed 000's {@code echo_client} coroutine as a task. */
public final class ClientEndpoint extends AbstractEndpoint {
    private final ClientSpec spec;
    private Task<Void> task;

    ClientEndpoint(Lab lab, String id, ClientSpec spec) {
        super(lab, id, Origin.endpoint(id, Role.CLIENT, StreamEchoClient.LOGGER));
        this.spec = spec;
    }

    public ClientSpec spec() {
        return spec;
    }

    LoopFuture<ClientEndpoint> start() {
        announce();
        ConnectOptions address = ConnectOptions.of(id(), StreamEchoClient.LOGGER, spec.host(), spec.port());
        setState(EndpointState.RUNNING);
        task = loop.createTask(StreamEchoClient.LOGGER, origin(), () -> {
            StreamEchoClient.echoClient(loop, lab.logging(), origin(), address, spec.parts(), spec.pause(),
                    spec.halfClose(), spec.readSize());
            return null;
        });
        task.addDoneCallback(t -> {
            if (t.cancelled()) {
                setState(EndpointState.STOPPED);
            } else if (t.exception() != null) {
                lab.logging().getLogger(StreamEchoClient.LOGGER, origin()).error("error", t.exception());
                setState(EndpointState.FAILED);
            } else {
                setState(EndpointState.FINISHED);
            }
        });
        LoopFuture<ClientEndpoint> started = loop.createFuture();
        started.setResult(this);
        return started;
    }

    @Override
    protected void stopOnLoop() {
        setState(EndpointState.STOPPING);
        if (task != null && !task.cancel("stopped by the user")) {
            setState(EndpointState.STOPPED);
        }
    }

    /** The client's task, for tests and the timeline. */
    Task<Void> task() {
        return task;
    }

}
