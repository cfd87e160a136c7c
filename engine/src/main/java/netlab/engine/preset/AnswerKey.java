package netlab.engine.preset;

import java.util.List;
import java.util.Optional;

/**
 * The right answer to a question, and the answers a student may give: a choice among a few
 * (shown as A, B, C ...) or a whole number typed in. A short free-text answer is left out on
 * purpose: in a class of phones, in two languages and two input methods, matching typed words is
 * unreliable, and a choice or a number is what the seeds' moments ask for.
 */
public sealed interface AnswerKey {
    /** The most choices a question has: a phone shows them all without scrolling. */
    int MAX_CHOICES = 6;

    /** The right answer as {@link #normalize} writes a student's: {@code B}, {@code 10}. */
    String right();

    /** A student's answer as the session keeps it, or empty when it is no answer to this question. */
    Optional<String> normalize(String typed);

    /** The values a histogram shows before anyone answers (the letters of a choice; none for a number). */
    List<String> fixedValues();

    /**
     * One of several texts.
     *
     * @param choices    the texts, in the order shown (A first)
     * @param rightIndex the right one, from 0
     */
    record Choice(List<LocalizedText> choices, int rightIndex) implements AnswerKey {
        public Choice {
            choices = List.copyOf(choices);
            if (choices.size() < 2 || choices.size() > MAX_CHOICES) {
                throw new IllegalArgumentException("a question has 2.." + MAX_CHOICES + " choices, this one has " + choices.size());
            }
            if (rightIndex < 0 || rightIndex >= choices.size()) {
                throw new IllegalArgumentException("the right choice must be one of A.." + letter(choices.size() - 1));
            }
        }

        /** {@code A} for 0, {@code B} for 1 ... */
        public static String letter(int index) {
            return String.valueOf((char) ('A' + index));
        }

        /** The index of a letter, or -1. */
        public int indexOf(String letter) {
            for (int i = 0; i < choices.size(); i++) {
                if (letter(i).equals(letter)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String right() {
            return letter(rightIndex);
        }

        @Override
        public Optional<String> normalize(String typed) {
            if (typed == null) {
                return Optional.empty();
            }
            String t = typed.strip();
            if (t.length() != 1) {
                return Optional.empty();
            }
            char c = Character.toUpperCase(t.charAt(0));
            if (c >= '\uFF21' && c <= '\uFF3A') {
                c = (char) ('A' + (c - '\uFF21')); // a full-width letter from a Chinese input method
            }
            String letter = String.valueOf(c);
            return indexOf(letter) >= 0 ? Optional.of(letter) : Optional.empty();
        }

        @Override
        public List<String> fixedValues() {
            return java.util.stream.IntStream.range(0, choices.size()).mapToObj(Choice::letter).toList();
        }
    }

    /** A whole number, typed; {@code rightValue} is the one answer counted right. */
    record WholeNumber(long rightValue) implements AnswerKey {
        /** Digits a typed answer may have: far beyond any count a seed asks for. */
        public static final int MAX_DIGITS = 9;

        public WholeNumber {
            if (Math.abs(rightValue) >= 1_000_000_000L) {
                throw new IllegalArgumentException("a number answer has at most " + MAX_DIGITS + " digits, was " + rightValue);
            }
        }

        @Override
        public String right() {
            return Long.toString(rightValue);
        }

        @Override
        public Optional<String> normalize(String typed) {
            if (typed == null) {
                return Optional.empty();
            }
            String t = typed.strip();
            boolean negative = t.startsWith("-");
            if (negative) {
                t = t.substring(1);
            }
            if (t.isEmpty() || t.length() > MAX_DIGITS) {
                return Optional.empty();
            }
            long value = 0;
            for (int i = 0; i < t.length(); i++) {
                // any Unicode digit: a phone's Chinese keyboard may type full-width ones
                int d = Character.digit(t.charAt(i), 10);
                if (d < 0) {
                    return Optional.empty();
                }
                value = value * 10 + d;
            }
            return Optional.of(Long.toString(negative ? -value : value));
        }

        @Override
        public List<String> fixedValues() {
            return List.of();
        }
    }
}
