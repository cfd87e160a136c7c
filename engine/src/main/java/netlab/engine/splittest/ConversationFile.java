package netlab.engine.splittest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import netlab.engine.bytes.ByteInput;
import netlab.engine.bytes.ByteInput.Mode;
import netlab.engine.bytes.Bytes;

/**
 * The conversation file: one exchange a line, {@code REQUEST => RESPONSE}, each side written as
 * the message composer writes a part: {@code text:}, {@code escaped:} (the default: Python
 * bytes-literal escapes such as {@code \n}, {@code \x00}) or {@code hex:}. Blank lines and lines
 * starting with {@code #} are skipped. A request alone (no {@code =>}) is allowed when the
 * responses are to be learned. Spaces around {@code =>} and at the end of a line are not data:
 * write {@code \x20} for a space there.
 * <pre>
 * # a line server that answers each line in capitals
 * hello\n        => HELLO\n
 * hex: 00 02 6f 6b => hex: 00 02 4f 4b
 * </pre>
 */
public final class ConversationFile {
    public static final String ARROW = "=>";
    /** Lines a conversation file may have: each case sends every exchange. */
    public static final int MAX_LINES = 100_000;

    private ConversationFile() {
    }

    /**
     * Reads {@code text}; {@code responsesOptional} lets a line be a request alone (--learn).
     * Throws {@link ConversationException} naming the line and column of the first mistake.
     */
    public static Conversation parse(String text, String source, boolean responsesOptional) {
        List<Exchange> exchanges = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        if (lines.length > MAX_LINES) {
            throw new ConversationException(source, 0, 0, "more than " + MAX_LINES + " lines");
        }
        for (int n = 0; n < lines.length; n++) {
            String line = stripEnd(lines[n]);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            exchanges.add(exchange(source, n + 1, line, responsesOptional));
        }
        if (exchanges.isEmpty()) {
            throw new ConversationException(source, 0, 0, "no exchange in the file (one a line: REQUEST => RESPONSE)");
        }
        try {
            return new Conversation(source, exchanges);
        } catch (IllegalArgumentException e) {
            throw new ConversationException(source, 0, 0, e.getMessage().substring(source.length() + 2));
        }
    }

    private static Exchange exchange(String source, int lineNo, String line, boolean responsesOptional) {
        int arrow = line.indexOf(ARROW);
        if (arrow < 0 && !responsesOptional) {
            throw new ConversationException(source, lineNo, 0,
                    "no '" + ARROW + "' on this line: write REQUEST => RESPONSE (or give --learn to take the server's answers)");
        }
        int reqEnd = arrow < 0 ? line.length() : arrow;
        while (reqEnd > 0 && line.charAt(reqEnd - 1) == ' ') {
            reqEnd--;
        }
        int reqStart = skipSpaces(line, 0);
        if (reqStart >= reqEnd) {
            throw new ConversationException(source, lineNo, reqStart + 1, "the request is empty: each exchange sends at least one byte");
        }
        Bytes request = side(source, lineNo, line, reqStart, reqEnd, "request");
        Bytes response = Bytes.EMPTY;
        if (arrow >= 0) {
            int respStart = skipSpaces(line, arrow + ARROW.length());
            response = respStart >= line.length() ? Bytes.EMPTY : side(source, lineNo, line, respStart, line.length(), "response");
        }
        if (request.isEmpty()) {
            throw new ConversationException(source, lineNo, reqStart + 1, "the request is empty: each exchange sends at least one byte");
        }
        return new Exchange(request, response, lineNo);
    }

    /** One side: an optional mode prefix, then the bytes in that mode; a mistake is placed in the line. */
    private static Bytes side(String source, int lineNo, String line, int from, int to, String what) {
        Mode mode = Mode.ESCAPED;
        int start = from;
        String part = line.substring(from, to);
        for (Mode m : Mode.values()) {
            String prefix = m.name().toLowerCase(Locale.ROOT) + ":";
            if (part.startsWith(prefix)) {
                mode = m;
                start = skipSpaces(line, from + prefix.length());
                break;
            }
        }
        try {
            return ByteInput.parse(line.substring(start, Math.max(start, to)), mode);
        } catch (ByteInput.BadInputException e) {
            String message = e.getMessage();
            int cut = message.lastIndexOf(" (at character ");
            throw new ConversationException(source, lineNo, start + e.index() + 1,
                    "the " + what + " (" + mode.name().toLowerCase(Locale.ROOT) + "): " + (cut < 0 ? message : message.substring(0, cut)));
        }
    }

    private static int skipSpaces(String line, int i) {
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    /** One line of the file for {@code exchange}, escaped: what {@link #parse} reads back to the same bytes. */
    public static String line(Exchange exchange) {
        return escaped(exchange.request()) + " " + ARROW + " " + escaped(exchange.response());
    }

    private static String escaped(Bytes bytes) {
        String repr = bytes.repr();
        String inner = repr.substring(2, repr.length() - 1);
        // spaces at either end would be taken for the space around the arrow
        if (inner.startsWith(" ")) {
            inner = "\\x20" + inner.substring(1);
        }
        if (inner.endsWith(" ")) {
            inner = inner.substring(0, inner.length() - 1) + "\\x20";
        }
        return inner.replace("=>", "=\\x3e");
    }
}
