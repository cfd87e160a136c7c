package netlab.ui.reader;

import java.util.Locale;

import netlab.engine.bytes.Bytes;
import netlab.ui.i18n.I18n;

/** What the reader views say about a step and about the buffer, in the lab's language. */
final class ReaderText {
    /** How much of a read's result the step's title shows. */
    private static final int TITLE_BYTES = 40;

    private ReaderText() {
    }

    /** The step as a line of code would say it: {@code data_received(12 B)}, {@code readline() → b'First line.\n'}. */
    static String title(ReaderStep s, I18n i18n) {
        return switch (s.type()) {
            case DATA -> i18n.get("reader.step.data", s.movedSize());
            case WAIT -> i18n.get("reader.step.wait", s.method());
            case RETURN -> s.method() + "() \u2192 " + literal(s.moved(), s.movedSize(), TITLE_BYTES);
            case RAISE -> i18n.get("reader.step.raise", s.method(), s.error() == null ? "?" : s.error().type());
            case EOF -> "eof_received()";
            case LOST -> "connection_lost(" + (s.error() == null ? "None" : s.error().type()) + ")";
        };
    }

    /** Why it happened, and what it means for the reader: the line a class reads. */
    static String note(ReaderStep s, I18n i18n) {
        return switch (s.type()) {
            case DATA -> s.keptSize() == 0 ? i18n.get("reader.note.data.empty", s.movedSize())
                    : i18n.get("reader.note.data", s.movedSize(), s.bufferAfter());
            case WAIT -> switch (s.method()) {
                case "readline" -> i18n.get("reader.note.wait.readline", s.keptSize());
                case "readuntil" -> i18n.get("reader.note.wait.readuntil", s.keptSize());
                case "readexactly" -> i18n.get("reader.note.wait.readexactly", s.keptSize());
                default -> i18n.get("reader.note.wait.read");
            };
            case RETURN -> returned(s, i18n);
            case RAISE -> raised(s, i18n);
            case EOF -> i18n.get("reader.note.eof", s.keptSize());
            case LOST -> i18n.get("reader.note.lost", s.error() == null ? "None" : s.error().toString());
        };
    }

    private static String returned(ReaderStep s, I18n i18n) {
        if (s.movedSize() == 0) {
            return i18n.get("reader.note.return.eof");
        }
        String first = s.firstAgo() < 0 ? "?" : duration(s.firstAgo());
        if (s.waitedNanos() >= 0) {
            return i18n.get("reader.note.return.waited", duration(s.waitedNanos()), first);
        }
        if (s.firstAgo() >= 0) {
            return i18n.get("reader.note.return.buffered", first);
        }
        return i18n.get("reader.note.return", s.movedSize());
    }

    private static String raised(ReaderStep s, I18n i18n) {
        String type = s.error() == null ? "" : s.error().type();
        return switch (type) {
            case "IncompleteReadError" -> i18n.get("reader.note.incomplete", s.movedSize());
            case "LimitOverrunError" -> i18n.get("reader.note.overrun", s.keptSize());
            case "ValueError" -> s.method().equals("readline") && s.movedSize() > 0
                    ? i18n.get("reader.note.lineTooLong", s.movedSize()) : i18n.get("reader.note.error", s.error().toString());
            default -> i18n.get("reader.note.error", s.error() == null ? "?" : s.error().toString());
        };
    }

    /** The buffer now, its state in words: what it holds, who waits, whether EOF came. */
    static String state(ReaderTrace t, long nowNanos, I18n i18n) {
        StringBuilder out = new StringBuilder(i18n.get("reader.now.size", t.bufferSize()));
        if (t.waitingIn() != null) {
            out.append(" \u00b7 ").append(i18n.get("reader.now.waiting", t.waitingIn(),
                    duration(Math.max(0, nowNanos - t.waitingSince()))));
        }
        if (t.isLost()) {
            out.append(" \u00b7 ").append(i18n.get("reader.now.closed"));
        } else if (t.atEof()) {
            out.append(" \u00b7 ").append(i18n.get("reader.now.eof"));
        }
        if (t.isIncomplete()) {
            out.append(" \u00b7 ").append(i18n.get("reader.now.incomplete"));
        }
        return out.toString();
    }

    /** {@code b'...'} of the first {@code max} bytes, with {@code …} when there are more. */
    static String literal(Bytes shown, long size, int max) {
        Bytes cut = shown.size() > max ? shown.slice(0, max) : shown;
        String repr = cut.repr();
        if (size > cut.size()) {
            return repr.substring(0, repr.length() - 1) + "\u2026" + repr.charAt(repr.length() - 1);
        }
        return repr;
    }

    /** The inside of {@code b'...'}: the bytes as a Python literal shows them. */
    static String inner(Bytes b) {
        String repr = b.repr();
        return repr.substring(2, repr.length() - 1);
    }

    /** {@code 0.4 ms}, {@code 12 ms}, {@code 1.20 s}. */
    static String duration(long nanos) {
        double ms = nanos / 1e6;
        if (ms < 10) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        if (ms < 1000) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        return String.format(Locale.ROOT, "%.2f s", ms / 1000);
    }

    /** Time since the connection's first event: {@code +1.203 s}. */
    static String at(long nanos, long zero) {
        return String.format(Locale.ROOT, "+%.3f s", Math.max(0, nanos - zero) / 1e9);
    }
}
