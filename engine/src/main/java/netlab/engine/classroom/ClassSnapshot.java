package netlab.engine.classroom;

import java.util.List;
import java.util.Optional;

import netlab.engine.preset.Question;

/**
 * A class session as it is at one moment (immutable).
 *
 * @param code      the join code
 * @param title     what the class is about (the preset's title, English)
 * @param questions every question the session can ask, in order
 * @param students  everyone who joined, in the order they did
 * @param current   the question open now (answering or revealed), if any
 * @param revealed  whether the current question's answer is revealed
 * @param histogram the current question's answers; null when none is open
 * @param asked     ids of the questions asked so far, in order
 * @param ended     whether the session is over
 */
public record ClassSnapshot(JoinCode code, String title, List<Question> questions, List<StudentState> students,
                            Optional<Question> current, boolean revealed, Histogram histogram, List<String> asked,
                            boolean ended) {
    /** A student, whether their page is connected now, and whether they answered the current question. */
    public record StudentState(Student student, boolean connected, boolean answeredCurrent) {
    }

    public ClassSnapshot {
        questions = List.copyOf(questions);
        students = List.copyOf(students);
        asked = List.copyOf(asked);
    }

    /** The first question not asked yet, in the preset's order. */
    public Optional<Question> nextQuestion() {
        return questions.stream().filter(q -> !asked.contains(q.id())).findFirst();
    }
}
