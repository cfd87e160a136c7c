package netlab.ui.panes;

import java.util.ArrayList;
import java.util.List;

/** One line of a pane: styled runs of text, no newline inside. Immutable, so views may share it. */
public record PaneLine(List<Segment> segments) {

    /** A run of text and the CSS style classes it is drawn with. */
    public record Segment(String text, List<String> styles) {
        public Segment {
            styles = List.copyOf(styles);
        }
    }

    public PaneLine {
        segments = List.copyOf(segments);
    }

    public static PaneLine of(String text, String... styles) {
        return new PaneLine(List.of(new Segment(text, List.of(styles))));
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
