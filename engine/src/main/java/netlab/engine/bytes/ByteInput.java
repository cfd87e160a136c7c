package netlab.engine.bytes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns what a person typed into bytes: plain text (UTF-8), Python-style escapes
 * ({@code \n \t \r \\ \' \" \xhh} and octal {@code \0 \012 \101}, each meaning what it means in a
 * Python bytes literal) or hex digits. Bad input is refused with a message that says where and why,
 * never guessed at.
 */
public final class ByteInput {
    public enum Mode {
        TEXT, ESCAPED, HEX;

        /** The mode named {@code text}, {@code escaped} or {@code hex}, with a message naming all three when it is none. */
        public static Mode byId(String id) {
            for (Mode m : values()) {
                if (m.name().equalsIgnoreCase(id == null ? "" : id.strip())) {
                    return m;
                }
            }
            throw new IllegalArgumentException("input must be text, escaped or hex, was '" + id + "'");
        }
    }

    private ByteInput() {
    }

    public static Bytes parse(String input, Mode mode) {
        return switch (mode) {
            case TEXT -> {
                refuseLoneSurrogates(input);
                yield Bytes.utf8(input);
            }
            case ESCAPED -> unescape(input);
            case HEX -> hex(input);
        };
    }

    /** Python bytes-literal escapes; any other character is taken as its UTF-8 encoding. */
    public static Bytes unescape(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length());
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (c != '\\') {
                int cp = input.codePointAt(i);
                if (Character.isSurrogate((char) cp) && Character.charCount(cp) == 1) {
                    throw loneSurrogate(input, i);
                }
                byte[] enc = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(enc, 0, enc.length);
                i += Character.charCount(cp);
                continue;
            }
            if (i + 1 >= input.length()) {
                throw new BadInputException("a lone backslash at the end (write \\\\ for a backslash)", i);
            }
            char e = input.charAt(i + 1);
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    // up to three octal digits, as Python reads b'\0', b'\012', b'\101'
                    int end = i + 2;
                    int value = 0;
                    while (end < input.length() && end < i + 4 && input.charAt(end) >= '0' && input.charAt(end) <= '7') {
                        end++;
                    }
                    for (int k = i + 1; k < end; k++) {
                        value = value * 8 + (input.charAt(k) - '0');
                    }
                    if (value > 0xFF) {
                        throw new BadInputException("octal escape \\" + input.substring(i + 1, end) + " is over \\377", i);
                    }
                    out.write(value);
                    i = end - 2;
                }
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'v' -> out.write(11);
                case '\\', '\'', '"' -> out.write(e);
                case 'x' -> {
                    if (i + 4 > input.length()) {
                        throw new BadInputException("\\x needs two hex digits", i);
                    }
                    int hi = hexDigit(input.charAt(i + 2));
                    int lo = hexDigit(input.charAt(i + 3));
                    if (hi < 0 || lo < 0) {
                        throw new BadInputException("\\x needs two hex digits, got '" + input.substring(i + 2, i + 4) + "'", i);
                    }
                    out.write(hi << 4 | lo);
                    i += 2;
                }
                default -> throw new BadInputException("unknown escape \\" + e, i);
            }
            i += 2;
        }
        return Bytes.wrap(out.toByteArray());
    }

    /**
     * Half of a surrogate pair on its own (a paste can bring one) has no UTF-8 form: Java would
     * send '?' in its place. It is refused where it is instead.
     */
    private static void refuseLoneSurrogates(String input) {
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < input.length() && Character.isLowSurrogate(input.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw loneSurrogate(input, i);
            }
        }
    }

    private static BadInputException loneSurrogate(String input, int i) {
        return new BadInputException(String.format("a lone surrogate \\u%04x has no UTF-8 form", (int) input.charAt(i)), i);
    }

    /** Hex digits in pairs; spaces, colons, dashes and newlines between bytes are allowed; an optional 0x prefix. */
    public static Bytes hex(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length() / 2);
        // positions in messages count from what was typed, so leading blanks are skipped, not stripped
        int i = 0;
        while (i < input.length() && Character.isWhitespace(input.charAt(i))) {
            i++;
        }
        if (input.startsWith("0x", i) || input.startsWith("0X", i)) {
            i += 2;
        }
        String s = input;
        int pending = -1;
        int pendingAt = -1;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == ':' || c == '-' || c == ',') {
                if (pending >= 0) {
                    throw new BadInputException("odd number of hex digits in a byte", pendingAt);
                }
                continue;
            }
            int d = hexDigit(c);
            if (d < 0) {
                throw new BadInputException("'" + c + "' is not a hex digit", i);
            }
            if (pending < 0) {
                pending = d;
                pendingAt = i;
            } else {
                out.write(pending << 4 | d);
                pending = -1;
            }
        }
        if (pending >= 0) {
            throw new BadInputException("odd number of hex digits: the last byte has only one", pendingAt);
        }
        return Bytes.wrap(out.toByteArray());
    }

    /** The value of an ASCII hex digit, or -1: Character.digit would also take Arabic-Indic or full-width digits. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Input that cannot be turned into bytes, with the character index where the trouble is. */
    public static final class BadInputException extends IllegalArgumentException {
        private final int index;

        public BadInputException(String message, int index) {
            super(message + " (at character " + (index + 1) + ")");
            this.index = index;
        }

        public int index() {
            return index;
        }
    }
}
