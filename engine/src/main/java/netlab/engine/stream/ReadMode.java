package netlab.engine.stream;

import netlab.engine.bytes.ByteInput;
import netlab.engine.bytes.Bytes;
import netlab.engine.loop.LoopFuture;

/**
 * How a client reads the reply: {@code chunk:N} (read(N) until EOF), {@code line} (readline until
 * EOF), {@code exactly:N} (readexactly(N) until IncompleteReadError), {@code until:SEP}
 * (readuntil(SEP), the separator in Python escapes, until IncompleteReadError).
 */
public record ReadMode(Kind kind, int size, Bytes separator) {
    public enum Kind { CHUNK, LINE, EXACTLY, UNTIL }

    /** As the bench's read-size limit: far beyond what one read can usefully return. */
    public static final int MAX_SIZE = 16 * 1024 * 1024;

    public ReadMode {
        if ((kind == Kind.CHUNK || kind == Kind.EXACTLY) && (size < 1 || size > MAX_SIZE)) {
            throw new IllegalArgumentException("read size must be 1.." + MAX_SIZE + " bytes, was " + size);
        }
        if (kind == Kind.UNTIL && (separator == null || separator.isEmpty())) {
            throw new IllegalArgumentException("until:SEP needs a separator of at least one byte");
        }
        separator = separator == null ? Bytes.EMPTY : separator;
    }

    public static ReadMode chunk(int n) {
        return new ReadMode(Kind.CHUNK, n, null);
    }

    public static ReadMode line() {
        return new ReadMode(Kind.LINE, 0, null);
    }

    /** {@code chunk:128}, {@code line}, {@code exactly:10}, {@code until:\r\n}. */
    public static ReadMode parse(String text) {
        // blanks around the name go; a separator is taken as typed (until:' ' is a space)
        int colon = text.indexOf(':');
        String name = (colon < 0 ? text : text.substring(0, colon)).strip();
        String arg = colon < 0 ? null : text.substring(colon + 1);
        switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "line":
                return line();
            case "chunk":
            case "exactly":
                if (arg == null) {
                    throw new IllegalArgumentException("read mode " + name + " needs a size: " + name + ":N");
                }
                int n;
                try {
                    n = Integer.parseInt(arg.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("read mode " + name + ": '" + arg + "' is not a whole number", e);
                }
                return new ReadMode(name.equals("chunk") ? Kind.CHUNK : Kind.EXACTLY, n, null);
            case "until":
                if (arg == null || arg.isEmpty()) {
                    throw new IllegalArgumentException("read mode until needs a separator: until:SEP (Python escapes, e.g. until:\\r\\n)");
                }
                return new ReadMode(Kind.UNTIL, 0, ByteInput.unescape(arg));
            default:
                throw new IllegalArgumentException("unknown read mode '" + text + "'; use chunk:N, line, exactly:N or until:SEP");
        }
    }

    /** The next piece of the reply: an empty result means the reply is over. */
    public LoopFuture<Bytes> readFrom(StreamReader reader) {
        return switch (kind) {
            case CHUNK -> reader.read(size);
            case LINE -> reader.readline();
            case EXACTLY -> reader.readexactly(size);
            case UNTIL -> reader.readuntil(separator);
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case CHUNK -> "chunk:" + size;
            case LINE -> "line";
            case EXACTLY -> "exactly:" + size;
            case UNTIL -> "until:" + separator.repr().substring(2, separator.repr().length() - 1);
        };
    }
}
