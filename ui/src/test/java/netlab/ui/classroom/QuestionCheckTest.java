package netlab.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import netlab.engine.event.EventKind;
import netlab.engine.event.Role;
import netlab.engine.preset.AnswerKey;
import netlab.engine.preset.LocalizedText;
import netlab.engine.preset.Question;
import netlab.ui.classroom.QuestionCheck.Field;
import netlab.ui.classroom.QuestionCheck.Issue;
import netlab.ui.i18n.I18n;
import org.junit.jupiter.api.Test;

/** The editor's checks of a question as typed: each rule, its field, and its message in both languages. */
class QuestionCheckTest {
    private static final I18n EN = new I18n(Locale.ENGLISH);
    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    private static QuestionDraft good() {
        return new QuestionDraft("lines", "How many lines?", "几行？", false,
                List.of(new QuestionDraft.Choice("one", "一"), new QuestionDraft.Choice("two", "二")), 1, "",
                "Two writes, two lines.", "两次写入，两行。", Role.SERVER, EventKind.DATA_RECEIVED, "", "^hello", "", "2");
    }

    @Test
    void aQuestionFilledInRightBecomesTheModelsQuestion() {
        QuestionCheck.Result r = QuestionCheck.check(good(), List.of("reads"));
        assertThat(r.issues()).isEmpty();
        Question q = r.question();
        assertThat(q.id()).isEqualTo("lines");
        assertThat(q.prompt().get(Locale.SIMPLIFIED_CHINESE)).isEqualTo("几行？");
        assertThat(q.key()).isInstanceOf(AnswerKey.Choice.class);
        assertThat(q.key().right()).isEqualTo("B");
        assertThat(q.moment().occurrence()).isEqualTo(2);
        assertThat(q.moment().before().role()).isEqualTo(Role.SERVER);
        assertThat(q.moment().before().text().pattern()).isEqualTo("^hello");
        assertThat(q.moment().before().logger()).isNull();
    }

    @Test
    void aQuestionShownOnTheFormAndCheckedAgainIsTheSame() {
        Question q = new Question("n", new LocalizedText(Map.of("en", "How many?", "zh", "多少？")), new AnswerKey.WholeNumber(10),
                new LocalizedText(Map.of("en", "Ten.", "zh", "十。")),
                new netlab.engine.preset.TeachingMoment(new netlab.engine.event.EventMatch(null, EventKind.LOG, java.util.regex.Pattern.compile("^main$"),
                        java.util.regex.Pattern.compile("x"), java.util.regex.Pattern.compile("b'")), 3));
        Question back = QuestionCheck.check(QuestionDraft.of(q), List.of()).question();
        assertThat(back.id()).isEqualTo(q.id());
        assertThat(back.prompt()).isEqualTo(q.prompt());
        assertThat(back.key()).isEqualTo(q.key());
        assertThat(back.why()).isEqualTo(q.why());
        assertThat(back.moment().describe()).isEqualTo(q.moment().describe());
    }

    @Test
    void fewerThanTwoChoicesAreRefused() {
        QuestionDraft one = new QuestionDraft("q1", "Q?", "问？", false, List.of(new QuestionDraft.Choice("only", "唯一")), 0, "",
                "w", "为", Role.SERVER, null, "", "", "", "1");
        List<Issue> issues = QuestionCheck.check(one, List.of()).issues();
        assertThat(issues).extracting(Issue::field).containsExactly(Field.CHOICES);
        assertThat(issues.get(0).problem().render(EN)).isEqualTo("Choices: a question needs at least two choices.");
        assertThat(issues.get(0).problem().render(ZH)).isEqualTo("选项：一个问题至少需要两个选项。");
    }

    @Test
    void aChoiceQuestionWithNoRightAnswerMarkedIsRefused() {
        QuestionDraft d = good();
        QuestionDraft none = new QuestionDraft(d.id(), d.promptEn(), d.promptZh(), false, d.choices(), -1, "", d.whyEn(), d.whyZh(),
                d.role(), d.kind(), "", "", "", "1");
        List<Issue> issues = QuestionCheck.check(none, List.of()).issues();
        assertThat(issues).extracting(Issue::field).containsExactly(Field.RIGHT);
        assertThat(issues.get(0).problem().render(EN)).isEqualTo("Choices: mark the right answer (the letter beside it).");
    }

