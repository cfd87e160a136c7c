package netlab.engine.rules;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule: when a message matches, reply (after the delay), then perhaps close or half-close.
 *
 * @param name  how the pane and the log name it ({@code rule 1} when the file gives none)
 * @param match what it looks for
 * @param reply what it answers; empty for none (a rule that only closes, say)
 * @param delay how long after the message the reply goes (and the close after it)
 * @param then  what the connection does after the reply
 */
public record Rule(String name, Match match, Optional<Template> reply, Duration delay, After then) {
    public static final Duration MAX_DELAY = Duration.ofHours(1);

    /** What a rule does to the connection once it has replied. */
    public enum After {
        /** Keep the connection open. */
        NOTHING("none"),
        /** Close it once the reply is sent (transport.close()). */
        CLOSE("close"),
        /** Half-close it (write_eof()): the client reads EOF, and may still send. */
        HALF_CLOSE("half-close");

        private final String id;

        After(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static After byId(String id) {
            for (After a : values()) {
                if (a.id.equalsIgnoreCase(id.strip())) {
                    return a;
                }
            }
            throw new IllegalArgumentException("unknown '" + id + "'; known: none, close, half-close");
        }
    }

    public Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(then, "then");
        if (delay == null || delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("a delay is 0 to " + MAX_DELAY.toMinutes() + " minutes, not " + delay);
        }
    }

    /** A rule that answers {@code reply} (text) at once to a message {@code kind} {@code pattern}. */
    public static Rule of(String name, MatchKind kind, String pattern, String reply) {
        return new Rule(name, Match.of(kind, pattern), Optional.of(Template.text(reply)), Duration.ZERO, After.NOTHING);
    }
}
