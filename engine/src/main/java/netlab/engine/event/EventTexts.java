package netlab.engine.event;

import java.util.List;
import java.util.Locale;

/**
 * The English texts the engine gives events whose words are its own (not a seed program's line),
 * and, from such a text, the parts a window in another language puts into its own words. Both
 * sides live here, so a text and the reading of it cannot drift apart; the CLI prints the English
 * text as it always did. Only these kinds are read back: every other kind's parts are typed fields.
 */
public final class EventTexts {
    private static final String LISTENING = "listening on ";
    private static final String SERVER_CLOSED = "server closed: ";
    private static final String MADE = "connection_made: ";
    private static final String BOTH_WAYS = " <-> ";
    private static final String TO_PEER = " -> ";
    private static final String STARTED = "subprocess_exec: pid ";
    private static final String EXITED = "process_exited: pid ";
    private static final String KILLED = "killed by ";
    private static final String LATE = " ms late";
    private static final String TIMER = "timer ";
    private static final String RAN_LATE = " ran late";
    private static final String STEP = "step ";
    private static final String ELIDED = " events elided (seq ";

    private EventTexts() {
    }

    /** {@link EventKind#LISTENING}: {@code listening on 127.0.0.1:10000}. */
    public static String listening(Object address) {
        return LISTENING + address;
    }

    /** {@link EventKind#SERVER_CLOSED}: {@code server closed: [127.0.0.1:10000]}. */
    public static String serverClosed(Object sockets) {
        return SERVER_CLOSED + sockets;
    }

    /** {@link EventKind#CONNECTION_MADE} of a stream: {@code connection_made: ('127.0.0.1', 10000) <-> ('127.0.0.1', 51000)}. */
    public static String connectionMade(String local, String peer) {
        return MADE + local + BOTH_WAYS + peer;
    }

    /** {@link EventKind#CONNECTION_MADE} of a datagram endpoint, connected to {@code peer} or not (null). */
    public static String datagramMade(String local, String peer) {
        return MADE + local + (peer == null ? "" : TO_PEER + peer);
    }

    /** {@link EventKind#PROCESS_STARTED}: {@code subprocess_exec: pid 42: python3 -c '…'}. */
    public static String processStarted(long pid, String command) {
        return STARTED + pid + ": " + command;
    }

    /** {@link EventKind#PROCESS_EXITED}: {@code process_exited: pid 42, exit status 0 (returncode 0)}. */
    public static String processExited(long pid, int returncode, String signalName) {
        String how = returncode < 0 ? KILLED + signalName : "exit status " + returncode;
        return EXITED + pid + ", " + how + " (returncode " + returncode + ")";
    }

    /** What ran late, for {@link #late}: a timer's callback. */
    public static String timerLate(String timer) {
        return TIMER + timer + RAN_LATE;
    }

    /** {@link EventKind#TASK_STEP}: {@code step 3}. */
    public static String taskStep(long step) {
        return STEP + step;
    }

    /** {@link EventKind#LOOP_LAG}: {@code what: 1.2 ms late}; what is {@link #timerLate} or {@code heartbeat}. */
    public static String late(String what, long lateNanos) {
        return String.format(Locale.ROOT, "%s: %.1f" + LATE, what, lateNanos / 1e6);
    }

    /** {@link EventKind#ELIDED}: {@code 12 events elided (seq 40–51) in window}. */
    public static String elided(long count, long first, long last, String consumer) {
        return count + ELIDED + first + "\u2013" + last + ") in " + consumer;
    }

    /**
     * {@link EventKind#RULE_MATCHED}: {@code rule 2 'greet' matched b'hi\n': replies b'hello\n' after 50 ms, then close};
     * the name, the reply, the delay and what follows only where the rule has them (null, or a negative delay, for none).
     */
    public static String ruleMatched(int number, String name, String message, String reply, long delayMillis, String then) {
        return "rule " + number + (name == null || name.isEmpty() ? "" : " '" + name + "'") + " matched " + message
                + (reply == null ? "" : ": replies " + reply) + (delayMillis < 0 ? "" : " after " + delayMillis + " ms")
                + (then == null ? "" : ", then " + then);
    }

