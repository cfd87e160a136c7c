package netlab.ui.panes;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.event.LabEvent;

/**
 * One line of a pane: styled runs of text, no newline inside. Immutable, so views may share it.
 *
 * @param source      the event the line shows (its bytes cut to {@link LineFormatter#KEPT_BYTES}),
 *                    for re-showing it in hex, copying it, and finding the code that made it; null
 *                    for lines of the pane's own
 * @param chunkNumber for a read or write, which of its direction it is, from 1; else 0
 */
public record PaneLine(List<Segment> segments, LabEvent source, long chunkNumber) {

    /** A run of text and the CSS style classes it is drawn with. */
    public record Segment(String text, List<String> styles) {
        public Segment {
            styles = List.copyOf(styles);
        }
    }

    public PaneLine {
        segments = List.copyOf(segments);
    }

    public PaneLine(List<Segment> segments) {
        this(segments, null, 0);
    }

    public static PaneLine of(String text, String... styles) {
        return new PaneLine(List.of(new Segment(text, List.of(styles))));
    }

    public PaneLine withSource(LabEvent event, long number) {
        return new PaneLine(segments, event, number);
    }

    /** A read or write block, whose bytes can be shown another way or copied. */
    public boolean isChunk() {
        return source != null && source.kind().carriesData();
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            out.append(s.text());
        }
        return out.toString();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<Segment> segments = new ArrayList<>(4);

        public Builder add(String text, String... styles) {
            segments.add(new Segment(text, List.of(styles)));
            return this;
        }

        public PaneLine build() {
            return new PaneLine(segments);
        }
    }
}
