package netlab.ui.events;

import java.util.List;
import java.util.Locale;

import netlab.engine.event.EventTexts;
import netlab.engine.event.LabEvent;
import netlab.engine.event.LabSentences;
import netlab.ui.i18n.I18n;

/**
 * What the window says of an event the engine words itself (not a seed program's line), in the
 * window's language: the asyncio name stays as asyncio writes it ({@code connection_made},
 * {@code process_exited}), addresses, pids and byte literals stay as they are, the words around
 * them come from the bundles. The parts come from the event's typed fields, or, for the few kinds
 * that carry them only in their text, from {@link EventTexts#parts}; an event whose text is not
 * the engine's (an old recording) is shown as its text.
 */
public final class EventWords {
    private final I18n i18n;

    public EventWords(I18n i18n) {
        this.i18n = i18n;
    }

    /** The event in the window's words, or null when this class has no words of its own for its kind. */
    public String say(LabEvent e) {
        List<String> parts = EventTexts.parts(e);
        return switch (e.kind()) {
            case LISTENING -> parts.isEmpty() ? null : i18n.get("event.listening", parts.get(0));
            case SERVER_CLOSED -> parts.isEmpty() ? null : i18n.get("event.serverClosed", parts.get(0));
            case TLS_HANDSHAKE -> limit(e.text());
            case CONNECTION_MADE -> parts.isEmpty() ? null : parts.get(1).isEmpty()
                    ? i18n.get("event.madeAlone", parts.get(0)) : i18n.get("event.made", parts.get(0), parts.get(1));
            case PROCESS_STARTED -> parts.isEmpty() ? null : i18n.get("event.processStarted", parts.get(0), parts.get(1));
            case PROCESS_EXITED -> parts.isEmpty() ? null : parts.get(1).isEmpty()
                    ? i18n.get("event.processExited", parts.get(0), e.amount())
                    : i18n.get("event.processKilled", parts.get(0), parts.get(1), e.amount());
            case LOOP_LAG -> parts.isEmpty() ? null : parts.get(1).isEmpty()
                    ? i18n.get(parts.get(0).equals("heartbeat") ? "event.lateHeartbeat" : "event.late", parts.get(0), e.amount() / 1e6)
                    : i18n.get("event.lateTimer", parts.get(1), e.amount() / 1e6);
            case TASK_STEP -> parts.isEmpty() ? null : i18n.get("event.taskStep", parts.get(0));
            case PAUSE_WRITING, RESUME_WRITING -> i18n.get("event.writing", e.kind().asyncioName(), e.amount());
            case ELIDED -> limit(e.text()) != null ? limit(e.text()) : parts.isEmpty() ? i18n.get("event.elided", e.amount())
                    : i18n.get("event.elidedRange", e.amount(), parts.get(0), parts.get(1), parts.get(2));
            case DATA_RECEIVED, DATA_SENT -> e.text() != null ? null
                    : i18n.get("event.data", e.kind().asyncioName(), e.data().repr(), e.amount(), e.offset());
            case ENDPOINT_STATE -> state(e.text());
            case LIMIT_REACHED -> limit(e.text());
            case RULE_MATCHED -> parts.isEmpty() ? null : rule(parts);
            default -> null;
        };
    }

    /**
     * A log or error line as a pane shows it: a seed's line as printed; the lab's own sentences
     * ({@link LabSentences}: {@code netlab: the teacher dropped …}, {@code error: …}) in the window's words.
     */
    public String logLine(LabEvent e) {
        // the lab's sentences are its own, whichever logger says them (a server's "listening on ALL interfaces"); a seed never
        // prints one of them
        String said = limit(e.text());
        String error = e.error() == null ? null : ": " + e.error();
        if (said == null && error != null && e.text() != null && e.text().endsWith(error)) {
            // logger.error(message, exc) prints the exception after the message
            String message = limit(e.text().substring(0, e.text().length() - error.length()));
            said = message == null ? null : message + error;
        }
        if (said == null) {
            return e.toLogLine();
        }
        return e.logger().isEmpty() ? said : e.logger() + ": " + said;
    }

