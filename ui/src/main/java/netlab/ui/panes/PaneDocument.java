package netlab.ui.panes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import netlab.ui.i18n.I18n;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyledSegment;

/**
 * Keeps a text area's paragraphs equal to a pane's lines that its {@link PaneFilter} shows, with one marker paragraph on top once
 * lines have been dropped. Catches up with one append and at most one trim per sync; when more
 * lines arrived than the pane keeps, it rebuilds instead, which costs the same as one full pane.
 */
final class PaneDocument {
    private static final List<String> NO_STYLE = List.of();

    private final StyleClassedTextArea area;
    private final PaneModel model;
    private final I18n i18n;
    private long shownFirst;
    private long shownEnd;
    private long shownElided;
    private boolean markerShown;
    private int shownEpoch = -1;
    private boolean renderChanged;
    private java.util.function.UnaryOperator<PaneLine> render = java.util.function.UnaryOperator.identity();
    private java.util.function.BooleanSupplier follow = () -> true;

    PaneDocument(StyleClassedTextArea area, PaneModel model, I18n i18n) {
        this.area = area;
        this.model = model;
        this.i18n = i18n;
    }

    /** How lines are drawn (their bytes in hex, say); the whole pane is redrawn at the next sync. */
    void setRender(java.util.function.UnaryOperator<PaneLine> render) {
        this.render = render;
        renderChanged = true;
    }

    /** Whether new lines scroll the pane to its end. */
    void setFollow(java.util.function.BooleanSupplier follow) {
        this.follow = follow;
    }

    /** The line drawn in {@code paragraph}; null for the elided marker or out of range. */
    PaneLine lineAt(int paragraph) {
        int index = paragraph - (markerShown ? 1 : 0);
        if (index < 0 || shownFirst + index >= shownEnd) {
            return null;
        }
        return model.filter().line(shownFirst + index);
    }

    void sync() {
        boolean follow = this.follow.getAsBoolean();
        PaneFilter filter = model.filter();
        filter.update();
        long first = filter.firstShown();
        long end = filter.endShown();
        // every line shown was dropped and none came (a filter hiding all the new ones): nothing to trim to
        boolean noneLeft = first > shownFirst && first == end;
        if (renderChanged || shownEpoch != filter.epochProperty().get() || shownEnd < first || noneLeft
                || end - shownEnd >= model.capacity()) {
            renderChanged = false;
            rebuild();
        } else {
            if (end > shownEnd) {
                append(filter.linesFrom(shownEnd));
            }
            long elided = model.elidedLines();
            if (first > shownFirst && elided > 0) {
                // the lines dropped and the marker that counts them, in one change: each change of
                // the text area is a pass of notifications through RichTextFX and its flow
                trimUnderMarker((int) (first - shownFirst), elided);
            } else if (first > shownFirst) {
                trim((int) (first - shownFirst));
            }
            if (elided != shownElided) {
                marker(elided);
            }
        }
        shownFirst = first;
        shownEnd = end;
        shownEpoch = filter.epochProperty().get();
        if (follow) {
            // asks the next layout to scroll; scrolling here would lay out the flow once per pane per frame
            area.moveTo(area.getLength());
            area.requestFollowCaret();
        }
    }

    private void rebuild() {
        List<List<StyledSegment<String, Collection<String>>>> paragraphs = new ArrayList<>();
        long elided = model.elidedLines();
        if (elided > 0) {
            paragraphs.add(markerParagraph(elided));
        }
        for (PaneLine line : model.filter().linesFrom(model.filter().firstShown())) {
            paragraphs.add(paragraph(line));
        }
        if (paragraphs.isEmpty()) {
            area.clear();
        } else {
            area.replace(0, area.getLength(), document(paragraphs));
        }
        markerShown = elided > 0;
        shownElided = elided;
    }

    private void append(List<PaneLine> lines) {
        List<List<StyledSegment<String, Collection<String>>>> paragraphs = new ArrayList<>(lines.size() + 1);
        boolean empty = area.getLength() == 0 && area.getParagraphs().size() == 1;
        if (!empty) {
            // an empty first paragraph merges into the last one: the new lines start on a line of their own
            paragraphs.add(List.of(new StyledSegment<>("", NO_STYLE)));
        }
        for (PaneLine line : lines) {
            paragraphs.add(paragraph(line));
        }
        area.replace(area.getLength(), area.getLength(), document(paragraphs));
    }

    private void trim(int lines) {
        int top = markerShown ? 1 : 0;
        int from = area.getAbsolutePosition(top, 0);
        int to = area.getAbsolutePosition(top + lines, 0);
        area.deleteText(from, to);
    }

    /** Replaces the marker (if shown) and the oldest {@code lines} lines with a marker saying {@code elided}. */
    private void trimUnderMarker(int lines, long elided) {
        int top = markerShown ? 1 : 0;
        int to = area.getAbsolutePosition(top + lines, 0);
        // the empty paragraph merges into the first line kept, which so starts on the marker's next line
        area.replace(0, to, document(List.of(markerParagraph(elided), List.of(new StyledSegment<>("", NO_STYLE)))));
        markerShown = true;
        shownElided = elided;
    }

    private void marker(long elided) {
        if (markerShown) {
            area.replace(0, area.getParagraphLength(0), document(List.of(markerParagraph(elided))));
        } else {
            area.replace(0, 0, document(List.of(markerParagraph(elided), List.of(new StyledSegment<>("", NO_STYLE)))));
            markerShown = true;
        }
        shownElided = elided;
    }

    private List<StyledSegment<String, Collection<String>>> markerParagraph(long elided) {
        String text = i18n.get("pane.elided", elided, model.capacity());
        return List.of(new StyledSegment<>(text, List.of("elided-marker")));
    }

    private List<StyledSegment<String, Collection<String>>> paragraph(PaneLine original) {
        PaneLine line = render.apply(original);
        List<StyledSegment<String, Collection<String>>> segments = new ArrayList<>(line.segments().size());
        for (PaneLine.Segment s : line.segments()) {
            segments.add(new StyledSegment<>(s.text(), s.styles()));
        }
        return segments;
    }

    private ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document(
            List<List<StyledSegment<String, Collection<String>>>> paragraphs) {
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(area.getSegOps(), NO_STYLE, paragraphs.size());
        for (List<StyledSegment<String, Collection<String>>> p : paragraphs) {
            builder.addParagraph(p);
        }
        return builder.build();
    }
}
