package netlab.ui.present;

import java.util.List;

import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Role;

/**
 * How far one press of step-through goes, by what the events mean: the next event a person sees,
 * the next I/O on a socket or pipe (a write, a read, an EOF), the next callback or task step, or
 * the rest of the current run. Each size finds where its next step ends in the events held.
 */
public enum StepSize {
    /** The next event a person sees (a log line, a chunk, a callback), with the bookkeeping before it. */
    EVENT,
    /**
     * The next I/O: a write, a read or an EOF, with the I/O that follows it while the bytes keep
     * flowing the same way: from client to server (the client's writes and write_eof, the server's
     * data_received and the read() it served) or back (the echo and the client's reads). A client
     * and a server on loops of their own interleave their I/O as two processes do; one step is one
     * leg of the conversation however the two sides took turns in it (an echo sent while the leg
     * still flows is shown with it). Where no side is a client or
     * a server (a relay's legs, pipes, datagrams by hand), one side's I/O in one direction is a step.
     * An EOF (write_eof, eof_received) is shown with the bytes around it, never a step of its own.
     */
    IO,
    /** The next callback the loop runs (connection_made, data_received, eof_received, connection_lost, ...) or task step. */
    CALLBACK,
    /** Up to the end of the current run: a client or experiment finished, failed or stopped. */
    RUN;

    /**
     * How many of {@code held}'s events, from {@code from}, the next step of this size shows; -1
     * when no step of this size ends among them yet.
     */
    public int length(List<LabEvent> held, int from) {
        int n = held.size();
        if (this == IO) {
            int first = -1;
            for (int i = from; i < n; i++) {
                if (direction(held.get(i)) != 0 && !isEof(held.get(i))) {
                    first = i;
                    break;
                }
            }
            if (first < 0) {
                return -1;
            }
            // the same side's I/O in the same direction joins the step, up to another side's or direction's I/O
            LabEvent e = held.get(first);
            int end = first;
            for (int i = first + 1; i < n; i++) {
                LabEvent next = held.get(i);
                int d = direction(next);
                if (d == 0 || isEof(next)) {
                    continue; // an EOF rides along with the bytes around it: it makes no step of its own
                }
                if (!sameFlow(e, next)) {
                    if (answerSentMidLeg(held, e, next, i)) {
                        continue; // an echo written while the leg still flows: shown with it, not a step of its own
                    }
                    break;
                }
                end = i;
            }
            return end + 1 - from;
        }
        for (int i = from; i < n; i++) {
            if (ends(held.get(i))) {
                return i + 1 - from;
            }
        }
        return -1;
    }

    /** Whether a step of this size ends with {@code e} (for {@link #IO}: whether {@code e} is I/O). */
    public boolean ends(LabEvent e) {
        return switch (this) {
            case EVENT -> StepGate.isStep(e);
            case IO -> direction(e) != 0;
            case CALLBACK -> isCallback(e.kind());
            case RUN -> endsRun(e);
        };
    }

    /** +1 for bytes or EOF going out, -1 for coming in, 0 for anything else. */
    static int direction(LabEvent e) {
        EventKind k = e.kind();
        if (k == EventKind.DATA_SENT || k == EventKind.EOF_SENT || k == EventKind.DATAGRAM_SENT || k == EventKind.PIPE_DATA_SENT) {
            return 1;
        }
        if (k == EventKind.DATA_RECEIVED || k == EventKind.EOF_RECEIVED || k == EventKind.DATAGRAM_RECEIVED
                || k == EventKind.PIPE_DATA_RECEIVED || k.isStreamRead() || k == EventKind.STREAM_READ_FAILED) {
            return -1;
        }
        return 0;
    }

    private static boolean isEof(LabEvent e) {
        return e.kind() == EventKind.EOF_SENT || e.kind() == EventKind.EOF_RECEIVED;
    }

    /** Whether {@code next} carries bytes the same way as {@code e} (see {@link #IO}). */
    private static boolean sameFlow(LabEvent e, LabEvent next) {
        int f = flow(e);
        if (f != 0 && f == flow(next)) {
            return true;
        }
        return direction(next) == direction(e) && side(next).equals(side(e));
    }

    /**
     * Whether {@code next}, at {@code at}, is bytes sent back while the leg of {@code e} still flows:
     * the leg goes on after it (more bytes its way) before anyone reads what {@code next} sent. Two
     * programs on loops of their own take turns at random; without this, a server echoing each read
     * while the client is still writing splits one leg into a step per write.
     */
    private static boolean answerSentMidLeg(List<LabEvent> held, LabEvent e, LabEvent next, int at) {
        int f = flow(e);
        if (f == 0 || flow(next) != -f || direction(next) != 1) {
            return false;
        }
        for (int j = at + 1; j < held.size(); j++) {
            LabEvent later = held.get(j);
            if (direction(later) == 0 || isEof(later)) {
                continue;
            }
            if (flow(later) == f) {
                return true;
            }
            if (flow(later) == -f && direction(later) == -1) {
                return false; // the answer is read first: the leg back has begun
            }
        }
        return false;
    }

    /** +1 for bytes going from a client to a server, -1 back, 0 for I/O of neither (relays, pipes). */
    private static int flow(LabEvent e) {
        Role role = e.origin().role();
        int d = direction(e);
        if (role == Role.CLIENT) {
            return d;
        }
        if (role == Role.SERVER) {
            return -d;
        }
        return 0;
    }

    /** The side of a conversation an event happened on: its connection, else its endpoint. */
    private static String side(LabEvent e) {
        return e.origin().connection() != null ? e.origin().connection() : e.origin().endpoint();
    }

    static boolean isCallback(EventKind k) {
        return switch (k) {
            case CONNECTION_MADE, DATA_RECEIVED, EOF_RECEIVED, CONNECTION_LOST, DATAGRAM_RECEIVED, ERROR_RECEIVED,
                 PAUSE_WRITING, RESUME_WRITING, PIPE_DATA_RECEIVED, PIPE_CONNECTION_LOST, PROCESS_EXITED,
                 SIGNAL_RECEIVED, TASK_STEP -> true;
            default -> false;
        };
    }

    /** A client or experiment came to its end (one run of a preset), or the preset's own run did. */
    static boolean endsRun(LabEvent e) {
        if (e.kind() == EventKind.ENDPOINT_STATE) {
            Role role = e.origin().role();
            String state = e.text() == null ? "" : e.text();
            return (role == Role.CLIENT || role == Role.EXPERIMENT)
                    && (state.equals("finished") || state.equals("failed") || state.equals("stopped"));
        }
        return e.kind() == EventKind.TASK_DONE && e.origin().role() == Role.LAB;
    }
}
