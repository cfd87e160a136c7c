package netlab.engine.classroom.server;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import netlab.engine.classroom.Histogram;
import netlab.engine.preset.AnswerKey;
import netlab.engine.preset.LocalizedText;
import netlab.engine.preset.Question;

/**
 * The JSON the student page and the server exchange over the WebSocket. What a student sends is
 * one flat object of short strings ({@code {"type": "answer", "question": "reads", "value": "B"}}),
 * read with Jackson's streaming parser: anything else is refused, nothing in it is ever evaluated.
 * What the server sends is written here too, so the page's protocol is in one place:
 *
 * <pre>
 * student -> server  join {name, token?} | answer {question, value}
 * server -> student  joined {name, token, title} | waiting | question {id, number, of, prompt, kind,
 *                    choices?, yours?} | answered {question, value} | reveal {question, right,
 *                    rightText?, why, counts[{value, count}], answered} | error {message} | ended
 * </pre>
 */
final class StudentMessages {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2).maxStringLength(4096).build())
            .build();
    private static final int MAX_FIELDS = 8;

    private StudentMessages() {
    }

    /** A student's message: its fields, all strings; empty when it is not such an object. */
    static Optional<Map<String, String>> read(String text) {
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Map<String, String> fields = new HashMap<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (v == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (v != JsonToken.VALUE_STRING && v != JsonToken.VALUE_NUMBER_INT) {
                    return Optional.empty();
                }
                if (fields.size() >= MAX_FIELDS) {
                    return Optional.empty();
                }
                fields.put(name, p.getText());
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                return Optional.empty();
            }
            return Optional.of(fields);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static String message(String type, Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", type);
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a message", e);
        }
        return out.toString();
    }

    static String error(String message) {
        return message("error", g -> g.writeStringField("message", message));
    }

    static String joined(String name, String token, String title) {
        return message("joined", g -> {
            g.writeStringField("name", name);
            g.writeStringField("token", token);
            g.writeStringField("title", title);
        });
    }

    static String waiting() {
        return message("waiting", g -> { });
    }

    static String ended() {
        return message("ended", g -> { });
    }

    static String answered(String questionId, String value) {
        return message("answered", g -> {
            g.writeStringField("question", questionId);
            g.writeStringField("value", value);
        });
    }

    static String question(Question q, int number, int of, String yours) {
        return message("question", g -> {
            g.writeStringField("id", q.id());
            g.writeNumberField("number", number);
            g.writeNumberField("of", of);
            localized(g, "prompt", q.prompt());
            switch (q.key()) {
                case AnswerKey.Choice c -> {
                    g.writeStringField("kind", "choice");
                    g.writeArrayFieldStart("choices");
                    for (LocalizedText t : c.choices()) {
                        localizedValue(g, t);
                    }
                    g.writeEndArray();
                }
                case AnswerKey.WholeNumber n -> g.writeStringField("kind", "number");
            }
            if (yours != null) {
                g.writeStringField("yours", yours);
            }
        });
    }

    static String reveal(Question q, Histogram h) {
        return message("reveal", g -> {
            g.writeStringField("question", q.id());
            g.writeStringField("right", q.key().right());
            if (q.key() instanceof AnswerKey.Choice c) {
                localized(g, "rightText", c.choices().get(c.rightIndex()));
            }
            localized(g, "why", q.why());
            g.writeArrayFieldStart("counts");
            for (Histogram.Bin b : h.bins()) {
                g.writeStartObject();
                g.writeStringField("value", b.value());
                g.writeNumberField("count", b.count());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("answered", h.answered());
        });
    }

    private static void localized(JsonGenerator g, String field, LocalizedText t) throws IOException {
        g.writeFieldName(field);
        localizedValue(g, t);
    }

    private static void localizedValue(JsonGenerator g, LocalizedText t) throws IOException {
        g.writeStartObject();
        g.writeStringField("en", t.english());
        for (var e : new java.util.TreeMap<>(t.byLanguage()).entrySet()) {
            if (!e.getKey().equals("en")) {
                g.writeStringField(e.getKey(), e.getValue());
            }
        }
        g.writeEndObject();
    }
}
