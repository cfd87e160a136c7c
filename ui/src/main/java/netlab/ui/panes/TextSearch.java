package netlab.ui.panes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Where a query occurs in a pane's text, ignoring case. */
public final class TextSearch {
    private TextSearch() {
    }

    /** Start indices of every occurrence of {@code query} in {@code text}; none for an empty query. */
    public static List<Integer> matches(String text, String query) {
        List<Integer> out = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        String t = text.toLowerCase(Locale.ROOT);
        String q = query.toLowerCase(Locale.ROOT);
        for (int at = t.indexOf(q); at >= 0; at = t.indexOf(q, at + Math.max(1, q.length()))) {
            out.add(at);
        }
        return out;
    }

    /** Index into {@code matches} of the first one at or after {@code from} (forward), or before it (backward), wrapping. */
    public static int next(List<Integer> matches, int from, boolean forward) {
        if (matches.isEmpty()) {
            return -1;
        }
        if (forward) {
            for (int i = 0; i < matches.size(); i++) {
                if (matches.get(i) >= from) {
                    return i;
                }
            }
            return 0;
        }
        for (int i = matches.size() - 1; i >= 0; i--) {
            if (matches.get(i) < from) {
                return i;
            }
        }
        return matches.size() - 1;
    }
}
