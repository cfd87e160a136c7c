package netlab.engine.transport;

import netlab.engine.event.Origin;
import netlab.engine.net.Address;

/**
 * Names a new connection where its endpoint's role and labeler do not say enough: a relay's leg
 * to the server belongs with the client's leg it serves, not with a numbering of its own.
 */
@FunctionalInterface
public interface ConnectionNamer {
    /**
     * @param id    the id its endpoint's numbering gave it ({@code relay-1/3})
     * @param local this side's address (a Unix socket's path, or empty)
     * @param peer  the other side's
     */
    Origin name(String id, Address local, Address peer);
}