    /** An event as one line with its logger, as the code view and the timeline's hover name it. */
    public String line(LabEvent e) {
        return e.kind() == netlab.engine.event.EventKind.LOG || e.kind() == netlab.engine.event.EventKind.ERROR
                ? logLine(e) : e.logger() + ": " + describe(e);
    }

    /** A rule's answer: number, name, message, reply, delay, then (each "" where the rule has none). */
    private String rule(List<String> p) {
        StringBuilder out = new StringBuilder(i18n.get(p.get(1).isEmpty() ? "event.rule" : "event.ruleNamed", p.get(0), p.get(2), p.get(1)));
        if (!p.get(3).isEmpty()) {
            out.append(i18n.get("event.rule.replies", p.get(3)));
        }
        if (!p.get(4).isEmpty()) {
            out.append(i18n.get("event.rule.after", p.get(4)));
        }
        if (!p.get(5).isEmpty()) {
            out.append(i18n.get("event.rule.then", p.get(5)));
        }
        return out.toString();
    }

    /** An endpoint's state named in the window's language, or null for a state without a name of its own. */
    private String state(String label) {
        String key = "endpoint.state." + label;
        String named = label == null ? null : i18n.get(key);
        return named == null || named.equals("!" + key + "!") ? null : named;
    }

    private String limit(String text) {
        return LabSentences.of(text).map(s -> i18n.get("lab." + s.form().name().toLowerCase(Locale.ROOT), reworded(s).toArray()))
                .orElse(null);
    }

    /** The parts, a relay's description among them said again in the window's language. */
    private List<String> reworded(LabSentences.Said s) {
        if (s.form() != LabSentences.RELAYING_CONNECTIONS && s.form() != LabSentences.RELAYING_DATAGRAMS && s.form() != LabSentences.FORWARDING) {
            return s.parts();
        }
        List<String> parts = new java.util.ArrayList<>(s.parts());
        parts.set(2, new RelayWords(i18n).reword(parts.get(2)));
        return parts;
    }

    /**
     * The note a pane or a tooltip shows for an event that is not a log line: reads, datagrams,
     * drains, pipes, signals, and {@link #say}; the engine's own description where neither has words for it.
     */
    public String describe(LabEvent e) {
        if (e.kind().isStreamRead()) {
            return i18n.get("pane.note.read", e.kind().asyncioName(), e.data().repr(), e.amount());
        }
        return switch (e.kind()) {
            case STREAM_READ_WAITING -> i18n.get("pane.note.readWaiting", e.text(), e.amount());
            case STREAM_READ_FAILED -> e.data().isEmpty()
                    ? i18n.get("pane.note.readFailed", e.text(), String.valueOf(e.error()), e.amount())
                    : i18n.get("pane.note.readFailedTook", e.text(), String.valueOf(e.error()), e.amount(), e.data().repr());
            case DATAGRAM_RECEIVED -> i18n.get("pane.note.datagramReceived", e.data().repr(), e.text(), e.amount());
            case DATAGRAM_SENT -> i18n.get("pane.note.datagramSent", e.data().repr(), e.text(), e.amount());
            case DRAIN_WAITING -> i18n.get("pane.note.drainWaiting", e.amount());
            case DRAIN_RELEASED -> i18n.get("pane.note.drainReleased", e.amount());
            case CLOSE_CALLED -> i18n.get("pane.note.closeCalled", e.amount());
            case ABORT_CALLED -> i18n.get("pane.note.abortCalled", e.amount());
            case SIGNAL_RECEIVED -> i18n.get("pane.note.signal", e.text());
            case PIPE_DATA_RECEIVED, PIPE_DATA_SENT -> i18n.get("pane.note.pipeData", e.kind().asyncioName(), e.text(), e.data().repr(),
                    e.amount(), e.offset());
            case PIPE_CONNECTION_LOST -> e.offset() >= 0
                    ? i18n.get("pane.note.pipeLost", e.text(), e.error() == null ? "None" : e.error().toString(), LabEvent.pipeName(e.text()),
                    e.offset())
                    : i18n.get("pane.note.pipeLostStdin", e.text(), e.error() == null ? "None" : e.error().toString(),
                    LabEvent.pipeName(e.text()));
            default -> {
                String said = say(e);
                yield said == null ? e.describe() : said;
            }
        };
    }
}
