package netlab.engine.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A pattern over events: by the side they come from, their kind, (for log lines) the logger and
 * the message, and (for the bytes an event carries) their Python literal. A line of code names the
 * events it makes with one (so that two writes side by side, {@code write(b'echo:')} and
 * {@code write(data)}, lead to their own lines), and a question of a preset names its teaching
 * moment with one. Every part left null matches anything; the patterns are found anywhere in the
 * text ({@link java.util.regex.Matcher#find()}), so anchor them ({@code ^closing}) to mean the start.
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

    /** The pattern as a person reads it: {@code server data_received, text ~ /^closing/}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        String head = (role == null ? "any side" : role.name().toLowerCase(Locale.ROOT)) + " "
                + (kind == null ? "event" : kind.asyncioName());
        parts.add(head);
        if (logger != null) {
            parts.add("logger ~ /" + logger.pattern() + "/");
        }
        if (text != null) {
            parts.add("text ~ /" + text.pattern() + "/");
        }
        if (data != null) {
            parts.add("data ~ /" + data.pattern() + "/");
        }
        return String.join(", ", parts);
    }
}
