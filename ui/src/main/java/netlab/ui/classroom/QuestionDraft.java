package netlab.ui.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import netlab.engine.event.EventKind;
import netlab.engine.event.EventMatch;
import netlab.engine.event.Role;
import netlab.engine.preset.AnswerKey;
import netlab.engine.preset.LocalizedText;
import netlab.engine.preset.Question;

/**
 * A question as the editor's form holds it, every field as typed: it becomes a {@link Question}
 * only when {@link QuestionCheck} finds nothing wrong with it. The fields are those of the preset
 * format (see {@code QuestionJson}): the prompt, the choices with the right one (or a whole
 * number), the one-sentence why, each in English and Chinese, and the moment it stops at, which
 * is the event it comes before (a side, a kind, patterns over the logger, the text and the bytes)
 * and which of those events.
 *
 * @param right      the index of the right choice; -1 when none is marked
 * @param role       the side of the moment's event; null: any side
 * @param kind       the kind of the moment's event; null: any kind
 * @param occurrence which of the matching events, as typed (1 is the first)
 */
public record QuestionDraft(String id, String promptEn, String promptZh, boolean numberAnswer, List<Choice> choices, int right,
                            String number, String whyEn, String whyZh, Role role, EventKind kind, String logger, String text,
                            String data, String occurrence) {
    /** One choice, in both languages. */
    public record Choice(String en, String zh) {
        public Choice {
            en = en == null ? "" : en;
            zh = zh == null ? "" : zh;
        }
    }

    public QuestionDraft {
        choices = List.copyOf(choices);
        id = orEmpty(id);
        promptEn = orEmpty(promptEn);
        promptZh = orEmpty(promptZh);
        number = orEmpty(number);
        whyEn = orEmpty(whyEn);
        whyZh = orEmpty(whyZh);
        logger = orEmpty(logger);
        text = orEmpty(text);
        data = orEmpty(data);
        occurrence = orEmpty(occurrence);
    }

    /** A new question: two empty choices, none marked right, before the server's first read. */
    public static QuestionDraft blank(String id) {
        return new QuestionDraft(id, "", "", false, List.of(new Choice("", ""), new Choice("", "")), -1, "", "", "",
                Role.SERVER, EventKind.DATA_RECEIVED, "", "", "", "1");
    }

    /** {@code q} as the form shows it. */
    public static QuestionDraft of(Question q) {
        List<Choice> choices = new ArrayList<>();
        int right = -1;
        String number = "";
        boolean isNumber = false;
        switch (q.key()) {
            case AnswerKey.Choice c -> {
                c.choices().forEach(t -> choices.add(new Choice(t.english(), t.byLanguage().getOrDefault("zh", ""))));
                right = c.rightIndex();
            }
            case AnswerKey.WholeNumber n -> {
                isNumber = true;
                number = Long.toString(n.rightValue());
                choices.add(new Choice("", ""));
                choices.add(new Choice("", ""));
            }
        }
        EventMatch m = q.moment().before();
        return new QuestionDraft(q.id(), q.prompt().english(), zh(q.prompt()), isNumber, choices, right, number,
                q.why().english(), zh(q.why()), m.role(), m.kind(), pattern(m.logger()), pattern(m.text()), pattern(m.data()),
                Integer.toString(q.moment().occurrence()));
    }

    /** An id not among {@code taken}: {@code q1}, {@code q2} ... */
    public static String freeId(java.util.Collection<String> taken) {
        for (int n = 1; ; n++) {
            if (!taken.contains("q" + n)) {
                return "q" + n;
            }
        }
    }

    static LocalizedText text(String en, String zh) {
        return new LocalizedText(Map.of("en", en.strip(), "zh", zh.strip()));
    }

    private static String zh(LocalizedText t) {
        return t.byLanguage().getOrDefault("zh", "");
    }

    private static String pattern(java.util.regex.Pattern p) {
        return p == null ? "" : p.pattern();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
