package netlab.engine.preset;

import java.util.Objects;

/**
 * A question a preset asks the class at one of its teaching moments: predict, then reveal.
 *
 * @param id     unique in its preset: lower-case letters, digits and dashes
 * @param prompt what is asked, in English and Chinese
 * @param key    the choices (or a number) and the right answer
 * @param why    one sentence that says why the right answer is right, shown with it
 * @param moment where step-through stops for it
 */
public record Question(String id, LocalizedText prompt, AnswerKey key, LocalizedText why, TeachingMoment moment) {
    public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,31}";
    /** Longest prompt, choice or why, in characters: a question is read off a phone. */
    public static final int MAX_TEXT = 400;

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(moment, "moment");
        if (!id.matches(ID_PATTERN)) {
            throw new IllegalArgumentException("question id '" + id + "' must be lower-case letters, digits and dashes (at most 32)");
        }
        checkText("prompt", prompt);
        checkText("why", why);
        if (key instanceof AnswerKey.Choice c) {
            for (int i = 0; i < c.choices().size(); i++) {
                checkText("choice " + AnswerKey.Choice.letter(i), c.choices().get(i));
            }
        }
    }

    private static void checkText(String what, LocalizedText text) {
        if (text.english().isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        for (var e : text.byLanguage().entrySet()) {
            if (e.getValue().length() > MAX_TEXT) {
                throw new IllegalArgumentException(what + " (" + e.getKey() + ") is " + e.getValue().length()
                        + " characters, at most " + MAX_TEXT);
            }
        }
    }

    /** The right answer as a person reads it: {@code B: in one read or more} or {@code 10}. */
    public String rightAnswer(java.util.Locale locale) {
        if (key instanceof AnswerKey.Choice c) {
            return c.right() + ": " + c.choices().get(c.rightIndex()).get(locale);
        }
        return key.right();
    }
}
