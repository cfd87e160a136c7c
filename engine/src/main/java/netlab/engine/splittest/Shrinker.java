package netlab.engine.splittest;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Shrinks a failing plan by delta debugging (Zeller's ddmin): the plan is taken as the changes it
 * makes to the reference (each message in one write): cuts added inside messages, cuts taken away
 * between them (coalescing), pauses, a half-close. ddmin keeps the fewest of those changes that
 * still fail; then each cut left is moved as close to its message's start or end as still fails,
 * so that the split shown is the smallest. Each trial runs the case again on the wire.
 */
final class Shrinker {
    /** One difference from the reference plan. */
    sealed interface Change {
        record AddCut(int at) implements Change {
        }

        record RemoveCut(int at) implements Change {
        }

        record Pause(int at) implements Change {
        }

        record HalfClose() implements Change {
        }
    }

    private final SplitPlan reference;
    private final List<Framing.Message> messages;
    private final Predicate<SplitPlan> fails;
    private final int maxRuns;
    private int runs;

    /** @param fails runs a plan on the wire; true when it fails as a case does */
    Shrinker(SplitPlan reference, List<Framing.Message> messages, int maxRuns, Predicate<SplitPlan> fails) {
        this.reference = reference;
        this.messages = messages;
        this.maxRuns = maxRuns;
        this.fails = fails;
    }

    /** The runs made so far. */
    int runs() {
        return runs;
    }

    static List<Change> changes(SplitPlan reference, SplitPlan plan) {
        TreeSet<Integer> ref = set(reference.cuts());
        TreeSet<Integer> now = set(plan.cuts());
        List<Change> out = new ArrayList<>();
        for (int c : now) {
            if (!ref.contains(c)) {
                out.add(new Change.AddCut(c));
            }
        }
        for (int c : ref) {
            if (!now.contains(c)) {
                out.add(new Change.RemoveCut(c));
            }
        }
        for (int d : plan.delayed()) {
            out.add(new Change.Pause(d));
        }
        if (plan.halfClose()) {
            out.add(new Change.HalfClose());
        }
        return out;
    }

    /** The reference with {@code changes} made; a pause brings its cut with it. */
    static SplitPlan apply(SplitPlan reference, List<Change> changes) {
        TreeSet<Integer> cuts = set(reference.cuts());
        TreeSet<Integer> delayed = new TreeSet<>();
        boolean halfClose = false;
        for (Change c : changes) {
            switch (c) {
                case Change.AddCut a -> cuts.add(a.at());
                case Change.RemoveCut r -> cuts.remove(r.at());
                case Change.Pause p -> delayed.add(p.at());
                case Change.HalfClose h -> halfClose = true;
            }
        }
        cuts.addAll(delayed);
        return CaseGrid.plan(reference.length(), cuts, delayed, halfClose);
    }

    /** The smallest plan found that still fails, starting from {@code failing}. */
    SplitPlan shrink(SplitPlan failing) {
        List<Change> c = ddmin(changes(reference, failing));
        c = smallest(c);
        return apply(reference, c);
    }

    private boolean failsWith(List<Change> changes) {
        if (runs >= maxRuns) {
            return false;
        }
        runs++;
        return fails.test(apply(reference, changes));
    }

    private List<Change> ddmin(List<Change> start) {
        List<Change> c = start;
        int n = 2;
        while (c.size() >= 2 && runs < maxRuns) {
            List<List<Change>> parts = partition(c, n);
            boolean reduced = false;
            for (List<Change> part : parts) {
                if (failsWith(part)) {
                    c = part;
                    n = 2;
                    reduced = true;
                    break;
                }
            }
            if (!reduced && n > 2) {
                for (List<Change> part : parts) {
                    List<Change> rest = new ArrayList<>(c);
                    rest.removeAll(part);
                    if (failsWith(rest)) {
                        c = rest;
                        n = Math.max(n - 1, 2);
                        reduced = true;
                        break;
                    }
                }
            }
            if (!reduced) {
                if (n >= c.size()) {
                    break;
                }
                n = Math.min(c.size(), 2 * n);
            }
        }
        return c;
    }

    /** Each added cut moved to one byte from its message's start, or its end, when that still fails. */
    private List<Change> smallest(List<Change> c) {
        List<Change> out = new ArrayList<>(c);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Change.AddCut add)) {
                continue;
            }
            Framing.Message m = messageAt(add.at());
            if (m == null) {
                continue;
            }
            for (int candidate : new int[] {m.start() + 1, m.end() - 1}) {
                if (candidate == add.at() || candidate <= m.start() || candidate >= m.end()
                        || Math.min(candidate - m.start(), m.end() - candidate) >= Math.min(add.at() - m.start(), m.end() - add.at())) {
                    continue;
                }
                List<Change> moved = new ArrayList<>(out);
                moved.set(i, new Change.AddCut(candidate));
                if (!out.contains(moved.get(i)) && failsWith(moved)) {
                    out = moved;
                    break;
                }
            }
        }
        return out;
    }

    private Framing.Message messageAt(int offset) {
        for (Framing.Message m : messages) {
            if (offset > m.start() && offset < m.end()) {
                return m;
            }
        }
        return null;
    }

    private static List<List<Change>> partition(List<Change> c, int n) {
        List<List<Change>> out = new ArrayList<>();
        int size = c.size();
        for (int i = 0; i < n; i++) {
            int from = i * size / n;
            int to = (i + 1) * size / n;
            if (from < to) {
                out.add(new ArrayList<>(c.subList(from, to)));
            }
        }
        return out;
    }

    private static TreeSet<Integer> set(int[] values) {
        TreeSet<Integer> s = new TreeSet<>();
        for (int v : values) {
            s.add(v);
        }
        return s;
    }
}
