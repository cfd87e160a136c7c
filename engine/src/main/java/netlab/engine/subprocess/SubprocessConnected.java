package netlab.engine.subprocess;

/** What {@code subprocess_exec} returns: {@code transport, protocol = await loop.subprocess_exec(...)}. */
public record SubprocessConnected<P extends SubprocessProtocol>(SubprocessTransport transport, P protocol) {
}
