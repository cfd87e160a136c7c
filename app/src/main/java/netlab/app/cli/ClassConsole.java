package netlab.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import netlab.engine.classroom.ClassEvent;
import netlab.engine.classroom.Histogram;
import netlab.engine.preset.AnswerKey;
import netlab.engine.preset.Question;

/**
 * A class session in the terminal: who joins, the question, the answers arriving as a text
 * histogram (at most four lines a second, however fast they come), the reveal. Names are printed
 * as typed: the session refused control characters, so a name cannot move the cursor or retitle
 * the terminal.
 */
final class ClassConsole implements AutoCloseable {
    private static final String P = "class: ";
    private static final int BAR = 20;

    private final PrintWriter out;
    private final Locale locale;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "netlab-class-console");
        t.setDaemon(true);
        return t;
    });
    private Histogram pending;
    private Histogram printed;
    private Question shown;
    private boolean revealedShown;

    ClassConsole(PrintWriter out, Locale locale) {
        this.out = out;
        this.locale = locale;
        ticker.scheduleWithFixedDelay(this::flush, 250, 250, TimeUnit.MILLISECONDS);
    }

    /** Follows the session (on its event thread). */
    synchronized void on(ClassEvent e) {
        switch (e) {
            case ClassEvent.StudentJoined j -> say(j.returning() ? j.student().name() + " is back"
                    : j.student().name() + " joined (" + j.students() + (j.students() == 1 ? " student)" : " students)"));
            case ClassEvent.StudentLeft l -> say(l.student().name() + " left (" + l.reason() + "; their answers stay)");
            // the question and the reveal are printed by whoever opens them, in order with the log
            case ClassEvent.AnswersChanged c -> {
                if (shown != null && c.question().id().equals(shown.id()) && !revealedShown) {
                    pending = c.histogram();
                }
            }
            case ClassEvent.Notice n -> say("\u26a0 " + n.text());
            default -> { }
        }
    }

    synchronized void say(String line) {
        out.println(P + line);
        out.flush();
    }

    synchronized void asked(Question q, int number, int of, Histogram h) {
        shown = q;
        revealedShown = false;
        out.println();
        out.println(P + "question " + number + " of " + of + " (" + q.id() + "): " + q.prompt().get(locale));
        if (q.key() instanceof AnswerKey.Choice c) {
            for (int i = 0; i < c.choices().size(); i++) {
                out.println(P + "  " + AnswerKey.Choice.letter(i) + ") " + c.choices().get(i).get(locale));
            }
        } else {
            out.println(P + "  (a whole number)");
        }
        out.println(P + "students answer now; Enter reveals the answer and runs on");
        printed = null;
        pending = h;
        flushLocked();
    }

    synchronized void revealed(Question q, Histogram h) {
        revealedShown = true;
        pending = h;
        printed = h;
        out.println(P + line(h, q.key().right(), true));
        out.println(P + "revealed: " + q.rightAnswer(locale) + " (" + h.count(q.key().right()) + " of " + h.answered() + " right)");
        out.println(P + "why: " + q.why().get(locale));
        out.println();
        out.flush();
    }

    private synchronized void flush() {
        flushLocked();
    }

    private void flushLocked() {
        if (pending == null || pending.equals(printed) || shown == null) {
            return;
        }
        printed = pending;
        out.println(P + line(pending, shown.key().right(), false));
        out.flush();
    }

    /** {@code answers 3 of 5: A ███ 1 · B ██████ 2 · C 0}. */
    static String line(Histogram h, String right, boolean markRight) {
        StringBuilder b = new StringBuilder("answers ").append(h.answered()).append(" of ").append(h.students()).append(':');
        int max = Math.max(1, h.maxCount());
        String sep = " ";
        for (Histogram.Bin bin : h.bins()) {
            b.append(sep).append(bin.value()).append(' ');
            int width = bin.count() == 0 ? 0 : Math.max(1, bin.count() * BAR / max);
            b.append("\u2588".repeat(width)).append(width > 0 ? " " : "").append(bin.count());
            if (markRight && bin.value().equals(right)) {
                b.append(" \u2713");
            }
            sep = " \u00b7 ";
        }
        if (h.bins().isEmpty()) {
            b.append(" none yet");
        }
        return b.toString();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        flush();
    }
}
