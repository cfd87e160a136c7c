package netlab.engine.pytext;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import netlab.engine.bytes.Bytes;
import netlab.engine.bytes.PyRepr;
import netlab.engine.errors.PyException;

/**
 * Python's {@code str()} and {@code repr()} of the Java values a seed program prints, so that
 * {@code print("result: ", result)} reads as in the tutorial: {@code result:  ['cor1 result', 'cor2 result']}.
 * Strings, numbers, booleans, None, bytes, lists (as {@code [...]}), sets ({@code {...}}), maps,
 * datetimes ({@code 2017-03-01 12:00:00.123456}) and exceptions; anything else by its toString.
 */
public final class PyStr {
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);

    private PyStr() {
    }

    /** {@code str(value)}. */
    public static String str(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Throwable t) {
            String m = t.getMessage();
            return m == null ? "" : m;
        }
        return repr(value);
    }

    /** {@code repr(value)}. */
    public static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof String s) {
            return PyRepr.str(s);
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double || value instanceof Float) {
            return floatRepr(((Number) value).doubleValue());
        }
        if (value instanceof Bytes b) {
            return b.repr();
        }
        if (value instanceof LocalDateTime dt) {
            return DATETIME.format(dt);
        }
        if (value instanceof List<?> list) {
            return join("[", list, "]");
        }
        if (value instanceof Set<?> set) {
            return set.isEmpty() ? "set()" : join("{", set, "}");
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                out.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append('}').toString();
        }
        if (value instanceof Throwable t) {
            String type = t instanceof PyException p ? p.pyType() : t.getClass().getSimpleName();
            return type + "(" + (t.getMessage() == null ? "" : PyRepr.str(t.getMessage())) + ")";
        }
        return value.toString();
    }

    /** Python's shortest float repr for the values seeds print: {@code 1.0}, {@code 0.5}, {@code 1e-05}. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return ((long) d) + ".0";
        }
        return Double.toString(d).replace("E", "e");
    }

    private static String join(String open, Collection<?> items, String close) {
        StringBuilder out = new StringBuilder(open);
        Iterator<?> it = items.iterator();
        while (it.hasNext()) {
            out.append(repr(it.next()));
            if (it.hasNext()) {
                out.append(", ");
            }
        }
        return out.append(close).toString();
    }
}
