package netlab.engine.relay;

import netlab.engine.event.Origin;
import netlab.engine.event.Role;

/**
 * The two connections a relay keeps for each one it relays: the one its client opened to it,
 * numbered like a server's ({@code relay-1/3}), and the one it opened to the server on that
 * client's behalf ({@code relay-1/3/up}). A pane, the timeline and the bench tree tell them apart
 * through here.
 */
public enum RelayLeg {
    /** The client's connection to the relay: the relay reads what the client writes here. */
    CLIENT_SIDE,
    /** The relay's connection to the server: the relay writes the re-split chunks here. */
    SERVER_SIDE;

    static final String UP = "/up";

    /** Which leg an event's origin is; null when it is not a relay's connection. */
    public static RelayLeg of(Origin origin) {
        if (origin.role() != Role.RELAY || origin.connection() == null) {
            return null;
        }
        return origin.connection().endsWith(UP) ? SERVER_SIDE : CLIENT_SIDE;
    }

    /** The connection id of the server-side leg that serves client-side leg {@code clientSide}. */
    public static String serverSideId(String clientSide) {
        return clientSide + UP;
    }

    /** The connection id of the client-side leg of either leg: what both have in common. */
    public static String relayedId(Origin origin) {
        String c = origin.connection();
        return c != null && c.endsWith(UP) ? c.substring(0, c.length() - UP.length()) : c;
    }
}
