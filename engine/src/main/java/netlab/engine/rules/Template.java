package netlab.engine.rules;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import netlab.engine.bytes.ByteInput;
import netlab.engine.bytes.Bytes;

/**
 * A reply as written: text, escaped or hex, with macros in double braces, each turned into text
 * (UTF-8) when the reply is made: {@code {{date}}} (2026-12-06), {@code {{time}}} (23:41:07),
 * {@code {{unixtime}}} (seconds), {@code {{random:N}}} (a whole number from 0 to N-1),
 * {@code {{counter}}} (this server's replies so far, this one included), {@code {{peer}}} (the
 * client's address) and {@code {{0}}}, {@code {{1}}}... (the match and its regex groups). An
 * unknown macro is refused when the template is read, with its place.
 *
 * @param mode   how the literal parts are written
 * @param source the template as written
 */
public record Template(ByteInput.Mode mode, String source) {
    public static final List<String> MACROS = List.of("date", "time", "unixtime", "random:N", "counter", "peer", "0", "1", "...");

    public Template {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(source, "source");
        parts(mode, source);
    }

    public static Template text(String source) {
        return new Template(ByteInput.Mode.TEXT, source);
    }

    /** What a macro is given when a reply is made. */
    public record Context(List<String> captures, String peer, long counter, LocalDateTime now, java.util.random.RandomGenerator random) {
    }

    /** The reply's bytes in {@code context}. */
    public Bytes render(Context context) {
        List<Bytes> out = new ArrayList<>();
        for (Object part : parts(mode, source)) {
            out.add(part instanceof Bytes b ? b : Bytes.utf8(expand((String) part, context)));
        }
        return Bytes.concat(out);
    }

    private static String expand(String macro, Context c) {
        return switch (macro) {
            case "date" -> c.now().format(DateTimeFormatter.ISO_LOCAL_DATE);
            case "time" -> c.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
            case "unixtime" -> Long.toString(c.now().atZone(java.time.ZoneId.systemDefault()).toEpochSecond());
            case "counter" -> Long.toString(c.counter());
            case "peer" -> c.peer();
            default -> {
                if (macro.startsWith("random:")) {
                    yield Long.toString(c.random().nextLong(Long.parseLong(macro.substring(7))));
                }
                int group = Integer.parseInt(macro);
                yield group < c.captures().size() ? c.captures().get(group) : "";
            }
        };
    }

    /** The literal parts as Bytes, the macros as their names; IllegalArgumentException with the place when one is wrong. */
    private static List<Object> parts(ByteInput.Mode mode, String source) {
        List<Object> parts = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            int open = source.indexOf("{{", i);
            if (open < 0) {
                parts.add(literal(mode, source.substring(i), i));
                break;
            }
            if (open > i) {
                parts.add(literal(mode, source.substring(i, open), i));
            }
            int close = source.indexOf("}}", open + 2);
            if (close < 0) {
                throw new IllegalArgumentException("macro at character " + (open + 1) + " has no closing }}");
            }
            parts.add(checkMacro(source.substring(open + 2, close).strip(), open));
            i = close + 2;
        }
        return parts;
    }

    private static Bytes literal(ByteInput.Mode mode, String text, int at) {
        try {
            return ByteInput.parse(text, mode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " in the part from character " + (at + 1));
        }
    }

    private static String checkMacro(String name, int at) {
        switch (name) {
            case "date", "time", "unixtime", "counter", "peer":
                return name;
            default:
                break;
        }
        if (name.matches("\\d{1,2}")) {
            return Integer.toString(Integer.parseInt(name));
        }
        if (name.startsWith("random:")) {
            String n = name.substring(7).strip();
            if (n.matches("\\d{1,18}") && Long.parseLong(n) > 0) {
                return "random:" + Long.parseLong(n);
            }
            throw new IllegalArgumentException("{{" + name + "}} at character " + (at + 1) + ": random needs a whole number above 0, as {{random:100}}");
        }
        throw new IllegalArgumentException("unknown macro {{" + name + "}} at character " + (at + 1) + "; known: " + MACROS);
    }
}
