package netlab.engine.record;

import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.ErrorInfo;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;

/**
 * A {@link LabEvent} as one JSON object and back:
 * <pre>
 * {"type":"event","seq":7,"t":1523004,"kind":"DATA_RECEIVED",
 *  "origin":{"endpoint":"server-1","role":"SERVER","connection":"server-1/1","label":"echo_127.0.0.1_53310",
 *            "local":"127.0.0.1:10000","remote":"127.0.0.1:53310"},
 *  "logger":"echo_127.0.0.1_53310","data":"VGhpcyBpcyB0aGUgbWVzc2FnZS4g","offset":0,"amount":21}
 * </pre>
 * {@code t} is nanoseconds since the lab started; {@code data} is base64; fields that hold
 * nothing ({@code text} null, {@code offset} -1, {@code amount} 0, no data, no error) are left out.
 * Data over {@link RecordingFormat#MAX_DATA_BYTES} is cut, and {@code dataCut} says how big it was.
 */
final class EventCodec {
    static final int MAX_NAME_CHARS = 1_024;
    static final int MAX_TEXT_CHARS = 1024 * 1024;

    private EventCodec() {
    }

    static void write(JsonGenerator g, LabEvent e) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "event");
        g.writeNumberField("seq", e.seq());
        g.writeNumberField("t", e.nanos());
        g.writeStringField("kind", e.kind().name());
        Origin o = e.origin();
        g.writeObjectFieldStart("origin");
        g.writeStringField("endpoint", clean(o.endpoint()));
        g.writeStringField("role", o.role().name());
        optional(g, "connection", o.connection());
        g.writeStringField("label", clean(o.label()));
        optional(g, "local", o.local());
        optional(g, "remote", o.remote());
        g.writeEndObject();
        g.writeStringField("logger", clean(e.logger()));
        optional(g, "text", e.text());
        Bytes data = e.data();
        if (!data.isEmpty()) {
            int kept = Math.min(data.size(), RecordingFormat.MAX_DATA_BYTES);
            g.writeStringField("data", Base64.getEncoder().encodeToString(
                    java.util.Arrays.copyOfRange(data.unsafeBackingArray(), data.unsafeOffset(), data.unsafeOffset() + kept)));
            if (kept < data.size()) {
                g.writeNumberField("dataCut", data.size());
            }
        }
        if (e.offset() != -1) {
            g.writeNumberField("offset", e.offset());
        }
        if (e.amount() != 0) {
            g.writeNumberField("amount", e.amount());
        }
        if (e.error() != null) {
            g.writeObjectFieldStart("error");
            g.writeStringField("type", clean(e.error().type()));
            optional(g, "message", e.error().message());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, clean(value));
        }
    }

    /** A lone surrogate (half a character) cannot be written as UTF-8: it becomes U+FFFD, as Python's 'replace' would. */
    static String clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (!paired) {
                    StringBuilder out = new StringBuilder(s.length());
                    for (int j = 0; j < s.length(); j++) {
                        char d = s.charAt(j);
                        if (Character.isHighSurrogate(d) && j + 1 < s.length() && Character.isLowSurrogate(s.charAt(j + 1))) {
                            out.append(d).append(s.charAt(++j));
                        } else {
                            out.append(Character.isSurrogate(d) ? '\uFFFD' : d);
                        }
                    }
                    return out.toString();
                }
                i++;
            }
        }
        return s;
    }

    /** Reads an event line; IllegalArgumentException naming the field that is wrong. */
    static LabEvent read(Map<String, Object> m, Map<Origin, Origin> origins) {
        long seq = JsonLine.number(m, "seq");
        if (seq < 1) {
            throw new IllegalArgumentException("seq: must be 1 or more, was " + seq);
        }
        long t = JsonLine.number(m, "t");
        if (t < 0) {
            throw new IllegalArgumentException("t: must not be negative, was " + t);
        }
        EventKind kind = enumValue(EventKind.class, JsonLine.string(m, "kind", 64), "kind");
        Map<String, Object> o = JsonLine.object(m, "origin");
        Origin origin;
        try {
            origin = new Origin(JsonLine.string(o, "endpoint", MAX_NAME_CHARS),
                    enumValue(Role.class, JsonLine.string(o, "role", 32), "role"),
                    JsonLine.optString(o, "connection", MAX_NAME_CHARS),
                    JsonLine.string(o, "label", MAX_NAME_CHARS),
                    JsonLine.optString(o, "local", MAX_NAME_CHARS),
                    JsonLine.optString(o, "remote", MAX_NAME_CHARS));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("origin." + e.getMessage(), e);
        }
        origin = origins.computeIfAbsent(origin, k -> k);
        String logger = JsonLine.optString(m, "logger", MAX_NAME_CHARS);
        String text = JsonLine.optString(m, "text", MAX_TEXT_CHARS);
        Bytes data = Bytes.EMPTY;
        String encoded = JsonLine.optString(m, "data", RecordingFormat.MAX_LINE_BYTES);
        if (encoded != null) {
            try {
                data = Bytes.wrap(Base64.getDecoder().decode(encoded));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("data: not base64 (" + e.getMessage() + ")", e);
            }
        }
        long offset = JsonLine.optNumber(m, "offset", -1);
        long amount = JsonLine.optNumber(m, "amount", 0);
        Map<String, Object> err = JsonLine.optObject(m, "error");
        ErrorInfo error = null;
        if (err != null) {
            try {
                error = new ErrorInfo(JsonLine.string(err, "type", MAX_NAME_CHARS), JsonLine.optString(err, "message", MAX_TEXT_CHARS));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("error." + e.getMessage(), e);
            }
        }
        return new LabEvent(seq, t, origin, kind, logger, text, data, offset, amount, error);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String field) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": unknown " + field + " '" + name + "'");
        }
    }

    static Map<Origin, Origin> newOriginTable() {
        return new HashMap<>();
    }
}
