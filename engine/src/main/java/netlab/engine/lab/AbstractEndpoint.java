package netlab.engine.lab;

import netlab.engine.event.EventKind;
import netlab.engine.event.Origin;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;

/** State, its events, and the finished future, shared by every endpoint. */
abstract class AbstractEndpoint implements Endpoint {
    protected final Lab lab;
    protected final EventLoop loop;
    private final String id;
    private final Origin origin;
    private final LoopFuture<Void> finished;
    private volatile EndpointState state = EndpointState.STARTING;

    AbstractEndpoint(Lab lab, String id, Origin origin) {
        this(lab, lab.loop(), id, origin);
    }

    /**
     * An endpoint that runs on {@code loop}: the lab's, or a program loop of its own. Its
     * {@link #finished()} is a future of the lab's loop, whichever loop it runs on.
     */
    AbstractEndpoint(Lab lab, EventLoop loop, String id, Origin origin) {
        this.lab = lab;
        this.loop = loop;
        this.id = id;
        this.origin = origin;
        this.finished = new LoopFuture<>(lab.loop());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Origin origin() {
        return origin;
    }

    @Override
    public EndpointState state() {
        return state;
    }

    @Override
    public LoopFuture<Void> finished() {
        return finished;
    }

    /** Reports the endpoint as starting, so that consumers know its id before it runs. Loop thread only. */
    protected void announce() {
        loop.events().publish(origin, EventKind.ENDPOINT_STATE, null, state.label(), null, -1, 0, null);
    }

    /** The endpoint's loop's thread only. */
    protected void setState(EndpointState next) {
        if (state == next || state.isOver()) {
            return;
        }
        state = next;
        loop.events().publish(origin, EventKind.ENDPOINT_STATE, null, next.label(), null, -1, 0, null);
        if (next.isOver()) {
            if (finished.loop().inLoop()) {
                finished.trySetResult(null);
            } else {
                finished.loop().callSoonThreadsafe(() -> finished.trySetResult(null));
            }
        }
    }

    @Override
    public final LoopFuture<Void> stop() {
        return lab.onLoop(() -> {
            Runnable begin = () -> {
                if (!state.isOver()) {
                    stopOnLoop();
                }
            };
            if (loop.inLoop()) {
                begin.run();
            } else {
                loop.callSoonThreadsafe(begin); // the endpoint's own loop stops it
            }
            return finished;
        });
    }

    /** Begins stopping; must end in {@link #setState} with a state that is over. */
    protected abstract void stopOnLoop();
}
