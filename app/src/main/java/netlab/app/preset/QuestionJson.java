package netlab.app.preset;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import netlab.engine.preset.AnswerKey;
import netlab.engine.preset.LocalizedText;
import netlab.engine.preset.Question;
import netlab.engine.preset.TeachingMoment;

/**
 * A preset's {@code questions} in its file, read strictly and written back the same way:
 *
 * <pre>{@code
 * {"id": "reads",
 *  "moment": {"before": {"role": "server", "kind": "data_received"}, "occurrence": 1},
 *  "prompt": {"en": "...", "zh": "..."},
 *  "choices": [{"en": "...", "zh": "..."}, ...],   (2 to 6; absent for a whole-number answer)
 *  "answer": "B",                                  (a letter; a whole number when there are no choices)
 *  "why": {"en": "...", "zh": "..."}}
 * }</pre>
 */
public final class QuestionJson {
    private static final Set<String> FIELDS = Set.of("id", "moment", "prompt", "choices", "answer", "why");

    private QuestionJson() {
    }

    static Question read(JsonNode node, Fields at) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(at.path() + ": a question is an object with id, moment, prompt, choices, answer and why");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException(at.at(f) + ": unknown field (a question has " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        String id = at.text(node, "id");
        TeachingMoment moment = moment(new Fields(at.source(), at.at("moment")), node.get("moment"));
        LocalizedText prompt = at.localized(node, "prompt");
        LocalizedText why = at.localized(node, "why");
        AnswerKey key = key(at, node);
        return at.wrap(() -> new Question(id, prompt, key, why, moment));
    }

    private static TeachingMoment moment(Fields at, JsonNode node) {
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException(at.path() + ": missing (where step-through stops: {\"before\": {\"role\": ..., \"kind\": ...}})");
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(at.path() + ": must be an object {\"before\": {...}, \"occurrence\": 1}");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("before") && !f.equals("occurrence")) {
                throw new IllegalArgumentException(at.at(f) + ": unknown field (a moment has before and occurrence)");
            }
        }
        if (!node.hasNonNull("before")) {
            throw new IllegalArgumentException(at.at("before") + ": missing");
        }
        var before = EventMatchJson.read(node.get("before"), at.at("before"));
        int occurrence = at.optInt(node, "occurrence", 1);
        return at.wrap(() -> new TeachingMoment(before, occurrence));
    }

    private static AnswerKey key(Fields at, JsonNode node) {
        JsonNode answer = node.get("answer");
        if (answer == null || answer.isNull()) {
            throw new IllegalArgumentException(at.at("answer") + ": missing (a letter such as \"B\", or a whole number when there are no choices)");
        }
        if (node.hasNonNull("choices")) {
            List<LocalizedText> choices = at.list(node, "choices", true, (c, cat) -> cat.localizedNode(c));
            if (choices.size() < 2 || choices.size() > AnswerKey.MAX_CHOICES) {
                throw new IllegalArgumentException(at.at("choices") + ": 2 to " + AnswerKey.MAX_CHOICES + " choices, not " + choices.size());
            }
            String last = AnswerKey.Choice.letter(choices.size() - 1);
            if (!answer.isTextual()) {
                throw new IllegalArgumentException(at.at("answer") + ": must be the letter of the right choice, A.." + last + ", was " + answer);
            }
            String letter = answer.textValue();
            int index = -1;
            for (int i = 0; i < choices.size(); i++) {
                if (AnswerKey.Choice.letter(i).equals(letter)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new IllegalArgumentException(at.at("answer") + ": '" + letter + "' is not one of the choices A.." + last);
            }
            int right = index;
            return at.wrap(() -> new AnswerKey.Choice(choices, right));
        }
        if (!answer.isIntegralNumber() || !answer.canConvertToLong()) {
            throw new IllegalArgumentException(at.at("answer") + ": without choices the answer is a whole number, was " + answer);
        }
        return at.wrap(() -> new AnswerKey.WholeNumber(answer.longValue()));
    }

    /** The questions as a preset file holds them. */
    public static ArrayNode write(List<Question> questions) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (Question q : questions) {
            ObjectNode o = list.addObject();
            o.put("id", q.id());
            ObjectNode moment = o.putObject("moment");
            EventMatchJson.write(q.moment().before(), moment.putObject("before"));
            moment.put("occurrence", q.moment().occurrence());
            o.set("prompt", localized(q.prompt()));
            switch (q.key()) {
                case AnswerKey.Choice c -> {
                    ArrayNode choices = o.putArray("choices");
                    c.choices().forEach(t -> choices.add(localized(t)));
                    o.put("answer", c.right());
                }
                case AnswerKey.WholeNumber n -> o.put("answer", n.rightValue());
            }
            o.set("why", localized(q.why()));
        }
        return list;
    }

    private static ObjectNode localized(LocalizedText text) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        // English first, then the others in a stable order: the file diffs cleanly after an edit
        o.put("en", text.english());
        text.byLanguage().entrySet().stream().filter(e -> !e.getKey().equals("en")).sorted(Map.Entry.comparingByKey())
                .forEach(e -> o.put(e.getKey(), e.getValue()));
        return o;
    }
}
