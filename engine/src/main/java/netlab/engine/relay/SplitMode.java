package netlab.engine.relay;

import java.util.Locale;

/**
 * How a relay re-splits the bytes it forwards, as {@code --split} spells it:
 * <ul>
 * <li>{@code none}: each read is written on as it came (a plain relay);</li>
 * <li>{@code fixed:N}: chunks of N bytes;</li>
 * <li>{@code random:MIN-MAX}: chunks of MIN to MAX bytes, drawn from a seeded generator;</li>
 * <li>{@code byte}: one byte at a time;</li>
 * <li>{@code coalesce:MS}: everything that arrives within MS milliseconds of the first byte goes
 *     on as one write.</li>
 * </ul>
 * Fixed and random chunk boundaries are places in the byte stream, not in the reads: the same
 * seed cuts the same bytes in the same places however the reads arrived.
 *
 * @param kind which of the above
 * @param min  the chunk size (fixed), the smallest (random), 1 (byte); 0 for none and coalesce
 * @param max  the largest chunk (random), else as {@code min}
 * @param windowMillis the coalescing window; 0 for the others
 */
public record SplitMode(Kind kind, int min, int max, int windowMillis) {
    public enum Kind { NONE, FIXED, RANDOM, BYTE, COALESCE }

    /** The largest chunk a person may ask for. */
    public static final int MAX_CHUNK = 1024 * 1024;
    public static final int MAX_WINDOW_MILLIS = 10_000;

    public static final SplitMode NONE = new SplitMode(Kind.NONE, 0, 0, 0);
    public static final SplitMode BYTE = new SplitMode(Kind.BYTE, 1, 1, 0);

    public SplitMode {
        if (kind == null) {
            throw new IllegalArgumentException("split mode missing");
        }
        switch (kind) {
            case NONE, COALESCE -> {
                if (min != 0 || max != 0) {
                    throw new IllegalArgumentException(kind.name().toLowerCase(Locale.ROOT) + " takes no chunk size");
                }
            }
            case BYTE -> {
                if (min != 1 || max != 1) {
                    throw new IllegalArgumentException("byte splits into chunks of 1");
                }
            }
            case FIXED, RANDOM -> {
                if (min < 1 || max > MAX_CHUNK || min > max) {
                    throw new IllegalArgumentException("chunk sizes must be 1.." + MAX_CHUNK + " with the smallest first, was "
                            + min + (min == max ? "" : "-" + max));
                }
                if (kind == Kind.FIXED && min != max) {
                    throw new IllegalArgumentException("fixed chunks have one size");
                }
            }
        }
        if (kind == Kind.COALESCE ? windowMillis < 1 || windowMillis > MAX_WINDOW_MILLIS : windowMillis != 0) {
            throw new IllegalArgumentException(kind == Kind.COALESCE
                    ? "the coalescing window must be 1.." + MAX_WINDOW_MILLIS + " ms, was " + windowMillis
                    : "only coalesce has a window");
        }
    }

    public static SplitMode fixed(int size) {
        return new SplitMode(Kind.FIXED, size, size, 0);
    }

    public static SplitMode random(int min, int max) {
        return new SplitMode(Kind.RANDOM, min, max, 0);
    }

    public static SplitMode coalesce(int windowMillis) {
        return new SplitMode(Kind.COALESCE, 0, 0, windowMillis);
    }

    /** Reads {@code none}, {@code fixed:N}, {@code random:MIN-MAX}, {@code byte}, {@code coalesce:MS}. */
    public static SplitMode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("split mode missing; one of " + SYNTAX);
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        int colon = s.indexOf(':');
        String name = colon < 0 ? s : s.substring(0, colon);
        String arg = colon < 0 ? null : s.substring(colon + 1).strip();
        try {
            return switch (name) {
                case "none" -> noArgument(arg, NONE);
                case "byte" -> noArgument(arg, BYTE);
                case "fixed" -> fixed(number(arg, "fixed:N"));
                case "random" -> {
                    String[] range = required(arg, "random:MIN-MAX").split("-", -1);
                    if (range.length != 2) {
                        throw new IllegalArgumentException("random takes MIN-MAX, e.g. random:1-8");
                    }
                    yield random(number(range[0], "random:MIN-MAX"), number(range[1], "random:MIN-MAX"));
                }
                case "coalesce" -> coalesce(number(arg, "coalesce:MS"));
                default -> throw new IllegalArgumentException("unknown split mode '" + name + "'; one of " + SYNTAX);
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--split " + text.strip() + ": " + e.getMessage(), e);
        }
    }

    public static final String SYNTAX = "none, fixed:N, random:MIN-MAX, byte, coalesce:MS";

    private static SplitMode noArgument(String arg, SplitMode mode) {
        if (arg != null) {
            throw new IllegalArgumentException(mode.kind().name().toLowerCase(Locale.ROOT) + " takes no argument");
        }
        return mode;
    }

    private static String required(String arg, String syntax) {
        if (arg == null || arg.isEmpty()) {
            throw new IllegalArgumentException("write it as " + syntax);
        }
        return arg;
    }

    private static int number(String arg, String syntax) {
        String s = required(arg == null ? null : arg.strip(), syntax);
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a whole number (" + syntax + ")");
        }
    }

    /** Whether the chunks come from the seeded generator. */
    public boolean isSeeded() {
        return kind == Kind.RANDOM;
    }

    /** Whether a chunk may wait for bytes still to come (fixed and random cut at planned places). */
    public boolean plansBoundaries() {
        return kind == Kind.FIXED || kind == Kind.RANDOM;
    }

    /** As {@link #parse} reads it. */
    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "none";
            case BYTE -> "byte";
            case FIXED -> "fixed:" + min;
            case RANDOM -> "random:" + min + "-" + max;
            case COALESCE -> "coalesce:" + windowMillis;
        };
    }
}
