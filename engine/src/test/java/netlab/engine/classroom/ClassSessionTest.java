package netlab.engine.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ClassSessionTest {
    private final ClassSession session = new ClassSession(JoinCode.random(), "t", List.of(TestClass.READS, TestClass.LINES));

    private List<ClassEvent> follow() {
        List<ClassEvent> seen = new ArrayList<>();
        session.subscribe(e -> {
            synchronized (seen) {
                seen.add(e);
            }
        });
        return seen;
    }

    @Test
    void oneAnswerPerStudentPerQuestionChangeableUntilTheReveal() {
        var li = session.join("Li", null);
        var ana = session.join("Ana", null);
        session.ask("reads");
        assertThat(session.answer(li.token(), "reads", "a")).isEqualTo("A");
        assertThat(session.answer(ana.token(), "reads", "B")).isEqualTo("B");
        session.answer(li.token(), "reads", "B"); // changed her mind
        Histogram h = session.snapshot().histogram();
        assertThat(h.bins()).extracting(Histogram.Bin::value).containsExactly("A", "B", "C");
        assertThat(h.count("A")).isZero();
        assertThat(h.count("B")).isEqualTo(2);
        assertThat(h.answered()).isEqualTo(2);
        session.reveal();
        assertThatThrownBy(() -> session.answer(li.token(), "reads", "A")).isInstanceOf(ClassException.class)
                .hasMessageContaining("revealed");
        assertThat(session.snapshot().histogram().count("B")).isEqualTo(2);
    }

    @Test
    void refusesWhatIsNoAnswerWithAMessage() {
        var li = session.join("Li", null);
        assertThatThrownBy(() -> session.answer(li.token(), "reads", "A")).hasMessageContaining("not open");
        session.ask("reads");
        assertThatThrownBy(() -> session.answer(li.token(), "reads", "D")).hasMessage("choose one of A..C");
        assertThatThrownBy(() -> session.answer(li.token(), "lines", "4")).hasMessageContaining("not open");
        assertThatThrownBy(() -> session.answer("forged-token", "reads", "A")).hasMessageContaining("join the class first");
        session.ask("lines");
        assertThatThrownBy(() -> session.answer(li.token(), "lines", "four")).hasMessage("type a whole number");
        assertThat(session.answer(li.token(), "lines", " ４ ")).as("full-width digits of a Chinese keyboard").isEqualTo("4");
    }

    @Test
    void namesAreTextMadeUniqueAndControlCharactersAreRefused() {
        assertThat(session.join("<b>Li</b>", null).student().name()).isEqualTo("<b>Li</b>");
        assertThat(session.join("<b>li</b>", null).student().name()).isEqualTo("<b>li</b> (2)");
        assertThatThrownBy(() -> session.join("Li\u001b[2J", null)).hasMessageContaining("control");
        assertThatThrownBy(() -> session.join("\u202eiL", null)).hasMessageContaining("control or formatting");
        assertThatThrownBy(() -> session.join("   ", null)).hasMessageContaining("type a name");
        assertThatThrownBy(() -> session.join("x".repeat(33), null)).hasMessageContaining("at most 32");
        assertThat(session.join("王小明", null).student().name()).isEqualTo("王小明");
    }

    @Test
    void aReturningPageKeepsItsSeatAndItsAnswer() {
        var li = session.join("Li", null);
        session.ask("reads");
        session.answer(li.token(), "reads", "C");
        session.left(li.token(), "the page closed");
        var back = session.join("whatever", li.token());
        assertThat(back.returning()).isTrue();
        assertThat(back.student()).isEqualTo(li.student());
        assertThat(session.answerOf(li.token(), "reads")).contains("C");
        assertThat(session.snapshot().students()).hasSize(1);
    }

    @Test
    void everyChangeIsAnEventInOrderAfterASnapshot() throws Exception {
        var li = session.join("Li", null);
        List<ClassEvent> seen = follow();
        session.ask("reads");
        session.answer(li.token(), "reads", "B");
        session.answer(li.token(), "reads", "B"); // the same again: no change, no event
        session.reveal();
        ClassSummary summary = session.end();
        assertThat(session.ended().get(10, TimeUnit.SECONDS)).isEqualTo(summary);
        synchronized (seen) {
            assertThat(seen).extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("Snapshot", "QuestionAsked", "AnswersChanged", "AnswerRevealed", "Ended");
            assertThat(seen).extracting(ClassEvent::seq).isSorted();
            assertThat(((ClassEvent.Snapshot) seen.get(0)).state().students()).hasSize(1);
        }
        assertThat(summary.questions()).hasSize(1);
        assertThat(summary.questions().get(0).right()).isEqualTo(1);
        assertThatThrownBy(() -> session.join("late", null)).hasMessageContaining("ended");
    }

    @Test
    void theSummaryIsCountsOnlyAsCsv() {
        var a = session.join("Ana \"the\" =cmd", null);
        var b = session.join("Bo", null);
        session.ask("reads");
        session.answer(a.token(), "reads", "B");
        session.answer(b.token(), "reads", "A");
        session.reveal();
        session.ask("lines");
        session.answer(a.token(), "lines", "4");
        session.answer(b.token(), "lines", "12");
        String csv = session.end().toCsv();
        assertThat(csv.split("\r\n")).containsExactly(
                "question,prompt,answer,choice,count,right",
                "\"reads\",\"In how many reads?\",\"A\",\"exactly three\",1,no",
                "\"reads\",\"In how many reads?\",\"B\",\"one or more\",1,yes",
                "\"reads\",\"In how many reads?\",\"C\",\"never\",0,no",
                "\"lines\",\"How many lines?\",\"4\",\"\",1,yes",
                "\"lines\",\"How many lines?\",\"12\",\"\",1,no");
        assertThat(csv).doesNotContain("Ana").doesNotContain("Bo");
        assertThat(ClassSummary.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ClassSummary.cell("-12")).isEqualTo("\"-12\"");
    }

    @Test
    void joinCodesAreShortUnambiguousAndTypedLoosely() {
        JoinCode code = JoinCode.random(new Random(7));
        assertThat(code.value()).hasSize(5).matches("[" + JoinCode.ALPHABET + "]+");
        assertThat(JoinCode.ALPHABET).doesNotContain("0", "O", "1", "I", "L", "5", "S", "8", "B", "2", "Z");
        String typed = " " + code.value().substring(0, 2).toLowerCase() + "-" + code.value().substring(2) + " ";
        assertThat(code.matches(typed)).isTrue();
        assertThat(code.matches(code.value() + "A")).isFalse();
        assertThat(code.matches(null)).isFalse();
    }
}
