package netlab.engine.lab;

import netlab.engine.event.Origin;
import netlab.engine.loop.LoopFuture;

/** Something running on the bench: a server, a client. Its methods may be called from any thread. */
public interface Endpoint {
    String id();

    /** Where its endpoint-wide events are reported. */
    Origin origin();

    EndpointState state();

    /** Stops it; done when it has stopped. Stopping one that is over does nothing. */
    LoopFuture<Void> stop();

    /** Done when it is over, however it ended. */
    LoopFuture<Void> finished();
}
