package netlab.engine.splittest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import netlab.engine.bytes.ByteInput;
import netlab.engine.bytes.Bytes;

/**
 * Where the messages of a byte stream begin and end, as {@code --framing} spells it: {@code lines}
 * ({@code \n}, so {@code \r\n} too), {@code delimiter:SEP} (SEP escaped, e.g. {@code \r\n\r\n}),
 * {@code length:N[be|le]} (an N-byte length header, 1, 2, 4 or 8, big-endian unless {@code le}),
 * {@code fixed:N}, or {@code none} (the whole stream is one message: splits go anywhere). The split
 * test aims its cuts at what the framing marks: inside delimiters and length headers.
 */
public sealed interface Framing {
    String SYNTAX = "lines, delimiter:SEP, length:N[be|le], fixed:N, none";

    /** A message in the stream: [start, end), and the bytes the framing itself owns (delimiter or header). */
    record Message(int start, int end, int markStart, int markEnd) {
        public int size() {
            return end - start;
        }
    }

    /** Cuts {@code stream} into messages; throws {@link FramingMismatch} when it is not made of them. */
    List<Message> messages(Bytes stream);

    /** As {@link #parse} reads it. */
    String spec();

    record Lines() implements Framing {
        @Override
        public List<Message> messages(Bytes stream) {
            return Delimited.cut(stream, Bytes.of((byte) '\n'), "lines", "a '\\n'");
        }

        @Override
        public String spec() {
            return "lines";
        }
    }

    record Delimiter(Bytes separator) implements Framing {
        public Delimiter {
            if (separator.isEmpty()) {
                throw new IllegalArgumentException("the delimiter is empty");
            }
        }

        @Override
        public List<Message> messages(Bytes stream) {
            return Delimited.cut(stream, separator, spec(), "the delimiter " + separator.repr());
        }

        @Override
        public String spec() {
            String repr = separator.repr();
            return "delimiter:" + repr.substring(2, repr.length() - 1);
        }
    }

    record LengthPrefix(int headerBytes, boolean bigEndian) implements Framing {
        public LengthPrefix {
            if (headerBytes != 1 && headerBytes != 2 && headerBytes != 4 && headerBytes != 8) {
                throw new IllegalArgumentException("a length header is 1, 2, 4 or 8 bytes, was " + headerBytes);
            }
        }

        @Override
        public List<Message> messages(Bytes stream) {
            List<Message> out = new ArrayList<>();
            int at = 0;
            while (at < stream.size()) {
                if (at + headerBytes > stream.size()) {
                    throw new FramingMismatch("--framing " + spec() + " does not match the requests: at byte " + at + " a "
                            + headerBytes + "-byte length header is cut short: " + snippet(stream, at));
                }
                long length = 0;
                for (int i = 0; i < headerBytes; i++) {
                    int b = stream.byteAt(at + (bigEndian ? i : headerBytes - 1 - i)) & 0xFF;
                    length = length << 8 | b;
                }
                if (length < 0 || length > stream.size() - at - headerBytes) {
                    throw new FramingMismatch("--framing " + spec() + " does not match the requests: the header at byte " + at
                            + " says " + Long.toUnsignedString(length) + " bytes follow, " + (stream.size() - at - headerBytes)
                            + " do: " + snippet(stream, at));
                }
                int end = (int) (at + headerBytes + length);
                out.add(new Message(at, end, at, at + headerBytes));
                at = end;
            }
            return out;
        }

        @Override
        public String spec() {
            return "length:" + headerBytes + (bigEndian ? "be" : "le");
        }
    }

    record FixedSize(int size) implements Framing {
        public FixedSize {
            if (size < 1 || size > Conversation.MAX_REQUEST_BYTES) {
                throw new IllegalArgumentException("fixed messages are 1.." + Conversation.MAX_REQUEST_BYTES + " bytes, was " + size);
            }
        }

