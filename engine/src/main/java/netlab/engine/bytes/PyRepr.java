package netlab.engine.bytes;

/** Python's {@code repr()} of bytes and str, byte for byte as CPython writes it. */
public final class PyRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PyRepr() {
    }

    /**
     * {@code b'...'}: single quotes unless the data holds a single quote and no double quote;
     * {@code \t \n \r \\} and the chosen quote escaped; other bytes outside 0x20..0x7e as {@code \xhh}.
     */
    public static String bytes(byte[] data, int offset, int length) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = offset; i < offset + length; i++) {
            if (data[i] == '\'') {
                hasSingle = true;
            } else if (data[i] == '"') {
                hasDouble = true;
            }
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(length + 3);
        out.append('b').append(quote);
        for (int i = offset; i < offset + length; i++) {
            int c = data[i] & 0xFF;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c >= 0x7F) {
                out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
                out.append((char) c);
            }
        }
        return out.append(quote).toString();
    }

    public static String bytes(byte[] data) {
        return bytes(data, 0, data.length);
    }

    /**
     * {@code 'Hello World!'}: Python's {@code repr(str)} for printable text, the form the seeds print
     * with {@code {!r}} on a decoded message.
     */
    public static String str(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        boolean hasDouble = s.indexOf('"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < 0x20 || cp == 0x7F) {
                out.append("\\x").append(HEX[cp >> 4]).append(HEX[cp & 0xF]);
            } else if (!isPrintable(cp)) {
                if (cp <= 0xFF) {
                    out.append("\\x").append(HEX[cp >> 4]).append(HEX[cp & 0xF]);
                } else if (cp <= 0xFFFF) {
                    out.append(String.format("\\u%04x", cp));
                } else {
                    out.append(String.format("\\U%08x", cp));
                }
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append(quote).toString();
    }

    // Close to Python's str.isprintable(): control, format, separators other than space, unassigned
    // and surrogate code points are escaped.
    private static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
