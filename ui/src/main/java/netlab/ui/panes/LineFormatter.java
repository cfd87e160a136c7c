package netlab.ui.panes;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.LabEvent;
import netlab.ui.i18n.I18n;

/**
 * Turns an event into the line its pane shows. Log lines read exactly as the seed prints them
 * ({@code logger: message}); wire events become coloured chunk blocks with their size and offset,
 * alternating two colours per direction so that adjacent chunks stay apart.
 */
public final class LineFormatter {
    /** Beyond this many bytes a chunk's literal is cut short; its size still says the whole. */
    public static final int MAX_SHOWN_BYTES = 256;
    /**
     * Beyond this many characters any other line is cut short: a server with a large read size
     * logs each read in full, and one line of megabytes would stall the text area.
     */
    public static final int MAX_LINE_CHARS = 2_000;

    private final I18n i18n;

    public LineFormatter(I18n i18n) {
        this.i18n = i18n;
    }

    /**
     * @param chunkNumber for data events, which read or write of its direction this is, from 1
     * @return the line, or null when the event shows nothing in a pane
     */
    public PaneLine format(LabEvent e, long chunkNumber) {
        return switch (e.kind()) {
            case LOG -> clipped(e.toLogLine(), "log");
            case ERROR -> clipped("⚠ " + e.toLogLine(), "error");
            case DATA_RECEIVED -> chunk(e, chunkNumber, "in", "pane.chunk.read");
            case DATA_SENT -> chunk(e, chunkNumber, "out", "pane.chunk.write");
            case ENDPOINT_STATE -> PaneLine.of("● " + e.origin().endpoint() + ": " + e.describe(), "state");
            case ELIDED -> PaneLine.of(e.describe(), "elided");
            // a task's steps and the loop's lag belong on the timeline and the gauge, not in a pane
            case TASK_CREATED, TASK_STEP, TASK_WAITING, TASK_DONE, TASK_CANCEL, LOOP_LAG -> null;
            default -> clipped("· " + e.describe(), "event");
        };
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

    private PaneLine chunk(LabEvent e, long number, String direction, String key) {
        String colour = direction + (number % 2 == 1 ? "-a" : "-b");
        Bytes data = e.data();
        String badge = i18n.get(key, number, data.size(), e.offset());
        PaneLine.Builder line = PaneLine.builder()
                .add("  ")
                .add(" " + badge + " ", "chunk-badge", colour)
                .add(" " + shown(data) + " ", "chunk", colour);
        if (data.size() > MAX_SHOWN_BYTES) {
            line.add(" " + i18n.get("pane.chunk.more", data.size() - MAX_SHOWN_BYTES), "chunk-more");
        }
        return line.build();
    }

    private static String shown(Bytes data) {
        return data.size() > MAX_SHOWN_BYTES ? data.slice(0, MAX_SHOWN_BYTES).repr() + "…" : data.repr();
    }
}
