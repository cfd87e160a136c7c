package netlab.engine.classroom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import netlab.engine.preset.AnswerKey;

/**
 * How many students gave each answer to one question, live: every student counted once, with
 * their latest answer. For a choice, one bin per letter (A, B, ...) even when empty; for a number,
 * one bin per value given, in numeric order.
 *
 * @param questionId the question
 * @param bins       the answers and their counts
 * @param answered   students who answered
 * @param students   students in the class
 */
public record Histogram(String questionId, List<Bin> bins, int answered, int students) {
    /** One answer ({@code B}, {@code 10}) and how many gave it. */
    public record Bin(String value, int count) {
    }

    public Histogram {
        bins = List.copyOf(bins);
    }

    static Histogram of(String questionId, AnswerKey key, Collection<String> answers, int students) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        key.fixedValues().forEach(v -> counts.put(v, 0));
        Map<Long, String> numbers = new TreeMap<>();
        for (String a : answers) {
            counts.merge(a, 1, Integer::sum);
            if (key instanceof AnswerKey.WholeNumber) {
                numbers.put(Long.parseLong(a), a);
            }
        }
        List<Bin> bins = new ArrayList<>(counts.size());
        if (key instanceof AnswerKey.WholeNumber) {
            numbers.values().forEach(v -> bins.add(new Bin(v, counts.get(v))));
        } else {
            counts.forEach((v, c) -> bins.add(new Bin(v, c)));
        }
        return new Histogram(questionId, bins, answers.size(), students);
    }

    /** How many gave {@code value}. */
    public int count(String value) {
        return bins.stream().filter(b -> b.value().equals(value)).mapToInt(Bin::count).sum();
    }

    /** The largest count (0 when nobody answered): a view scales its bars to it. */
    public int maxCount() {
        return bins.stream().mapToInt(Bin::count).max().orElse(0);
    }
}
