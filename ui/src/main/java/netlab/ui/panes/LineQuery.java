package netlab.ui.panes;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The text part of a pane's filter, compiled: a plain text found anywhere in a line ignoring case,
 * or a regular expression found in it (ignoring case too, unless it says {@code (?-i)}).
 *
 * @param match      what a line's text must satisfy; null when the text is empty (every line passes)
 *                   or is not a valid regular expression
 * @param errorIndex for an invalid regular expression, where in it the problem is (from 0); else -1
 * @param error      for an invalid regular expression, what is wrong with it; else null
 */
public record LineQuery(Predicate<String> match, int errorIndex, String error) {
    public static final LineQuery EVERYTHING = new LineQuery(null, -1, null);

    public static LineQuery of(String text, boolean regex) {
        if (text == null || text.isEmpty()) {
            return EVERYTHING;
        }
        if (!regex) {
            String lower = text.toLowerCase(Locale.ROOT);
            return new LineQuery(line -> line.toLowerCase(Locale.ROOT).contains(lower), -1, null);
        }
        try {
            Pattern p = Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return new LineQuery(line -> p.matcher(line).find(), -1, null);
        } catch (PatternSyntaxException e) {
            return new LineQuery(null, Math.max(0, e.getIndex()), e.getDescription());
        }
    }

    public boolean isValid() {
        return error == null;
    }
}
