package netlab.engine.record;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * One line of a recording read as plain data: objects become maps, arrays lists, numbers Long or
 * Double, and nothing else. Bounded in nesting, string and number length, so that a hostile line
 * costs at most its own size.
 */
final class JsonLine {
    static final int MAX_DEPTH = 8;
    static final int MAX_FIELDS = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(RecordingFormat.MAX_LINE_BYTES)
                    .maxNumberLength(32)
                    .maxNameLength(256)
                    .build())
            .build();

    private JsonLine() {
    }

    /** The line as a map; IllegalArgumentException saying what is wrong when it is not one JSON object. */
    static Map<String, Object> parse(byte[] line, int length) {
        try (JsonParser p = FACTORY.createParser(line, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            Map<String, Object> out = object(p);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("more than one JSON value on the line");
            }
            return out;
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && !(e.getCause() instanceof IOException)) {
                throw iae;
            }
            String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new IllegalArgumentException("not valid JSON: " + oneLine(message), e);
        }
    }

    private static Map<String, Object> object(JsonParser p) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (out.size() >= MAX_FIELDS) {
                throw new IllegalArgumentException("more than " + MAX_FIELDS + " fields in an object");
            }
            p.nextToken();
            out.put(name, value(p));
        }
        if (t != JsonToken.END_OBJECT) {
            throw new IllegalArgumentException("an object is not closed");
        }
        return out;
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw new IllegalArgumentException("the line ends inside a value");
        }
        return switch (t) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() == null) {
                        throw new IllegalArgumentException("an array is not closed");
                    }
                    if (list.size() >= MAX_FIELDS) {
                        throw new IllegalArgumentException("more than " + MAX_FIELDS + " items in an array");
                    }
                    list.add(value(p));
                }
                yield list;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> {
                if (p.getNumberType() != JsonParser.NumberType.INT && p.getNumberType() != JsonParser.NumberType.LONG) {
                    throw new IllegalArgumentException("a whole number too big: " + p.getText());
                }
                yield p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("unexpected " + t);
        };
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    // ---- typed access, every mistake named by its field ----

    static String string(Map<String, Object> m, String field, int maxChars) {
        Object v = m.get(field);
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException(field + ": " + (v == null ? "missing" : "must be a string"));
        }
        if (s.length() > maxChars) {
            throw new IllegalArgumentException(field + ": longer than " + maxChars + " characters");
        }
        return s;
    }

    static String optString(Map<String, Object> m, String field, int maxChars) {
        return m.get(field) == null ? null : string(m, field, maxChars);
    }

    static long number(Map<String, Object> m, String field) {
        Object v = m.get(field);
        if (!(v instanceof Long n)) {
            throw new IllegalArgumentException(field + ": " + (v == null ? "missing" : "must be a whole number"));
        }
        return n;
    }

    static long optNumber(Map<String, Object> m, String field, long fallback) {
        return m.get(field) == null ? fallback : number(m, field);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> m, String field) {
        Object v = m.get(field);
        if (!(v instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(field + ": " + (v == null ? "missing" : "must be an object"));
        }
        return (Map<String, Object>) v;
    }

    static Map<String, Object> optObject(Map<String, Object> m, String field) {
        return m.get(field) == null ? null : object(m, field);
    }
}
