package netlab.ui.classroom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import netlab.engine.event.EventMatch;
import netlab.engine.preset.AnswerKey;
import netlab.engine.preset.LocalizedText;
import netlab.engine.preset.Question;
import netlab.engine.preset.TeachingMoment;
import netlab.ui.i18n.Problem;

/**
 * What is wrong with a question as typed, field by field, in words a teacher reads on the form
 * (message keys {@code question.check.*}): every text in both languages and not too long, two to
 * six choices with one marked right (or a whole number), and a moment that names an event. What
 * it accepts the preset format accepts too; the app reads the saved file back all the same.
 */
public final class QuestionCheck {
    /** The form's fields a problem belongs to: the form marks them. */
    public enum Field { ID, PROMPT_EN, PROMPT_ZH, CHOICES, RIGHT, NUMBER, WHY_EN, WHY_ZH, MOMENT, LOGGER, TEXT, DATA, OCCURRENCE }

    /** One thing wrong; {@code choice} is the choice's index for a choice's own text, else -1. */
    public record Issue(Field field, int choice, Problem problem) {
    }

    /** The question, when nothing is wrong; else the issues in the order of the form. */
    public record Result(Question question, List<Issue> issues) {
        public Result {
            issues = List.copyOf(issues);
        }

        public boolean ok() {
            return question != null;
        }
    }

    /** Longest pattern of a moment, as the preset format takes it. */
    static final int MAX_PATTERN = 200;

    private QuestionCheck() {
    }

    /** Checks {@code d}; {@code otherIds} are the ids of the preset's other questions. */
    public static Result check(QuestionDraft d, Collection<String> otherIds) {
        List<Issue> issues = new ArrayList<>();
        String id = d.id().strip();
        if (id.isEmpty()) {
            issues.add(issue(Field.ID, "question.check.id.empty"));
        } else if (!id.matches(Question.ID_PATTERN)) {
            issues.add(issue(Field.ID, "question.check.id.form", id));
        } else if (otherIds.contains(id)) {
            issues.add(issue(Field.ID, "question.check.id.taken", id));
        }
        text(issues, Field.PROMPT_EN, d.promptEn(), "question.check.prompt.en.empty", "question.check.prompt.en.long");
        text(issues, Field.PROMPT_ZH, d.promptZh(), "question.check.prompt.zh.empty", "question.check.prompt.zh.long");
        AnswerKey key = d.numberAnswer() ? number(issues, d) : choices(issues, d);
        text(issues, Field.WHY_EN, d.whyEn(), "question.check.why.en.empty", "question.check.why.en.long");
        text(issues, Field.WHY_ZH, d.whyZh(), "question.check.why.zh.empty", "question.check.why.zh.long");
        TeachingMoment moment = moment(issues, d);
        if (!issues.isEmpty()) {
            return new Result(null, issues);
        }
        LocalizedText prompt = QuestionDraft.text(d.promptEn(), d.promptZh());
        LocalizedText why = QuestionDraft.text(d.whyEn(), d.whyZh());
        try {
            return new Result(new Question(id, prompt, key, why, moment), List.of());
        } catch (IllegalArgumentException e) {
            // the model's own rule, should it ever be stricter than the form's
            return new Result(null, List.of(new Issue(Field.ID, -1, Problem.from(e))));
        }
    }

    private static AnswerKey choices(List<Issue> issues, QuestionDraft d) {
        List<QuestionDraft.Choice> cs = d.choices();
        int before = issues.size();
        if (cs.size() < 2) {
            issues.add(issue(Field.CHOICES, "question.check.choices.few"));
        } else if (cs.size() > AnswerKey.MAX_CHOICES) {
            issues.add(issue(Field.CHOICES, "question.check.choices.many", AnswerKey.MAX_CHOICES));
        }
        for (int i = 0; i < cs.size(); i++) {
            String letter = AnswerKey.Choice.letter(i);
            checkChoiceText(issues, i, cs.get(i).en(), "question.check.choice.en.empty", "question.check.choice.en.long", letter);
            checkChoiceText(issues, i, cs.get(i).zh(), "question.check.choice.zh.empty", "question.check.choice.zh.long", letter);
        }
        if (d.right() < 0 || d.right() >= cs.size()) {
            issues.add(issue(Field.RIGHT, "question.check.right"));
        }
        if (issues.size() > before) {
            return null;
        }
        return new AnswerKey.Choice(cs.stream().map(c -> QuestionDraft.text(c.en(), c.zh())).toList(), d.right());
    }

    private static void checkChoiceText(List<Issue> issues, int index, String text, String emptyKey, String longKey, String letter) {
        if (text.isBlank()) {
            issues.add(new Issue(Field.CHOICES, index, Problem.of(emptyKey, letter)));
        } else if (text.strip().length() > Question.MAX_TEXT) {
            issues.add(new Issue(Field.CHOICES, index, Problem.of(longKey, letter, text.strip().length(), Question.MAX_TEXT)));
        }
    }

    private static AnswerKey number(List<Issue> issues, QuestionDraft d) {
        String n = d.number().strip();
        if (!n.matches("-?[0-9]{1," + AnswerKey.WholeNumber.MAX_DIGITS + "}")) {
            issues.add(issue(Field.NUMBER, "question.check.number", AnswerKey.WholeNumber.MAX_DIGITS));
            return null;
        }
        return new AnswerKey.WholeNumber(Long.parseLong(n));
    }

    private static TeachingMoment moment(List<Issue> issues, QuestionDraft d) {
        int before = issues.size();
        Pattern logger = pattern(issues, Field.LOGGER, d.logger(), "question.check.logger.bad", "question.check.logger.long");
        Pattern text = pattern(issues, Field.TEXT, d.text(), "question.check.text.bad", "question.check.text.long");
        Pattern data = pattern(issues, Field.DATA, d.data(), "question.check.data.bad", "question.check.data.long");
        if (d.role() == null && d.kind() == null && d.logger().isEmpty() && d.text().isEmpty() && d.data().isEmpty()) {
            issues.add(issue(Field.MOMENT, "question.check.moment.any"));
        }
        int occurrence = 0;
        String o = d.occurrence().strip();
        if (o.matches("[0-9]{1,6}")) {
            occurrence = Integer.parseInt(o);
        }
        if (occurrence < 1 || occurrence > TeachingMoment.MAX_OCCURRENCE) {
            issues.add(issue(Field.OCCURRENCE, "question.check.occurrence", TeachingMoment.MAX_OCCURRENCE));
        }
        if (issues.size() > before) {
            return null;
        }
        return new TeachingMoment(new EventMatch(d.role(), d.kind(), logger, text, data), occurrence);
    }

    private static Pattern pattern(List<Issue> issues, Field field, String typed, String badKey, String longKey) {
        if (typed.isEmpty()) {
            return null;
        }
        if (typed.length() > MAX_PATTERN) {
            issues.add(issue(field, longKey, typed.length(), MAX_PATTERN));
            return null;
        }
        try {
            return Pattern.compile(typed);
        } catch (PatternSyntaxException e) {
            issues.add(issue(field, badKey, e.getDescription()));
            return null;
        }
    }

    private static void text(List<Issue> issues, Field field, String typed, String emptyKey, String longKey) {
        String t = typed.strip();
        if (t.isEmpty()) {
            issues.add(issue(field, emptyKey));
        } else if (t.length() > Question.MAX_TEXT) {
            issues.add(issue(field, longKey, t.length(), Question.MAX_TEXT));
        }
    }

    private static Issue issue(Field field, String key, Object... args) {
        return new Issue(field, -1, Problem.of(key, args));
    }
}
