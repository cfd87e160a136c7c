package netlab.engine.classroom;

import java.util.List;
import java.util.Locale;

import netlab.engine.preset.AnswerKey;
import netlab.engine.preset.Question;

/**
 * What a class answered, question by question: counts only. It keeps no name, no address and no
 * time, so the CSV a teacher exports holds nothing personal.
 *
 * @param title     what the class was about
 * @param students  how many joined
 * @param questions each question asked, in the order asked
 */
public record ClassSummary(String title, int students, List<QuestionSummary> questions) {
    public ClassSummary {
        questions = List.copyOf(questions);
    }

    /** One question: its answers, whether it was revealed, and how many answered right. */
    public record QuestionSummary(Question question, Histogram histogram, boolean revealed) {
        public int right() {
            return histogram.count(question.key().right());
        }
    }

    /**
     * The summary as CSV (RFC 4180, UTF-8, a header line): one row per question and answer,
     * {@code question,prompt,answer,choice,count,right}.
     */
    public String toCsv() {
        StringBuilder out = new StringBuilder("question,prompt,answer,choice,count,right\r\n");
        for (QuestionSummary q : questions) {
            for (Histogram.Bin bin : q.histogram().bins()) {
                String choice = "";
                if (q.question().key() instanceof AnswerKey.Choice c) {
                    int i = c.indexOf(bin.value());
                    choice = i >= 0 ? c.choices().get(i).english() : "";
                }
                out.append(cell(q.question().id())).append(',')
                        .append(cell(q.question().prompt().english())).append(',')
                        .append(cell(bin.value())).append(',')
                        .append(cell(choice)).append(',')
                        .append(bin.count()).append(',')
                        .append(bin.value().equals(q.question().key().right()) ? "yes" : "no")
                        .append("\r\n");
            }
        }
        return out.toString();
    }

    /** The summary as a person reads it in a terminal. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "class summary: %s, %d student%s%n", title, students, students == 1 ? "" : "s"));
        if (questions.isEmpty()) {
            out.append("  no question was asked").append(System.lineSeparator());
        }
        for (QuestionSummary q : questions) {
            Histogram h = q.histogram();
            out.append(String.format(Locale.ROOT, "  %s: %d answered, %d right (%s)%s%n", q.question().id(), h.answered(), q.right(),
                    q.question().key().right(), q.revealed() ? "" : ", not revealed"));
            for (Histogram.Bin bin : h.bins()) {
                out.append(String.format(Locale.ROOT, "    %-4s %3d%s%n", bin.value(), bin.count(),
                        bin.value().equals(q.question().key().right()) ? "  <- right" : ""));
            }
        }
        return out.toString();
    }

    /** A CSV field: quoted, quotes doubled; text a spreadsheet would run as a formula is prefixed with '. */
    static String cell(String s) {
        String v = s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+")) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
