package netlab.engine.relay;

import java.util.Locale;
import netlab.engine.errors.Refusal;

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
            throw Refusal.SPLIT_MISSING.refuse();
        }
        switch (kind) {
            case NONE, COALESCE -> {
                if (min != 0 || max != 0) {
                    throw Refusal.SPLIT_NO_CHUNK_SIZE.refuse(kind.name().toLowerCase(Locale.ROOT));
                }
            }
            case BYTE -> {
                if (min != 1 || max != 1) {
                    throw Refusal.SPLIT_BYTE.refuse();
                }
            }
            case FIXED, RANDOM -> {
                if (min < 1 || max > MAX_CHUNK || min > max) {
                    throw Refusal.SPLIT_CHUNKS.refuse(MAX_CHUNK, min + (min == max ? "" : "-" + max));
                }
                if (kind == Kind.FIXED && min != max) {
                    throw Refusal.SPLIT_FIXED_ONE_SIZE.refuse();
                }
            }
        }
        if (kind == Kind.COALESCE ? windowMillis < 1 || windowMillis > MAX_WINDOW_MILLIS : windowMillis != 0) {
            throw kind == Kind.COALESCE ? Refusal.SPLIT_WINDOW.refuse(MAX_WINDOW_MILLIS, windowMillis)
                    : Refusal.SPLIT_ONLY_COALESCE.refuse();
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
            throw Refusal.SPLIT_MISSING_ONE_OF.refuse(SYNTAX);
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
                        throw Refusal.SPLIT_RANDOM.refuse();
                    }
                    yield random(number(range[0], "random:MIN-MAX"), number(range[1], "random:MIN-MAX"));
                }
                case "coalesce" -> coalesce(number(arg, "coalesce:MS"));
                default -> throw Refusal.SPLIT_UNKNOWN.refuse(name, SYNTAX);
            };
        } catch (IllegalArgumentException e) {
            throw Refusal.SPLIT_OPTION.because(e, text.strip(), e.getMessage());
        }
    }

    public static final String SYNTAX = "none, fixed:N, random:MIN-MAX, byte, coalesce:MS";

    private static SplitMode noArgument(String arg, SplitMode mode) {
        if (arg != null) {
            throw Refusal.SPLIT_NO_ARGUMENT.refuse(mode.kind().name().toLowerCase(Locale.ROOT));
        }
        return mode;
    }

    private static String required(String arg, String syntax) {
        if (arg == null || arg.isEmpty()) {
            throw Refusal.WRITE_AS.refuse(syntax);
        }
        return arg;
    }

    private static int number(String arg, String syntax) {
        String s = required(arg == null ? null : arg.strip(), syntax);
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw Refusal.NOT_WHOLE.refuse(s, syntax);
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