        @Override
        public List<Message> messages(Bytes stream) {
            if (stream.size() % size != 0) {
                int last = stream.size() - stream.size() % size;
                throw new FramingMismatch("--framing " + spec() + " does not match the requests: " + stream.size()
                        + " bytes are not whole messages of " + size + "; the last " + (stream.size() - last) + " are "
                        + snippet(stream, last));
            }
            List<Message> out = new ArrayList<>();
            for (int at = 0; at < stream.size(); at += size) {
                // a fixed message has no mark of its own: its last byte is where a reader decides it has one
                out.add(new Message(at, at + size, at + size - 1, at + size));
            }
            return out;
        }

        @Override
        public String spec() {
            return "fixed:" + size;
        }
    }

    record Unframed() implements Framing {
        @Override
        public List<Message> messages(Bytes stream) {
            return List.of(new Message(0, stream.size(), stream.size(), stream.size()));
        }

        @Override
        public String spec() {
            return "none";
        }
    }

    /** Reads {@link #SYNTAX}. */
    static Framing parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("--framing is empty; one of " + SYNTAX);
        }
        String s = text.strip();
        int colon = s.indexOf(':');
        String name = (colon < 0 ? s : s.substring(0, colon)).toLowerCase(Locale.ROOT);
        String arg = colon < 0 ? null : s.substring(colon + 1);
        try {
            return switch (name) {
                case "lines" -> none(arg, new Lines());
                case "none" -> none(arg, new Unframed());
                case "delimiter" -> new Delimiter(ByteInput.unescape(required(arg, "delimiter:SEP, e.g. delimiter:\\r\\n\\r\\n")));
                case "fixed" -> new FixedSize(number(required(arg, "fixed:N"), "fixed:N"));
                case "length" -> {
                    String a = required(arg, "length:N[be|le], e.g. length:2be").toLowerCase(Locale.ROOT);
                    boolean le = a.endsWith("le");
                    String digits = a.endsWith("le") || a.endsWith("be") ? a.substring(0, a.length() - 2) : a;
                    yield new LengthPrefix(number(digits, "length:N[be|le]"), !le);
                }
                default -> throw new IllegalArgumentException("unknown framing '" + name + "'; one of " + SYNTAX);
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--framing " + s + ": " + e.getMessage(), e);
        }
    }

    private static Framing none(String arg, Framing framing) {
        if (arg != null) {
            throw new IllegalArgumentException(framing.spec() + " takes no argument");
        }
        return framing;
    }

    private static String required(String arg, String syntax) {
        if (arg == null || arg.isEmpty()) {
            throw new IllegalArgumentException("write it as " + syntax);
        }
        return arg;
    }

    private static int number(String s, String syntax) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a whole number (" + syntax + ")");
        }
    }

    /** Up to 16 bytes from {@code at}, as Python prints them. */
    static String snippet(Bytes stream, int at) {
        int end = Math.min(stream.size(), at + 16);
        return stream.slice(at, end).repr() + (end < stream.size() ? "\u2026" : "");
    }

    /** Messages that end in a separator. */
    final class Delimited {
        private Delimited() {
        }

        static List<Message> cut(Bytes stream, Bytes separator, String spec, String what) {
            List<Message> out = new ArrayList<>();
            int at = 0;
            while (at < stream.size()) {
                int found = stream.indexOf(separator, at);
                if (found < 0) {
                    throw new FramingMismatch("--framing " + spec + " does not match the requests: the last " + (stream.size() - at)
                            + " bytes do not end with " + what + ": " + snippet(stream, at));
                }
                int end = found + separator.size();
                // with lines, a \r before the \n is part of the mark: a cut between them is a cut inside it
                int markStart = found > at && separator.size() == 1 && separator.byteAt(0) == '\n' && stream.byteAt(found - 1) == '\r'
                        ? found - 1 : found;
                out.add(new Message(at, end, markStart, end));
                at = end;
            }
            return out;
        }
    }
}
