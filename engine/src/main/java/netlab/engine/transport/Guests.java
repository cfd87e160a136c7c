package netlab.engine.transport;

import netlab.engine.net.Address;

/**
 * Who the connections a server accepts may belong to: during a class (issue 14), the students who
 * joined from the address a connection comes from. Asked once for each accepted TCP or TLS
 * connection, on the server's loop; the answer may change from one connection to the next.
 */
@FunctionalInterface
public interface Guests {
    /** Nobody's: every connection is the lab's as usual. */
    Guests NONE = (endpoint, peer) -> null;

    /**
     * The visit the connection from {@code peer} to the server {@code endpoint} makes, or null when
     * it is nobody's in particular (it stays as it always was). Any thread; must not block.
     */
    Visit arrive(String endpoint, Address peer);
}
