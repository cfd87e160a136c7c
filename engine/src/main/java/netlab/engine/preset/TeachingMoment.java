package netlab.engine.preset;

import java.util.Objects;

import netlab.engine.event.EventMatch;
import netlab.engine.event.LabEvent;

/**
 * Where a run stops for a question: just before the {@code occurrence}-th event of the run that
 * matches {@code before}, counted from the run's first event. The matching event is the step the
 * question asks about: it is held (not shown) until the answer is revealed, and revealing shows
 * it. Events are counted as the lab publishes them, bookkeeping included, so a moment means the
 * same in the window, in {@code ./netlab class} and in a recording.
 *
 * @param before     the events the moment is in front of
 * @param occurrence which of them, from 1
 */
public record TeachingMoment(EventMatch before, int occurrence) {
    public static final int MAX_OCCURRENCE = 10_000;

    public TeachingMoment {
        Objects.requireNonNull(before, "before");
        if (occurrence < 1 || occurrence > MAX_OCCURRENCE) {
            throw new IllegalArgumentException("occurrence must be 1.." + MAX_OCCURRENCE + ", was " + occurrence);
        }
    }

    /** Before the first event matching {@code before}. */
    public static TeachingMoment first(EventMatch before) {
        return new TeachingMoment(before, 1);
    }

    public boolean matches(LabEvent e) {
        return before.matches(e);
    }

    /** {@code before the 2nd experiment log, text ~ /^canceled:/}. */
    public String describe() {
        return "before the " + ordinal(occurrence) + " " + before.describe();
    }

    private static String ordinal(int n) {
        if (n == 1) {
            return "first";
        }
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
