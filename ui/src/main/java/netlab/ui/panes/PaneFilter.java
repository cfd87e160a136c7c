package netlab.ui.panes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import netlab.ui.i18n.Problem;

/**
 * A pane's display filter: which of its lines are shown, by what they are ({@link LineDirection})
 * and by their text ({@link LineQuery}). Hidden lines stay in the pane; how many there are is
 * {@link #hiddenProperty()}. The filter applies to lines arriving later too.
 *
 * <p>The lines it lets through are numbered from 0 in their own order ("shown numbers"), so that a
 * view can catch up with them as with the pane's own lines: {@link #firstShown()} to
 * {@link #endShown()}, the whole set starting over (and {@link #epochProperty()} changing) when the
 * filter or the pane's lines are reset. FX thread only.
 */
public final class PaneFilter {
    private final PaneModel pane;
    private final ObjectProperty<LineDirection> direction = new SimpleObjectProperty<>(LineDirection.ALL);
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<LineQuery> query = new ReadOnlyObjectWrapper<>(LineQuery.EVERYTHING);
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper hidden = new ReadOnlyLongWrapper();
    private final ReadOnlyIntegerWrapper epoch = new ReadOnlyIntegerWrapper();

    /** Pane line numbers of the lines shown, oldest first. */
    private final IndexRing shown = new IndexRing();
    private long firstShown;
    private long seenEnd;
    private int seenPaneEpoch = -1;
    private Function<PaneLine, String> textOf = PaneLine::text;

    PaneFilter(PaneModel pane) {
        this.pane = pane;
        direction.addListener((obs, old, now) -> {
            if (now == null) {
                direction.set(LineDirection.ALL);
            } else {
                changed();
            }
        });
        text.addListener(o -> changed());
        regex.addListener(o -> changed());
    }

    /** Which lines pass by what they are; never null (set to null it means {@link LineDirection#ALL}). */
    public ObjectProperty<LineDirection> directionProperty() {
        return direction;
    }

    /** The text a line must contain (or match, with {@link #regexProperty()}); empty: any. */
    public StringProperty textProperty() {
        return text;
    }

    /** Whether the text is a regular expression. */
    public BooleanProperty regexProperty() {
        return regex;
    }

    /** The text compiled; says where an invalid regular expression is wrong (its text part then lets every line through). */
    public ReadOnlyObjectProperty<LineQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    /** What is wrong with the text as a regular expression (where, and what); null when nothing is. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the filter hides anything at all by its settings (a direction, or a valid text). */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** How many of the pane's kept lines the filter hides now. */
    public ReadOnlyLongProperty hiddenProperty() {
        return hidden.getReadOnlyProperty();
    }

    /** Changes when the shown lines start over: a view must rebuild rather than catch up. */
    public ReadOnlyIntegerProperty epochProperty() {
        return epoch.getReadOnlyProperty();
    }

    /** Back to showing every line. */
    public void clear() {
        text.set("");
        direction.set(LineDirection.ALL);
    }

    /**
     * How the text of a line is read for matching: by default as the pane keeps it; a view sets what it
     * shows (the bytes in hex, its notes in the current language). Null: the default again. Re-filters.
     */
    public void setTextOf(Function<PaneLine, String> how) {
        textOf = how == null ? PaneLine::text : how;
        if (active.get()) {
            restart();
        }
    }

    /** The way lines are read changed (another bytes view, another language): re-filters when it matters. */
    public void reread() {
        if (active.get() && query.get().match() != null) {
            restart();
        }
    }

    public boolean accepts(PaneLine line) {
        LineDirection d = direction.get();
        if (d != null && !d.accepts(line)) {
            return false;
        }
        LineQuery q = query.get();
        return q.match() == null || q.match().test(textOf.apply(line));
    }

    private void changed() {
        LineQuery q = LineQuery.of(text.get(), regex.get());
        query.set(q);
        problem.set(q.isValid() ? null : Problem.of("pane.filter.badRegex", q.errorIndex(), q.error()));
        LineDirection d = direction.get();
        active.set((d != null && d != LineDirection.ALL) || q.match() != null);
        restart();
    }

    private void restart() {
        seenPaneEpoch = -1;
        update();
    }

    /** Catches up with the pane's lines: filters those that came, forgets those it dropped. Cheap when nothing changed. */
    void update() {
        int paneEpoch = pane.epochProperty().get();
        boolean over = paneEpoch != seenPaneEpoch;
        if (over) {
            shown.clear();
            firstShown = 0;
            seenEnd = pane.firstIndex();
            seenPaneEpoch = paneEpoch;
        }
        long first = pane.firstIndex();
        long end = pane.endIndex();
        if (end > seenEnd) {
            long index = Math.max(seenEnd, first);
            if (!active.get()) {
                // every line passes: no need to read them (the common case, on every batch of every pane)
                for (; index < end; index++) {
                    shown.add(index);
                }
            } else {
                for (PaneLine line : pane.lastLines((int) (end - index))) {
                    if (accepts(line)) {
                        shown.add(index);
                    }
                    index++;
                }
            }
            seenEnd = end;
        }
        while (!shown.isEmpty() && shown.first() < first) {
            shown.removeFirst();
            firstShown++;
        }
        hidden.set((end - first) - shown.size());
        if (over) {
            epoch.set(epoch.get() + 1);
        }
    }

    /** The shown number of the oldest line shown. */
    public long firstShown() {
        return firstShown;
    }

    public long endShown() {
        return firstShown + shown.size();
    }

    /** The lines shown from shown number {@code from} (clamped) to {@link #endShown()}. */
    public List<PaneLine> linesFrom(long from) {
        int skip = (int) Math.max(0, from - firstShown);
        if (skip >= shown.size()) {
            return List.of();
        }
        long index = shown.get(skip);
        List<PaneLine> out = new ArrayList<>(shown.size() - skip);
        int next = skip;
        for (PaneLine line : pane.linesFrom(index)) {
            if (next < shown.size() && shown.get(next) == index) {
                out.add(line);
                next++;
            }
            index++;
        }
        return out;
    }

    /** The line shown with number {@code number}; null when there is none. */
    public PaneLine line(long number) {
        long at = number - firstShown;
        if (at < 0 || at >= shown.size()) {
            return null;
        }
        return pane.line(shown.get((int) at));
    }
}
