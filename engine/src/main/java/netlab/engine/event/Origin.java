package netlab.engine.event;

import java.util.Objects;

/**
 * Where an event comes from: the endpoint, the connection (null for endpoint-wide events), the
 * label of the pane it belongs to, and the connection's addresses. One instance is shared by every
 * event of a connection, so any event carries enough to place it even when earlier ones were elided.
 *
 * @param endpoint   endpoint id, e.g. {@code server-1}
 * @param role       which side
 * @param connection connection id, e.g. {@code server-1/3}; null for endpoint-wide events
 * @param label      the pane's name, the seed's logger name where it has one ({@code echo_::1_64624})
 * @param local      local address as {@code host:port} / {@code [v6]:port}; null when unknown
 * @param remote     remote address likewise; null when unknown
 */
public record Origin(String endpoint, Role role, String connection, String label, String local, String remote) {
    public Origin {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(label, "label");
    }

    public static Origin endpoint(String endpoint, Role role, String label) {
        return new Origin(endpoint, role, null, label, null, null);
    }

    public boolean isConnection() {
        return connection != null;
    }

    /** The key a pane groups on: the connection, or the endpoint for endpoint-wide events. */
    public String paneKey() {
        return connection != null ? connection : endpoint;
    }
}
