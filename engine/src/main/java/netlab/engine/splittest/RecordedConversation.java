package netlab.engine.splittest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Role;
import netlab.engine.record.Recording;

/**
 * A conversation taken from a recording of a live session: the first client connection that
 * wrote something; each of its writes is a request and what it read before its next write is that
 * request's response (so the responses are compared as one stream, whatever the exchanges).
 */
public final class RecordedConversation {
    private RecordedConversation() {
    }

    public static Conversation from(Recording recording) {
        Map<String, List<LabEvent>> byConnection = new LinkedHashMap<>();
        for (LabEvent e : recording.events()) {
            if (e.origin().role() == Role.CLIENT && e.origin().connection() != null
                    && (e.kind() == EventKind.DATA_SENT || e.kind() == EventKind.DATA_RECEIVED)) {
                byConnection.computeIfAbsent(e.origin().endpoint() + "/" + e.origin().connection(), k -> new ArrayList<>()).add(e);
            }
        }
        for (List<LabEvent> events : byConnection.values()) {
            List<Exchange> exchanges = new ArrayList<>();
            Bytes request = null;
            Bytes response = Bytes.EMPTY;
            for (LabEvent e : events) {
                if (e.kind() == EventKind.DATA_SENT) {
                    if (request != null && !response.isEmpty()) {
                        exchanges.add(new Exchange(request, response, 0));
                        request = null;
                        response = Bytes.EMPTY;
                    }
                    request = request == null ? e.data() : request.concat(e.data());
                } else if (request != null) {
                    response = response.concat(e.data());
                }
            }
            if (request != null) {
                exchanges.add(new Exchange(request, response, 0));
            }
            if (!exchanges.isEmpty()) {
                String label = events.get(0).origin().label();
                return new Conversation(recording.source() + " (connection " + label + ")", exchanges);
            }
        }
        throw new IllegalArgumentException(recording.source() + ": no client connection in the recording wrote anything");
    }
}