    /**
     * The parts of an event's text that are not the engine's words, for a window to put into its
     * own: LISTENING the address; SERVER_CLOSED the sockets; CONNECTION_MADE the local address and
     * the peer's ("" for none); PROCESS_STARTED the pid and the command; PROCESS_EXITED the pid and the signal that ended the child ("" when it exited);
     * RULE_MATCHED the rule's number, its name, the message, the reply, the delay in ms and what
     * follows ("" for each the rule does not have); LOOP_LAG what ran late, and the timer when it
     * was a timer ("" for the lab's heartbeat); TASK_STEP the step's number; ELIDED the first and last sequence numbers and the consumer. Empty when the event is of another
     * kind or its text is not the engine's (a recording from an older lab, say): then show the text.
     */
    public static List<String> parts(LabEvent e) {
        String t = e.text();
        if (t == null) {
            return List.of();
        }
        return switch (e.kind()) {
            case LISTENING -> after(t, LISTENING);
            case SERVER_CLOSED -> after(t, SERVER_CLOSED);
            case CONNECTION_MADE -> made(t);
            case PROCESS_STARTED -> started(t);
            case PROCESS_EXITED -> exited(t);
            case ELIDED -> elidedParts(t);
            case RULE_MATCHED -> rule(t);
            case LOOP_LAG -> lag(t);
            case TASK_STEP -> after(t, STEP);
            default -> List.of();
        };
    }

    private static List<String> lag(String t) {
        if (!t.endsWith(LATE) || t.lastIndexOf(": ") < 0) {
            return List.of();
        }
        String what = t.substring(0, t.lastIndexOf(": "));
        boolean timer = what.startsWith(TIMER) && what.endsWith(RAN_LATE);
        return List.of(what, timer ? what.substring(TIMER.length(), what.length() - RAN_LATE.length()) : "");
    }

    private static List<String> after(String t, String prefix) {
        return t.startsWith(prefix) ? List.of(t.substring(prefix.length())) : List.of();
    }

    private static final String BYTES = "(b'(?:[^'\\\\]|\\\\.)*'|b\"(?:[^\"\\\\]|\\\\.)*\")";
    private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile(
            "^rule (\\d+)(?: '(.*?)')? matched " + BYTES + "(?:: replies " + BYTES + ")?(?: after (\\d+) ms)?(?:, then (\\S+))?$",
            java.util.regex.Pattern.DOTALL);

    private static List<String> rule(String t) {
        java.util.regex.Matcher m = RULE.matcher(t);
        if (!m.matches()) {
            return List.of();
        }
        List<String> parts = new java.util.ArrayList<>();
        for (int g = 1; g <= 6; g++) {
            parts.add(m.group(g) == null ? "" : m.group(g));
        }
        return List.copyOf(parts);
    }

    private static List<String> elidedParts(String t) {
        int from = t.indexOf(ELIDED);
        int dash = t.indexOf('\u2013', from + 1);
        int in = t.indexOf(") in ", dash + 1);
        return from < 0 || dash < 0 || in < 0 ? List.of()
                : List.of(t.substring(from + ELIDED.length(), dash), t.substring(dash + 1, in), t.substring(in + 5));
    }

    private static List<String> made(String t) {
        if (!t.startsWith(MADE)) {
            return List.of();
        }
        String rest = t.substring(MADE.length());
        for (String arrow : new String[] {BOTH_WAYS, TO_PEER}) {
            int at = rest.indexOf(arrow);
            if (at >= 0) {
                return List.of(rest.substring(0, at), rest.substring(at + arrow.length()));
            }
        }
        return List.of(rest, "");
    }

    private static List<String> started(String t) {
        int colon = t.indexOf(": ", STARTED.length());
        return t.startsWith(STARTED) && colon > 0
                ? List.of(t.substring(STARTED.length(), colon), t.substring(colon + 2)) : List.of();
    }

    private static List<String> exited(String t) {
        int comma = t.indexOf(", ", EXITED.length());
        if (!t.startsWith(EXITED) || comma < 0) {
            return List.of();
        }
        String how = t.substring(comma + 2);
        String signal = how.startsWith(KILLED) && how.indexOf(" (") > 0 ? how.substring(KILLED.length(), how.indexOf(" (")) : "";
        return List.of(t.substring(EXITED.length(), comma), signal);
    }
}
