package netlab.engine.classroom;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.event.LabEvent;
import netlab.engine.preset.Question;

/**
 * Finds a run's teaching moments in its event stream: fed every event of the run in order
 * (before it is shown), it says which questions stop in front of it. Each question is reached
 * once, at the {@code occurrence}-th event matching its moment. Not thread-safe: one consumer
 * (a step gate, a printer) feeds it.
 */
public final class MomentWatch {
    private final List<Question> questions;
    private final int[] seen;
    private final boolean[] reached;

    public MomentWatch(List<Question> questions) {
        this.questions = List.copyOf(questions);
        this.seen = new int[this.questions.size()];
        this.reached = new boolean[this.questions.size()];
    }

    /** The questions whose moment is just before {@code e}, in the preset's order; usually none. */
    public List<Question> reached(LabEvent e) {
        List<Question> out = null;
        for (int i = 0; i < questions.size(); i++) {
            if (reached[i]) {
                continue;
            }
            Question q = questions.get(i);
            if (q.moment().matches(e) && ++seen[i] == q.moment().occurrence()) {
                reached[i] = true;
                if (out == null) {
                    out = new ArrayList<>(1);
                }
                out.add(q);
            }
        }
        return out == null ? List.of() : out;
    }

    /** Counts {@code q} as reached without its moment (asked anyway: the run ended before it). */
    public void skip(Question q) {
        int i = questions.indexOf(q);
        if (i >= 0) {
            reached[i] = true;
        }
    }

    /** Questions whose moment has not come (yet) in this run, in order. */
    public List<Question> pending() {
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            if (!reached[i]) {
                out.add(questions.get(i));
            }
        }
        return out;
    }
}
