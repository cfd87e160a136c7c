package netlab.ui.panes;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.LabEvent;
import netlab.ui.i18n.I18n;

/**
 * Turns an event into the line its pane shows. Log lines read exactly as the seed prints them
 * ({@code logger: message}); wire events become coloured chunk blocks with their size and offset,
 * alternating two colours per direction so that adjacent chunks stay apart; errors say what to do.
 */
public final class LineFormatter {
    /** Beyond this many bytes a chunk's literal is cut short; its size still says the whole. */
    public static final int MAX_SHOWN_BYTES = 256;
    /**
     * Bytes of a chunk a line keeps for copying and for showing it another way: a pane holds
     * thousands of lines, and a read can be megabytes.
     */
    public static final int KEPT_BYTES = 1_024;
    /**
     * Beyond this many characters any other line is cut short: a server with a large read size
     * logs each read in full, and one line of megabytes would stall the text area.
     */
    public static final int MAX_LINE_CHARS = 2_000;

    private final I18n i18n;
    private final EventNotes notes;

    public LineFormatter(I18n i18n) {
        this.i18n = i18n;
        this.notes = new EventNotes(i18n);
    }

    /**
     * @param chunkNumber for data events, which read or write of its direction this is, from 1
     * @return the line (carrying its event), or null when the event shows nothing in a pane
     */
    public PaneLine format(LabEvent e, long chunkNumber) {
        LabEvent kept = kept(e);
        PaneLine line = format(kept, chunkNumber, BytesView.LITERAL);
        return line == null ? null : line.withSource(kept, chunkNumber);
    }

    /** The line of an event in another bytes view; the event's bytes may already be cut to {@link #KEPT_BYTES}. */
    public PaneLine format(LabEvent e, long chunkNumber, BytesView view) {
        if (!showsLine(e)) {
            return null;
        }
        return switch (e.kind()) {
            case LOG -> clipped(notes.logLine(e), "log");
            case ERROR -> error(e);
            case DATA_RECEIVED -> chunk(e, chunkNumber, "in", "pane.chunk.read", view);
            case DATA_SENT -> chunk(e, chunkNumber, "out", "pane.chunk.write", view);
            case ENDPOINT_STATE -> PaneLine.of("● " + notes.state(e), "state");
            case ELIDED -> PaneLine.of(notes.describe(e), "elided");
            case LIMIT_REACHED -> PaneLine.of(i18n.get("pane.limitReached", notes.describe(e)), "error");
            // under the read that completed the message it answers
            case RULE_MATCHED -> clipped("↳ " + notes.describe(e), "event");
            // the loop's own bookkeeping (see showsLine) is the timeline's: in a pane it would drown the seed's lines
            case TASK_CREATED, TASK_STEP, TASK_WAITING, TASK_DONE, TASK_CANCEL, LOOP_LAG -> null;
            case CONNECTION_LOST -> e.error() == null ? clipped("· " + e.describe(), "event") : error(e);
            default -> clipped("· " + notes.describe(e), "event");
        };
    }

    /**
     * Whether {@code e} makes a line in a pane: the loop's own bookkeeping (tasks, lag) does not,
     * it is the timeline's.
     */
    public static boolean showsLine(LabEvent e) {
        return switch (e.kind()) {
            case TASK_CREATED, TASK_STEP, TASK_WAITING, TASK_DONE, TASK_CANCEL, LOOP_LAG -> false;
            default -> true;
        };
    }

    /** An error and, when there is an obvious one, what to do about it. */
    private PaneLine error(LabEvent e) {
        String text = (e.kind() == netlab.engine.event.EventKind.ERROR ? "⚠ " + notes.logLine(e) : "⚠ · " + notes.describe(e));
        String hint = ErrorHints.keyFor(e.error());
        if (text.length() > MAX_LINE_CHARS) {
            text = text.substring(0, MAX_LINE_CHARS) + "…";
        }
        if (hint == null) {
            return PaneLine.of(text, "error");
        }
        return PaneLine.builder().add(text, "error").add("  → " + i18n.get(hint), "hint").build();
    }

    /** The event with its bytes cut to what a line keeps. */
    static LabEvent kept(LabEvent e) {
        Bytes data = e.data();
        if (data.size() <= KEPT_BYTES) {
            return e;
        }
        Bytes cut = Bytes.of(data.unsafeBackingArray(), data.unsafeOffset(), KEPT_BYTES);
        return new LabEvent(e.seq(), e.nanos(), e.origin(), e.kind(), e.logger(), e.text(), cut, e.offset(), e.amount(), e.error());
    }

    private PaneLine clipped(String text, String style) {
        if (text.length() <= MAX_LINE_CHARS) {
            return PaneLine.of(text, style);
        }
        return PaneLine.builder()
                .add(text.substring(0, MAX_LINE_CHARS) + "…", style)
                .add(" " + i18n.get("pane.line.more", text.length() - MAX_LINE_CHARS), "chunk-more")
                .build();
    }

    private PaneLine chunk(LabEvent e, long number, String direction, String key, BytesView view) {
        String colour = direction + (number % 2 == 1 ? "-a" : "-b");
        Bytes data = e.data();
        long size = Math.max(e.amount(), data.size());
        String badge = i18n.get(key, number, size, e.offset());
        PaneLine.Builder line = PaneLine.builder()
                .add("  ")
                .add(" " + badge + " ", "chunk-badge", colour)
                .add(" " + shown(data, size, view) + " ", "chunk", colour);
        if (size > MAX_SHOWN_BYTES) {
            line.add(" " + i18n.get("pane.chunk.more", size - MAX_SHOWN_BYTES), "chunk-more");
        }
        return line.build();
    }

    private static String shown(Bytes data, long size, BytesView view) {
        return size > MAX_SHOWN_BYTES ? view.render(data.slice(0, Math.min(data.size(), MAX_SHOWN_BYTES))) + "…" : view.render(data);
    }
}
