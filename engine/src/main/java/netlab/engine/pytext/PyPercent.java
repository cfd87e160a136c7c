package netlab.engine.pytext;

import java.util.IllegalFormatException;
import java.util.Locale;

import netlab.engine.bytes.Bytes;
import netlab.engine.bytes.PyRepr;

/**
 * Python's {@code %}-formatting, the lazy kind {@code logging} does ({@code log.debug('received %r',
 * data)}): {@code %r} is {@code repr()}, {@code %s} is {@code str()} (a {@link Bytes} prints as its
 * literal, as Python's {@code str(b'..')} does), {@code %d %i %f %x %e %g} with flags, width and
 * precision, and {@code %%}.
 */
public final class PyPercent {
    private PyPercent() {
    }

    public static String format(String template, Object... args) {
        StringBuilder out = new StringBuilder(template.length() + 16 * args.length);
        int next = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i++;
            while (i < template.length() && "#0- +.0123456789".indexOf(template.charAt(i)) >= 0) {
                i++;
            }
            if (i >= template.length()) {
                throw new IllegalArgumentException("incomplete format: " + template.substring(start));
            }
            char conv = template.charAt(i++);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (next >= args.length) {
                throw new IllegalArgumentException("not enough arguments for format string: " + template);
            }
            Object arg = args[next++];
            String spec = template.substring(start + 1, i - 1);
            switch (conv) {
                case 'r' -> out.append(pad(spec, repr(arg)));
                case 's' -> out.append(pad(spec, String.valueOf(arg)));
                case 'd', 'i' -> out.append(java(spec, 'd', arg instanceof Number n ? n.longValue() : arg));
                case 'f', 'e', 'g', 'x', 'X', 'o' -> out.append(java(spec, conv, arg));
                default -> throw new IllegalArgumentException("unsupported format character '" + conv + "' in " + template);
            }
        }
        if (next < args.length) {
            throw new IllegalArgumentException("not all arguments converted during string formatting: " + template);
        }
        return out.toString();
    }

    /** Python's {@code repr()} of the values NetLab logs. */
    public static String repr(Object value) {
        if (value instanceof Bytes b) {
            return b.repr();
        }
        if (value instanceof byte[] b) {
            return PyRepr.bytes(b);
        }
        if (value instanceof CharSequence s) {
            return PyRepr.str(s.toString());
        }
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(value);
    }

    private static String pad(String spec, String s) {
        if (spec.isEmpty()) {
            return s;
        }
        String width = spec.replaceAll("\\..*", "").replace("-", "");
        int w = width.isEmpty() ? 0 : Integer.parseInt(width);
        if (s.length() >= w) {
            return s;
        }
        String fill = " ".repeat(w - s.length());
        return spec.startsWith("-") ? s + fill : fill + s;
    }

    private static String java(String spec, char conv, Object arg) {
        try {
            return String.format(Locale.ROOT, "%" + spec + conv, arg);
        } catch (IllegalFormatException e) {
            throw new IllegalArgumentException("%" + spec + conv + " cannot format " + repr(arg), e);
        }
    }
}