    @Test
    void emptyTextsAreRefusedEachWithItsField() {
        QuestionDraft d = good();
        QuestionDraft empty = new QuestionDraft(d.id(), "  ", "", false,
                List.of(new QuestionDraft.Choice("one", ""), new QuestionDraft.Choice(" ", "二")), 0, "", "", "x",
                d.role(), d.kind(), "", "", "", "1");
        List<Issue> issues = QuestionCheck.check(empty, List.of()).issues();
        assertThat(issues).extracting(Issue::field).containsExactly(Field.PROMPT_EN, Field.PROMPT_ZH, Field.CHOICES, Field.CHOICES, Field.WHY_EN);
        assertThat(issues).extracting(i -> i.problem().render(EN)).containsExactly(
                "Question (English): type the question.", "Question (Chinese): type the question in Chinese too.",
                "Choice A: its Chinese text is empty.", "Choice B: its English text is empty.",
                "Why (English): say in one sentence why the right answer is right.");
        assertThat(issues).extracting(Issue::choice).containsExactly(-1, -1, 0, 1, -1);
        assertThat(QuestionCheck.check(empty, List.of()).ok()).isFalse();
    }

    @Test
    void tooLongATextIsRefusedWithItsLength() {
        QuestionDraft d = good();
        String longText = "x".repeat(Question.MAX_TEXT + 1);
        QuestionDraft tooLong = new QuestionDraft(d.id(), longText, d.promptZh(), false, d.choices(), 1, "", d.whyEn(), d.whyZh(),
                d.role(), d.kind(), "", "", "", "1");
        List<Issue> issues = QuestionCheck.check(tooLong, List.of()).issues();
        assertThat(issues).extracting(i -> i.problem().render(EN)).containsExactly("Question (English): 401 characters, at most 400.");
    }

    @Test
    void theIdMustBeWellFormedAndNotTaken() {
        QuestionDraft d = good();
        QuestionDraft bad = new QuestionDraft("Reads!", d.promptEn(), d.promptZh(), false, d.choices(), 1, "", d.whyEn(), d.whyZh(),
                d.role(), d.kind(), "", "", "", "1");
        assertThat(QuestionCheck.check(bad, List.of()).issues()).extracting(i -> i.problem().render(EN))
                .containsExactly("Id: 'Reads!' must be lower-case letters, digits and dashes, at most 32.");
        assertThat(QuestionCheck.check(good(), List.of("lines")).issues()).extracting(i -> i.problem().render(EN))
                .containsExactly("Id: another question of this preset is 'lines' already.");
    }

    @Test
    void aNumberAnswerIsAWholeNumber() {
        QuestionDraft d = good();
        QuestionDraft words = new QuestionDraft(d.id(), d.promptEn(), d.promptZh(), true, List.of(), -1, "three", d.whyEn(), d.whyZh(),
                d.role(), d.kind(), "", "", "", "1");
        assertThat(QuestionCheck.check(words, List.of()).issues()).extracting(Issue::field).containsExactly(Field.NUMBER);
        QuestionDraft three = new QuestionDraft(d.id(), d.promptEn(), d.promptZh(), true, List.of(), -1, " 3 ", d.whyEn(), d.whyZh(),
                d.role(), d.kind(), "", "", "", "1");
        assertThat(QuestionCheck.check(three, List.of()).question().key()).isEqualTo(new AnswerKey.WholeNumber(3));
    }

    @Test
    void theMomentNamesAnEventAndWhichOne() {
        QuestionDraft d = good();
        QuestionDraft anything = new QuestionDraft(d.id(), d.promptEn(), d.promptZh(), false, d.choices(), 1, "", d.whyEn(), d.whyZh(),
                null, null, "", "", "", "0");
        assertThat(QuestionCheck.check(anything, List.of()).issues()).extracting(Issue::field).containsExactly(Field.MOMENT, Field.OCCURRENCE);
        QuestionDraft broken = new QuestionDraft(d.id(), d.promptEn(), d.promptZh(), false, d.choices(), 1, "", d.whyEn(), d.whyZh(),
                null, null, "", "(unclosed", "", "1");
        List<Issue> issues = QuestionCheck.check(broken, List.of()).issues();
        assertThat(issues).extracting(Issue::field).containsExactly(Field.TEXT);
        assertThat(issues.get(0).problem().render(EN)).startsWith("Text pattern: not a regular expression (");
        assertThat(issues.get(0).problem().render(ZH)).startsWith("文本模式：不是合法的正则表达式（");
    }
}
