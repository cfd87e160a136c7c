package netlab.engine.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import netlab.engine.bytes.ByteInput;
import netlab.engine.bytes.Bytes;

/**
 * What a rule looks for in a message. Equals, starts-with and contains compare bytes (the pattern
 * given as text, escaped or hex); a regex is found in the message read as UTF-8 and its groups
 * are the captures {@code {{1}}}, {@code {{2}}}... of the reply.
 *
 * @param kind    how the pattern is held against the message
 * @param mode    how the pattern is written: text, escaped or hex (a regex: text or escaped)
 * @param pattern the pattern as written
 */
public record Match(MatchKind kind, ByteInput.Mode mode, String pattern) {
    public Match {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(pattern, "pattern");
        if (kind == MatchKind.REGEX && mode == ByteInput.Mode.HEX) {
            throw new IllegalArgumentException("a regex is matched against text; write it as text or escaped, not hex");
        }
        compile(kind, mode, pattern); // refused now, with where, rather than at the first message
    }

    public static Match of(MatchKind kind, String pattern) {
        return new Match(kind, ByteInput.Mode.TEXT, pattern);
    }

    /** The pattern's bytes, or its regex: what {@link #test} holds against a message. */
    private static Object compile(MatchKind kind, ByteInput.Mode mode, String pattern) {
        Bytes bytes = ByteInput.parse(pattern, mode);
        if (kind != MatchKind.REGEX) {
            return bytes;
        }
        try {
            return Pattern.compile(bytes.utf8());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regex at character " + (e.getIndex() + 1) + ": "
                    + e.getDescription() + " in " + bytes.utf8());
        }
    }

    /** Compiled once per rule set (see {@link Compiled}). */
    public Compiled compiled() {
        return new Compiled(kind, compile(kind, mode, pattern));
    }

    /** A match found in received bytes: {@code end} bytes of them are taken; its captures. */
    public record Found(int end, List<String> captures) {
    }

    /** A match ready to test messages. */
    public record Compiled(MatchKind kind, Object target) {
        /**
         * Where the first match in {@code received} ends and its captures, for a client that
         * expects it somewhere in what arrived (equals: all of it); null when there is none yet.
         */
        public Found find(Bytes received) {
            if (kind == MatchKind.REGEX) {
                String text = received.decode(StandardCharsets.UTF_8);
                Matcher m = ((Pattern) target).matcher(text);
                if (!m.find()) {
                    return null;
                }
                List<String> groups = new ArrayList<>(m.groupCount() + 1);
                for (int i = 0; i <= m.groupCount(); i++) {
                    groups.add(m.group(i) == null ? "" : m.group(i));
                }
                return new Found(text.substring(0, m.end()).getBytes(StandardCharsets.UTF_8).length, groups);
            }
            Bytes wanted = (Bytes) target;
            int end = switch (kind) {
                case EQUALS -> received.equals(wanted) ? wanted.size() : -1;
                case STARTS_WITH -> received.startsWith(wanted) ? wanted.size() : -1;
                case CONTAINS -> {
                    int at = received.indexOf(wanted, 0);
                    yield at < 0 ? -1 : at + wanted.size();
                }
                case REGEX -> throw new AssertionError();
            };
            return end < 0 ? null : new Found(end, List.of(wanted.utf8()));
        }

        /**
         * The captures when {@code message} matches (index 0 the whole match, then each group; an
         * unmatched group is empty), else null.
         */
        public List<String> test(Bytes message) {
            if (kind == MatchKind.REGEX) {
                Matcher m = ((Pattern) target).matcher(message.decode(StandardCharsets.UTF_8));
                if (!m.find()) {
                    return null;
                }
                List<String> groups = new ArrayList<>(m.groupCount() + 1);
                for (int i = 0; i <= m.groupCount(); i++) {
                    groups.add(m.group(i) == null ? "" : m.group(i));
                }
                return groups;
            }
            Bytes wanted = (Bytes) target;
            boolean hit = switch (kind) {
                case EQUALS -> message.equals(wanted);
                case STARTS_WITH -> message.startsWith(wanted);
                case CONTAINS -> message.indexOf(wanted, 0) >= 0;
                case REGEX -> throw new AssertionError();
            };
            return hit ? List.of(message.utf8()) : null;
        }
    }
}
