package netlab.ui.views;

import netlab.engine.event.Origin;

/**
 * What is selected in the bench tree, as views see it: a group of endpoints, an endpoint, or one
 * connection an endpoint accepted.
 *
 * @param type       which of the three
 * @param id         the group's kind id, the endpoint's id ({@code server-1}) or the connection's ({@code server-1/3})
 * @param origin     the origin the item's first event came with; null for a group
 */
public record Selection(Type type, String id, Origin origin) {
    public enum Type { GROUP, ENDPOINT, CONNECTION }

    /** The endpoint it belongs to; null for a group. */
    public String endpointId() {
        return origin == null ? null : origin.endpoint();
    }
}
