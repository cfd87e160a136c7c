package netlab.ui.code;

import java.util.regex.Pattern;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Role;

/**
 * Which events a line of code makes: by the side they come from, their kind, (for log lines) the
 * logger and the message, and (for the bytes an event carries) their Python literal, so that two
 * writes side by side ({@code write(b'echo:')}, {@code write(data)}) lead to their own lines.
 * Every part left null matches anything.
 */
public record EventMatch(Role role, EventKind kind, Pattern logger, Pattern text, Pattern data) {
    public EventMatch(Role role, EventKind kind, Pattern logger, Pattern text) {
        this(role, kind, logger, text, null);
    }

    public boolean matches(LabEvent e) {
        if (role != null && e.origin().role() != role) {
            return false;
        }
        if (kind != null && e.kind() != kind) {
            return false;
        }
        if (logger != null && (e.logger() == null || !logger.matcher(e.logger()).find())) {
            return false;
        }
        if (data != null && (e.data() == null || !data.matcher(e.data().repr()).find())) {
            return false;
        }
        return text == null || (e.text() != null && text.matcher(e.text()).find());
    }
}
