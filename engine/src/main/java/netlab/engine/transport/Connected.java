package netlab.engine.transport;

/** What {@code create_connection} returns: the transport and the protocol instance it drives. */
public record Connected<P extends Protocol>(Transport transport, P protocol) {
}
