package netlab.ui.panes;

import netlab.engine.event.LabEvent;
import netlab.ui.events.EventWords;
import netlab.ui.i18n.I18n;

/**
 * What a pane says of an event that is not a log line or a chunk, in the window's language: the
 * asyncio call stays as asyncio writes it ({@code read() → b'…'}, {@code pipe_connection_lost(1,
 * None)}), the words around it are translated. The engine's own words for other kinds are
 * {@link EventWords}'.
 */
final class EventNotes {
    private final I18n i18n;
    private final EventWords words;

    EventNotes(I18n i18n) {
        this.i18n = i18n;
        this.words = new EventWords(i18n);
    }

    String describe(LabEvent e) {
        return words.describe(e);
    }

    String logLine(LabEvent e) {
        return words.logLine(e);
    }

    /** An endpoint's state line: its id and the state, named in the window's language. */
    String state(LabEvent e) {
        String key = "endpoint.state." + e.text();
        String named = i18n.get(key);
        return e.origin().endpoint() + ": " + (named.equals("!" + key + "!") ? e.describe() : named);
    }
}
