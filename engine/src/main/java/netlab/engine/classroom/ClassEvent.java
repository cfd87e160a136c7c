package netlab.engine.classroom;

import netlab.engine.preset.Question;

/**
 * Everything that changes in a class session, in the order it happened ({@link #seq} from 1, no
 * gaps per session). A subscriber gets a {@link Snapshot} first, then every later event, on the
 * session's own thread: a JavaFX view hands them to its thread, a terminal prints them.
 */
public sealed interface ClassEvent {
    long seq();

    /** The whole state when the subscription began; later events change it. */
    record Snapshot(long seq, ClassSnapshot state) implements ClassEvent {
    }

    /** A student joined, or came back (a reloaded page) when {@code returning}. */
    record StudentJoined(long seq, Student student, boolean returning, int students) implements ClassEvent {
    }

    /** A student's page went away (closed, reloaded, the phone slept); their answers stay counted. */
    record StudentLeft(long seq, Student student, String reason) implements ClassEvent {
    }

    /**
     * The teacher asked a question: the students see it and answer.
     *
     * @param number its place in the preset's questions, from 1
     * @param of     how many the preset has
     */
    record QuestionAsked(long seq, Question question, int number, int of, Histogram histogram) implements ClassEvent {
    }

    /** A student answered or changed their answer: the histogram as it is now. */
    record AnswersChanged(long seq, Question question, Histogram histogram) implements ClassEvent {
    }

    /** The teacher revealed the answer: answers are closed; {@code question} has the right answer and why. */
    record AnswerRevealed(long seq, Question question, Histogram histogram) implements ClassEvent {
    }

    /**
     * Something the server refused or capped (a wrong code, a flood, an oversized message), said
     * once for the teacher; the session went on undisturbed.
     */
    record Notice(long seq, ClassNotice kind, java.util.List<String> args) implements ClassEvent {
        public Notice {
            args = java.util.List.copyOf(args);
        }

        /** The notice in English, as the console prints it. */
        public String text() {
            return kind.english(args);
        }
    }

    /** The session ended; nothing changes after this. */
    record Ended(long seq, ClassSummary summary) implements ClassEvent {
    }
}
