package netlab.app.preset;

import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventMatch;
import netlab.engine.event.Role;

/**
 * An {@link EventMatch} in a file: {@code {"role": "server", "kind": "data_received", "logger":
 * "^main$", "text": "^closing", "data": "b'echo:'"}}, every field optional; kinds by their asyncio
 * name or constant, patterns as Java regular expressions found anywhere in the field.
 */
public final class EventMatchJson {
    private static final Set<String> FIELDS = Set.of("role", "kind", "logger", "text", "data");
    /** Longest pattern: a moment names a line, not a program. */
    static final int MAX_PATTERN = 200;

    private EventMatchJson() {
    }

    /** Reads one strictly: an unknown field, role or kind, or a pattern that does not compile is an error naming {@code path}. */
    static EventMatch read(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(path + ": must be an object such as {\"role\": \"server\", \"kind\": \"data_received\"}");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException(path + "." + f + ": unknown field (an event is matched by "
                        + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        Role role = null;
        String roleName = text(node, "role", path);
        if (roleName != null) {
            try {
                role = Role.valueOf(roleName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(path + ".role: unknown side '" + roleName + "' (one of lab, server, client, experiment, relay)");
            }
        }
        EventKind kind = null;
        String kindName = text(node, "kind", path);
        if (kindName != null) {
            kind = kind(kindName);
            if (kind == null) {
                throw new IllegalArgumentException(path + ".kind: unknown event kind '" + kindName + "' (an asyncio name such as data_received, log, connection_lost)");
            }
        }
        EventMatch match = new EventMatch(role, kind, pattern(node, "logger", path), pattern(node, "text", path), pattern(node, "data", path));
        if (role == null && kind == null && match.logger() == null && match.text() == null && match.data() == null) {
            throw new IllegalArgumentException(path + ": matches every event; name at least a side, a kind or a pattern");
        }
        return match;
    }

    /** Writes {@code match} into {@code into}, the way {@link #read} reads it back. */
    static ObjectNode write(EventMatch match, ObjectNode into) {
        if (match.role() != null) {
            into.put("role", match.role().name().toLowerCase(Locale.ROOT));
        }
        if (match.kind() != null) {
            into.put("kind", match.kind().asyncioName());
        }
        if (match.logger() != null) {
            into.put("logger", match.logger().pattern());
        }
        if (match.text() != null) {
            into.put("text", match.text().pattern());
        }
        if (match.data() != null) {
            into.put("data", match.data().pattern());
        }
        return into;
    }

    /** A kind by its asyncio name ({@code data_received}) or its constant ({@code DATA_RECEIVED}); null if none. */
    static EventKind kind(String name) {
        for (EventKind k : EventKind.values()) {
            if (k.asyncioName().equals(name) || k.name().equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(path + "." + field + ": must be a string");
        }
        return v.textValue();
    }

    private static Pattern pattern(JsonNode node, String field, String path) {
        String p = text(node, field, path);
        if (p == null) {
            return null;
        }
        if (p.length() > MAX_PATTERN) {
            throw new IllegalArgumentException(path + "." + field + ": a pattern of at most " + MAX_PATTERN + " characters, this one has " + p.length());
        }
        try {
            return Pattern.compile(p);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(path + "." + field + ": not a regular expression: " + e.getDescription() + " in /" + p + "/");
        }
    }
}
