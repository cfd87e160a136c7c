package netlab.ui.testing;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventStream;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;

/**
 * Events as the engine makes them, for view-model tests that run without a lab: the origins have
 * the shapes the engine gives them (endpoint ids, connection ids, labels, {@code host:port} addresses).
 */
public final class SyntheticEvents {
    private long seq;
    private final java.util.Map<String, long[]> offsets = new java.util.HashMap<>();

    public static Origin serverMain(String endpoint) {
        return Origin.endpoint(endpoint, Role.SERVER, endpoint);
    }

    /** A connection a server accepted from {@code peerPort}, labelled as seed 000 names its logger. */
    public static Origin serverConnection(String endpoint, int n, int serverPort, int peerPort) {
        return new Origin(endpoint, Role.SERVER, endpoint + "/" + n, "echo_127.0.0.1_" + peerPort,
                "127.0.0.1:" + serverPort, "127.0.0.1:" + peerPort);
    }

    public static Origin clientEndpoint(String endpoint) {
        return Origin.endpoint(endpoint, Role.CLIENT, "echo_client");
    }

    public static Origin clientConnection(String endpoint, int localPort, int serverPort) {
        return new Origin(endpoint, Role.CLIENT, endpoint + "/1", "echo_client",
                "127.0.0.1:" + localPort, "127.0.0.1:" + serverPort);
    }

    public LabEvent event(Origin origin, EventKind kind, String text) {
        return new LabEvent(++seq, seq * 1000, origin, kind, null, text, null, -1, 0, null);
    }

    public LabEvent log(Origin origin, String logger, String text) {
        return new LabEvent(++seq, seq * 1000, origin, EventKind.LOG, logger, text, null, -1, 0, null);
    }

    public LabEvent state(Origin origin, String label) {
        return event(origin, EventKind.ENDPOINT_STATE, label);
    }

    /** A read or write of {@code text}, at the offset its direction has reached on this connection. */
    public LabEvent data(Origin origin, EventKind kind, String text) {
        Bytes data = Bytes.utf8(text);
        long[] at = offsets.computeIfAbsent(origin.paneKey(), k -> new long[2]);
        int dir = kind == EventKind.DATA_RECEIVED ? 0 : 1;
        long offset = at[dir];
        at[dir] += data.size();
        return new LabEvent(++seq, seq * 1000, origin, kind, null, null, data, offset, data.size(), null);
    }

    public LabEvent elided(long count) {
        return new LabEvent(++seq, seq * 1000, EventStream.LAB_ORIGIN, EventKind.ELIDED, "netlab",
                count + " events elided", null, -1, count, null);
    }
}
