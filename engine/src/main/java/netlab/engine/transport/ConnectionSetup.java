package netlab.engine.transport;

import java.util.function.Function;
import java.util.function.Supplier;

import netlab.engine.event.Role;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.SocketAddr;

/**
 * What a new connection needs to know about its endpoint: where to report, how to name its pane
 * from the peer's address, which protocol to run, its buffer limits and its group.
 */
record ConnectionSetup(EventLoop loop, String endpoint, Role role, Function<SocketAddr, String> labeler,
                       Supplier<? extends Protocol> protocolFactory, WaterMarks limits, ConnectionGroup group,
                       LoopFuture<Connected<Protocol>> connected) {
}
