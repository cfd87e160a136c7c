package netlab.ui.panes;

import netlab.engine.event.LabEvent;
import netlab.ui.i18n.I18n;

/**
 * What a pane says of an event that is not a log line or a chunk, in the window's language: the
 * asyncio call stays as asyncio writes it ({@code read() → b'…'}, {@code pipe_connection_lost(1,
 * None)}), the words around it are translated. Kinds without words of their own read as the
 * engine describes them.
 */
final class EventNotes {
    private final I18n i18n;

    EventNotes(I18n i18n) {
        this.i18n = i18n;
    }

    String describe(LabEvent e) {
        if (e.kind().isStreamRead()) {
            return i18n.get("pane.note.read", e.kind().asyncioName(), e.data().repr(), e.amount());
        }
        return switch (e.kind()) {
            case STREAM_READ_WAITING -> i18n.get("pane.note.readWaiting", e.text(), e.amount());
            case STREAM_READ_FAILED -> e.data().isEmpty()
                    ? i18n.get("pane.note.readFailed", e.text(), String.valueOf(e.error()), e.amount())
                    : i18n.get("pane.note.readFailedTook", e.text(), String.valueOf(e.error()), e.amount(), e.data().repr());
            case DATAGRAM_RECEIVED -> i18n.get("pane.note.datagramReceived", e.data().repr(), e.text(), e.amount());
            case DATAGRAM_SENT -> i18n.get("pane.note.datagramSent", e.data().repr(), e.text(), e.amount());
            case DRAIN_WAITING -> i18n.get("pane.note.drainWaiting", e.amount());
            case DRAIN_RELEASED -> i18n.get("pane.note.drainReleased", e.amount());
            case CLOSE_CALLED -> i18n.get("pane.note.closeCalled", e.amount());
            case ABORT_CALLED -> i18n.get("pane.note.abortCalled", e.amount());
            case SIGNAL_RECEIVED -> i18n.get("pane.note.signal", e.text());
            case PIPE_DATA_RECEIVED, PIPE_DATA_SENT -> i18n.get("pane.note.pipeData", e.kind().asyncioName(), e.text(), e.data().repr(),
                    e.amount(), e.offset());
            case PIPE_CONNECTION_LOST -> e.offset() >= 0
                    ? i18n.get("pane.note.pipeLost", e.text(), e.error() == null ? "None" : e.error().toString(), LabEvent.pipeName(e.text()),
                    e.offset())
                    : i18n.get("pane.note.pipeLostStdin", e.text(), e.error() == null ? "None" : e.error().toString(),
                    LabEvent.pipeName(e.text()));
            default -> e.describe();
        };
    }

    /** An endpoint's state line: its id and the state, named in the window's language. */
    String state(LabEvent e) {
        String key = "endpoint.state." + e.text();
        String named = i18n.get(key);
        return e.origin().endpoint() + ": " + (named.equals("!" + key + "!") ? e.describe() : named);
    }
}
